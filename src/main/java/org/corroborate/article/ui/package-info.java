@NullMarked
package org.corroborate.article.ui;

import org.jspecify.annotations.NullMarked;

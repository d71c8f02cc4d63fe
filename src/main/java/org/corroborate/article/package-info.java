@NullMarked
package org.corroborate.article;

import org.jspecify.annotations.NullMarked;

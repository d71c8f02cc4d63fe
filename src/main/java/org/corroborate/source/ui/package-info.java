@NullMarked
package org.corroborate.source.ui;

import org.jspecify.annotations.NullMarked;

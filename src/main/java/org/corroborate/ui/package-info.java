@NullMarked
package org.corroborate.ui;

import org.jspecify.annotations.NullMarked;

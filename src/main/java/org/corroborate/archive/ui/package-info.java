@NullMarked
package org.corroborate.archive.ui;

import org.jspecify.annotations.NullMarked;

@NullMarked
package org.corroborate.figure;

import org.jspecify.annotations.NullMarked;

@NullMarked
package org.corroborate.suggestion;

import org.jspecify.annotations.NullMarked;

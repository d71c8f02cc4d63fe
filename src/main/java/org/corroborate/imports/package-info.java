@NullMarked
package org.corroborate.imports;

import org.jspecify.annotations.NullMarked;

@NullMarked
package org.corroborate.cli;

import org.jspecify.annotations.NullMarked;

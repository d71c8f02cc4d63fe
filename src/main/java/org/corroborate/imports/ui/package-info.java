@NullMarked
package org.corroborate.imports.ui;

import org.jspecify.annotations.NullMarked;

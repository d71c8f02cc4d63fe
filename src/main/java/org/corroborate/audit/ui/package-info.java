@NullMarked
package org.corroborate.audit.ui;

import org.jspecify.annotations.NullMarked;

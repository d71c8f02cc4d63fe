@NullMarked
package org.corroborate.user.ui;

import org.jspecify.annotations.NullMarked;

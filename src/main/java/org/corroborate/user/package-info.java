@NullMarked
package org.corroborate.user;

import org.jspecify.annotations.NullMarked;

@NullMarked
package org.corroborate.security;

import org.jspecify.annotations.NullMarked;

@NullMarked
package org.corroborate.demo;

import org.jspecify.annotations.NullMarked;

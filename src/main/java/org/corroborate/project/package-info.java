@NullMarked
package org.corroborate.project;

import org.jspecify.annotations.NullMarked;

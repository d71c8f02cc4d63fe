@NullMarked
package org.corroborate.project.ui;

import org.jspecify.annotations.NullMarked;

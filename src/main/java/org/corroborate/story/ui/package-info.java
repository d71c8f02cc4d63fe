@NullMarked
package org.corroborate.story.ui;

import org.jspecify.annotations.NullMarked;

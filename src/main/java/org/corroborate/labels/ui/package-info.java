/** Labels UI: the page where managers edit a project's label set and see which labels annotations use. */
@NullMarked
package org.corroborate.labels.ui;

import org.jspecify.annotations.NullMarked;

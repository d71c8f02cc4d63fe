/**
 * Labels: a project's label set for every layer, in display order, with the colours the editor draws them in
 * and the rules a set and its colours must meet (plain Java). The scheme's default labels apply until a manager
 * edits the set ({@link org.corroborate.labels.LabelSetService}); which labels annotations use comes from
 * {@code annotation} through {@link org.corroborate.labels.LabelUsage}.
 */
@NullMarked
package org.corroborate.labels;

import org.jspecify.annotations.NullMarked;

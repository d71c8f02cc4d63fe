/**
 * Labels: a project's label set for every layer, in display order, with the colours the editor draws them in
 * and the legibility rules those colours meet (plain Java). The scheme's default labels apply until a manager
 * edits the set.
 */
@NullMarked
package org.corroborate.labels;

import org.jspecify.annotations.NullMarked;

/**
 * Figures as written ("over a million", "$90 billion", "last Friday") read into intervals with a bound type,
 * a unit and a dimension. Plain Java: a small pipeline of rules, each one kind of wording.
 */
@NullMarked
package org.corroborate.figure;

import org.jspecify.annotations.NullMarked;

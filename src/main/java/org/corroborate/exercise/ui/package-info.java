/** Exercise pages: the instructor's list, form and class dashboard; the student's exercises, attempt and feedback. */
@NullMarked
package org.corroborate.exercise.ui;

import org.jspecify.annotations.NullMarked;

/**
 * Workflow: how work reaches annotators and how managers follow it. Its views hand out the next article,
 * assign and skip articles, and show each annotator's workload and time spent; the assignment rules
 * themselves ({@code AssignmentService}, {@code NextArticle}, {@code WorkTime}) still live in
 * {@code annotation}, next to the annotation sets they change.
 */
@NullMarked
package org.corroborate.workflow;

import org.jspecify.annotations.NullMarked;

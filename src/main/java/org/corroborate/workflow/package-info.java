/**
 * Workflow: how work reaches annotators and how managers follow it. Its views hand out the next article,
 * assign and skip articles, and show each annotator's workload and time spent. The assignment rules
 * ({@link org.corroborate.workflow.AssignmentService}, {@link org.corroborate.workflow.NextArticle}) and work time
 * ({@link org.corroborate.workflow.WorkTime}) live here; the places they hand out are annotation sets, changed
 * only through {@link org.corroborate.annotation.AnnotatorSlots}.
 */
@NullMarked
package org.corroborate.workflow;

import org.jspecify.annotations.NullMarked;

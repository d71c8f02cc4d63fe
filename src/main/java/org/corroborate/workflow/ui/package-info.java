/** Workflow UI: "next article for me" and the managers' workload page with each annotator's progress. */
@NullMarked
package org.corroborate.workflow.ui;

import org.jspecify.annotations.NullMarked;

/**
 * Whole-project archives: one project's members, label set, articles, every annotation set and the gold, stories,
 * sources, figure slots and verdicts, and exercises in one zip that another Corroborate restores as a new project
 * (docs/adr/0025-project-archive.md).
 */
@NullMarked
package org.corroborate.archive;

import org.jspecify.annotations.NullMarked;

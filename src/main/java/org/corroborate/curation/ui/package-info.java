/** The curation page: compare annotators' spans, build and finish the gold version of an article. */
@NullMarked
package org.corroborate.curation.ui;

import org.jspecify.annotations.NullMarked;

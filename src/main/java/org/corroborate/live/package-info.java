/**
 * Live collaboration: services publish {@link org.corroborate.live.TeamEvent}s (an annotator finished an
 * article, gold changed, an article was curated) and open views subscribe to show them without a reload.
 * In-process only; depends on no other feature.
 */
@NullMarked
package org.corroborate.live;

import org.jspecify.annotations.NullMarked;

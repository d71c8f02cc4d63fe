/** The analytics pages: article sourcing profile, outlets, sources, story corroboration map; and the reader's panel. */
@NullMarked
package org.corroborate.analytics.ui;

import org.jspecify.annotations.NullMarked;

/** The export page: options, a background job with progress, and the download. */
@NullMarked
package org.corroborate.export.ui;

import org.jspecify.annotations.NullMarked;

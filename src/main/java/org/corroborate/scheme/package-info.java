/**
 * The annotation scheme: layers, their default labels and the attribute names every feature
 * (editor, detectors, exports) agrees on. Plain Java, no dependencies.
 */
@NullMarked
package org.corroborate.scheme;

import org.jspecify.annotations.NullMarked;

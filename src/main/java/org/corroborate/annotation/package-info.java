/**
 * Annotations: each annotator's own set of spans per article (claims, attribution frames, source
 * mentions, figures), anchored on the cleaned text, with machine suggestions marked as such.
 */
@NullMarked
package org.corroborate.annotation;

import org.jspecify.annotations.NullMarked;

/**
 * Annotations: each annotator's own set of spans per article (claims, attribution frames, source
 * mentions, figures), anchored on the cleaned text, with machine suggestions marked as such. Handing out work
 * ({@code workflow}) reads and changes annotators' places through {@link org.corroborate.annotation.AnnotatorSlots}
 * only; a set counts its work time by {@link org.corroborate.annotation.WorkTimeCredit}.
 */
@NullMarked
package org.corroborate.annotation;

import org.jspecify.annotations.NullMarked;

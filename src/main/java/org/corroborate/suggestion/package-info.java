/**
 * Pre-annotation: detectors that suggest attributions, source mentions and figures for an annotator to
 * accept or reject. Plain Java; each detector is one {@link org.corroborate.suggestion.Detector} and all share
 * one {@link org.corroborate.suggestion.ArticleAnalysis} of the text.
 */
@NullMarked
package org.corroborate.suggestion;

import org.jspecify.annotations.NullMarked;

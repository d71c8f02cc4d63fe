/**
 * Credibility analytics: how each article, outlet, canonical source and story is sourced, as separate components
 * (attributions, source types, anonymous share, reasons for anonymity, hedging, figures against the story) and never
 * one score. Which annotations count is always chosen ({@link org.corroborate.analytics.Counts}) and stated.
 * Figures are aggregated in SQL that runs on H2 and PostgreSQL, not by loading entities.
 */
@NullMarked
package org.corroborate.analytics;

import org.jspecify.annotations.NullMarked;

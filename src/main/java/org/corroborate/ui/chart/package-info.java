/**
 * One chart web component for every page that draws numbers (exercise results, analytics): bar, stacked bar,
 * heat map and scatter, each with a table alternative and a PNG/SVG download.
 */
@NullMarked
package org.corroborate.ui.chart;

import org.jspecify.annotations.NullMarked;

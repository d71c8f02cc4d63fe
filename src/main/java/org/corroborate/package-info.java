/**
 * Corroborate: source-credibility and consistency annotation of news. One package per feature,
 * its views in a {@code ui} subpackage; see docs/adr/0002-package-by-feature.md.
 */
@NullMarked
package org.corroborate;

import org.jspecify.annotations.NullMarked;

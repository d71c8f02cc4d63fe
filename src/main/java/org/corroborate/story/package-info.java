/**
 * Stories: the articles of one event inside a project. Plain-Java similarity suggests which articles
 * belong together (TF-IDF cosine) and flags near-duplicates (rewrites of the same wire copy, by word
 * shingles), so that agreement between near-duplicates is not counted as independent corroboration.
 */
@NullMarked
package org.corroborate.story;

import org.jspecify.annotations.NullMarked;

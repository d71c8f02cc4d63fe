/**
 * Articles: their cleaned text (boilerplate removed, offsets kept), metadata, outlet and publication date, the
 * article list and the reader; {@link org.corroborate.article.TextBlocks} cuts very long paragraphs for the
 * browser.
 */
@NullMarked
package org.corroborate.article;

import org.jspecify.annotations.NullMarked;

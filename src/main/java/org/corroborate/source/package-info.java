/**
 * The project's source registry: the canonical people, organisations and documents that source
 * mentions stand for ("Macron", "French President Emmanuel Macron" → Emmanuel Macron), their aliases,
 * and a matcher that proposes the canonical source for a mention.
 */
@NullMarked
package org.corroborate.source;

import org.jspecify.annotations.NullMarked;

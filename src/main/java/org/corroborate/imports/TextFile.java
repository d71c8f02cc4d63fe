package org.corroborate.imports;

import java.nio.charset.Charset;

/**
 * One decoded article file.
 *
 * @param sourceName the upload name, or {@code archive.zip!folder/entry.txt} for an archive entry
 * @param text the text exactly as decoded (a byte-order mark removed, nothing else changed)
 * @param charset how it was decoded
 */
public record TextFile(String sourceName, String text, Charset charset) {
}

/**
 * Articles in: every import format (plain text, HTML, Word, JSON Lines, CSV, brat standoff, Corroborate's own
 * exports, zip archives of these), read as hostile input within size limits, and stored all or nothing.
 */
@NullMarked
package org.corroborate.imports;

import org.jspecify.annotations.NullMarked;

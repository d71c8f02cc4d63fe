/**
 * The annotation scheme: layers, their default labels, and their attributes declared once
 * ({@link org.corroborate.scheme.Attributes}: type, closed values, form field, export columns) that every
 * feature (form, validation, detectors, exports, imports) reads; label references and text positions as
 * values. Plain Java, no dependencies.
 */
@NullMarked
package org.corroborate.scheme;

import org.jspecify.annotations.NullMarked;

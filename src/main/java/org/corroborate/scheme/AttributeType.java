package org.corroborate.scheme;

/** What an attribute's value is; attribute values are always stored as strings. */
public enum AttributeType {
    /** Free text. */
    TEXT,
    /** One of the attribute's closed values. */
    CHOICE,
    /** A whole number. */
    INTEGER,
    /** A plain decimal number (figure bounds; ISO dates for date figures). */
    NUMBER,
    /** An offset into the article's text: UTF-16 units in the app, code points in files. */
    TEXT_OFFSET,
    /** The id of something else: a registry source, an attribution frame. */
    REFERENCE
}

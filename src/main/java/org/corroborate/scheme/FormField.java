package org.corroborate.scheme;

/** Whether and how the annotation form shows an attribute. */
public enum FormField {
    /** A field of its own: a select for closed values, else a text field. */
    FIELD,
    /** A widget of the form's own that fills it (the reason phrase, the canonical source, the reporting frame). */
    WIDGET,
    /** Not shown: set by a widget that fills another attribute, or by the app. */
    NONE
}

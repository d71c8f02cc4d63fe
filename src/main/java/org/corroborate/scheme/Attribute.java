package org.corroborate.scheme;

import java.util.List;
import java.util.Set;

/**
 * One attribute of a layer, declared once: the form, validation, exports and imports read it from here.
 *
 * @param name     the key in an annotation's attribute map
 * @param caption  the form's label for it
 * @param values   the closed values, empty when any value is allowed
 * @param labels   the labels of the layer it belongs to, empty for all of them
 */
public record Attribute(
        String name, String caption, AttributeType type, List<String> values, FormField form, Set<String> labels) {

    public Attribute {
        values = List.copyOf(values);
        labels = Set.copyOf(labels);
        if (type == AttributeType.CHOICE && values.isEmpty()) {
            throw new IllegalArgumentException(name + " is a choice without values");
        }
    }

    public static Attribute text(String name, String caption) {
        return new Attribute(name, caption, AttributeType.TEXT, List.of(), FormField.FIELD, Set.of());
    }

    public static Attribute choice(String name, String caption, List<String> values) {
        return new Attribute(name, caption, AttributeType.CHOICE, values, FormField.FIELD, Set.of());
    }

    public static Attribute of(String name, String caption, AttributeType type) {
        return new Attribute(name, caption, type, List.of(), FormField.FIELD, Set.of());
    }

    /** The same attribute, shown by the form in the given way. */
    public Attribute shown(FormField how) {
        return new Attribute(name, caption, type, values, how, labels);
    }

    /** The same attribute, for these labels of its layer only. */
    public Attribute onlyFor(String... labelCodes) {
        return new Attribute(name, caption, type, values, form, Set.of(labelCodes));
    }

    /** True when a span with this label carries the attribute. */
    public boolean appliesTo(String label) {
        return labels.isEmpty() || labels.contains(label);
    }

    /** True when the value is allowed: any value for an open attribute, else one of the closed values. */
    public boolean allows(String value) {
        return values.isEmpty() || values.contains(value);
    }
}

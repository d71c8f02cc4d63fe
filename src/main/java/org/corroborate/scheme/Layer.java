package org.corroborate.scheme;

import java.util.List;
import java.util.Optional;

/** The kinds of annotation a project can hold. */
public enum Layer {
    /** A check-worthy statement; label = claim type. */
    CLAIM,
    /** One part of a PARC-style attribution frame; label = its role (cue, source or content). */
    ATTRIBUTION,
    /** A mention of a source; label = source type (unnamed individual = anonymous sourcing). */
    SOURCE,
    /** A number, amount, percentage, duration or date; label = its dimension. */
    FIGURE;

    /** Lower-case name as used in exports, JSON and CSS classes. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The layer's attributes, declared in {@link Attributes}, in the order the form shows them. */
    public List<Attribute> attributes() {
        return Attributes.of(this);
    }

    /** The attributes a span of this layer with this label carries. */
    public List<Attribute> attributesOf(String label) {
        return attributes().stream().filter(a -> a.appliesTo(label)).toList();
    }

    /** The attribute of that name, when the layer has it. */
    public Optional<Attribute> attribute(String name) {
        return attributes().stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** The export columns that carry the layer's attributes, in the order of its export sheet. */
    public List<AttributeColumn> columns() {
        return Attributes.columnsOf(this);
    }

    public static Layer fromCode(String code) {
        return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
    }
}

package org.corroborate.scheme;

import java.util.List;

/**
 * A column of a layer's export sheet that carries attributes, declared with them. Exports write it from the
 * attributes it names, in the way {@link Reading} says; the About sheet documents it with the description.
 *
 * @param width      the column's width in characters (text columns; others size themselves)
 * @param attributes the attributes it is written from, the first the main one
 */
public record AttributeColumn(
        String name, Cell cell, int width, String description, Reading reading, List<String> attributes) {

    /** How the cell is typed. */
    public enum Cell {
        TEXT,
        INTEGER,
        DECIMAL,
        DATE,
        BOOLEAN
    }

    /** How the cell's value comes from the attributes. */
    public enum Reading {
        /** The attribute's value; empty when blank. */
        VALUE,
        /** Empty when empty, else TRUE for "yes" and FALSE for anything else. */
        YES_NO,
        /** The article's text between the two offsets the attributes hold. */
        TEXT_BETWEEN,
        /** The referenced registry source's id, when the registry has it. */
        SOURCE_ID,
        /** The referenced registry source's name. */
        SOURCE_NAME,
        /** The value unless the label is {@link Labels#DATE} (numbers). */
        UNLESS_DATE,
        /** The value when the label is {@link Labels#DATE} (dates). */
        IF_DATE
    }

    public AttributeColumn {
        attributes = List.copyOf(attributes);
        if (attributes.isEmpty() || reading == Reading.TEXT_BETWEEN && attributes.size() != 2) {
            throw new IllegalArgumentException(name + " names the wrong number of attributes");
        }
    }

    public static AttributeColumn text(String name, int width, String attribute, String description) {
        return new AttributeColumn(name, Cell.TEXT, width, description, Reading.VALUE, List.of(attribute));
    }

    public static AttributeColumn of(
            String name, Cell cell, Reading reading, String description, String... attributes) {
        return new AttributeColumn(name, cell, 0, description, reading, List.of(attributes));
    }

    /** The same column with a text width. */
    public AttributeColumn width(int characters) {
        return new AttributeColumn(name, cell, characters, description, reading, attributes);
    }
}

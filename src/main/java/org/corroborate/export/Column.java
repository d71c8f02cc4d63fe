package org.corroborate.export;

import org.corroborate.scheme.AttributeColumn;

/**
 * One column of an exported sheet or CSV file, documented where it is declared: the About sheet's data
 * dictionary is generated from these, so the explanation cannot drift from what is written.
 *
 * @param width column width in characters
 */
public record Column(String name, ColumnType type, String description, int width) {

    public static Column text(String name, int width, String description) {
        return new Column(name, ColumnType.TEXT, description, width);
    }

    public static Column integer(String name, String description) {
        return new Column(name, ColumnType.INTEGER, description, Math.max(10, name.length() + 4));
    }

    public static Column decimal(String name, String description) {
        return new Column(name, ColumnType.DECIMAL, description, Math.max(14, name.length() + 4));
    }

    public static Column date(String name, String description) {
        return new Column(name, ColumnType.DATE, description, 12);
    }

    public static Column timestamp(String name, String description) {
        return new Column(name, ColumnType.TIMESTAMP, description, 20);
    }

    public static Column bool(String name, String description) {
        return new Column(name, ColumnType.BOOLEAN, description, Math.max(9, name.length() + 4));
    }

    /** The column the scheme declares for attributes ({@code Layer.columns()}). */
    public static Column of(AttributeColumn declared) {
        return switch (declared.cell()) {
            case TEXT -> text(declared.name(), declared.width(), declared.description());
            case INTEGER -> integer(declared.name(), declared.description());
            case DECIMAL -> decimal(declared.name(), declared.description());
            case DATE -> date(declared.name(), declared.description());
            case BOOLEAN -> bool(declared.name(), declared.description());
        };
    }
}

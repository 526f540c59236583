package dev.quiver.driver.internal.exec;

import java.util.Objects;

/** A result column: its name (also its label) and type; {@code nullable} as the schema says. */
public record Column(String name, ColumnType type, boolean nullable) {
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** A nullable column, as driver-made SHOW/DESCRIBE columns are. */
    public static Column of(String name, ColumnType type) {
        return new Column(name, type, true);
    }
}

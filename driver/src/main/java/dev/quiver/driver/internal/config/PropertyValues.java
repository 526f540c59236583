package dev.quiver.driver.internal.config;

import dev.quiver.driver.ConnectionProperty;
import dev.quiver.driver.MilvusSqlState;
import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.wire.Durations;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Conversion of property text to typed values, with messages that name the property and what it accepts. */
public final class PropertyValues {
    private PropertyValues() {
    }

    /** The property called {@code name}, or an error suggesting the closest name. */
    public static ConnectionProperty lookup(String name) throws SQLException {
        Optional<ConnectionProperty> property = ConnectionProperty.forName(name);
        if (property.isPresent()) {
            return property.get();
        }
        var names = Arrays.stream(ConnectionProperty.values()).map(ConnectionProperty::getPropertyName).toList();
        String hint = Suggestions.closest(name, names)
                .map(s -> "; did you mean '" + s + "'?")
                .orElseGet(() -> "; accepted properties: " + String.join(", ", names));
        throw SqlExceptions.create(MilvusSqlState.INVALID_CONNECTION_PROPERTY,
                "unknown connection property '" + name + "'" + hint);
    }

    /** Converts and validates {@code text} for {@code property}. */
    public static Object parse(ConnectionProperty property, String text) throws SQLException {
        try {
            return convert(property, text);
        } catch (IllegalArgumentException e) {
            String shown = property.isSecret() ? "***" : text;
            String detail = e.getMessage() == null || e.getMessage().isEmpty() ? "" : " (" + e.getMessage() + ")";
            throw SqlExceptions.create(MilvusSqlState.INVALID_CONNECTION_PROPERTY,
                    "invalid value '" + shown + "' for " + property.getPropertyName() + ": expected "
                            + property.describeExpected() + detail);
        }
    }

    static Object convert(ConnectionProperty property, String text) {
        String t = text.trim();
        return switch (property.getType()) {
            case STRING -> text;
            case PATH -> path(t);
            case INT -> integer(t);
            case BOOLEAN -> bool(t);
            case DURATION -> duration(t);
            case ENUM -> property.getChoices().stream()
                    .filter(c -> c.equalsIgnoreCase(t))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(""));
        };
    }

    private static String path(String t) {
        if (t.isEmpty()) {
            throw new IllegalArgumentException("");
        }
        try {
            if (!Files.isReadable(Path.of(t))) {
                throw new IllegalArgumentException("no readable file at that path");
            }
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException(e.getReason());
        }
        return t;
    }

    private static Integer integer(String t) {
        try {
            int v = Integer.parseInt(t);
            if (v < 0) {
                throw new IllegalArgumentException("");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("");
        }
    }

    private static Boolean bool(String t) {
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("");
        };
    }

    private static Duration duration(String t) {
        Duration d = Durations.parse(t);
        if (d == null) {
            throw new IllegalArgumentException("");
        }
        return d;
    }
}

package dev.quiver.driver.internal.exec;

import dev.quiver.driver.ConnectionProperty;
import dev.quiver.driver.internal.config.ConnectionConfig;
import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.FieldRef;
import dev.quiver.grammar.expr.Literal;
import dev.quiver.wire.Durations;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A connection's session settings ({@code SET name = value}, {@code RESET name}, {@code SHOW SETTINGS}), each with
 * its default from the connection properties. Thread-safe. To add a setting, add a {@link Setting} constant.
 */
public final class SessionSettings {

    /** The settings the language knows. */
    public enum Setting {
        /** Statement timeout (a duration; 0 = none). Default: {@code queryTimeout}. */
        TIMEOUT("timeout", ConnectionProperty.QUERY_TIMEOUT),
        /** Default consistency level of reads. Default: {@code consistencyLevel}. */
        CONSISTENCY_LEVEL("consistency_level", ConnectionProperty.CONSISTENCY_LEVEL),
        /** Whether LOAD waits. Default: {@code loadWait}. */
        LOAD_WAIT("load_wait", ConnectionProperty.LOAD_WAIT),
        /** Whether FLUSH waits. Default: {@code flushWait}. */
        FLUSH_WAIT("flush_wait", ConnectionProperty.FLUSH_WAIT);

        private final String settingName;
        private final ConnectionProperty property;

        Setting(String settingName, ConnectionProperty property) {
            this.settingName = settingName;
            this.property = property;
        }

        public String settingName() {
            return settingName;
        }

        public ConnectionProperty property() {
            return property;
        }

        static Setting named(String name) throws SQLException {
            for (Setting s : values()) {
                if (s.settingName.equalsIgnoreCase(name)) {
                    return s;
                }
            }
            throw SqlExceptions.invalidValue("unknown setting '" + name + "'; known settings: "
                    + String.join(", ", Arrays.stream(values()).map(Setting::settingName).toList()));
        }
    }

    private final ConnectionConfig config;
    private final Map<Setting, Object> overrides = new ConcurrentHashMap<>();

    public SessionSettings(ConnectionConfig config) {
        this.config = config;
    }

    /** {@code SET name = value}: validates and stores the value. */
    public void set(String name, Expression value) throws SQLException {
        Setting setting = Setting.named(name);
        overrides.put(setting, convert(setting, value));
    }

    /** {@code RESET name}: back to the connection property's value. */
    public void reset(String name) throws SQLException {
        overrides.remove(Setting.named(name));
    }

    /** Drops every SET (a pooled connection being returned). */
    public void resetAll() {
        overrides.clear();
    }

    /** The effective value (Duration, String or Boolean), or null when unset. */
    public @Nullable Object get(Setting setting) {
        Object v = overrides.get(setting);
        return v != null ? v : config.get(setting.property());
    }

    /** The statement timeout of the session, or null for none. */
    public @Nullable Duration timeout() {
        Object v = get(Setting.TIMEOUT);
        return v instanceof Duration d && !d.isZero() ? d : null;
    }

    /** The session's consistency level name ({@code Strong}, {@code Session}, ...) or null for the collection's own. */
    public @Nullable String consistencyLevel() {
        Object v = get(Setting.CONSISTENCY_LEVEL);
        return v == null ? null : v.toString();
    }

    public boolean loadWait() {
        return !Boolean.FALSE.equals(get(Setting.LOAD_WAIT));
    }

    public boolean flushWait() {
        return !Boolean.FALSE.equals(get(Setting.FLUSH_WAIT));
    }

    /** Every setting with its effective value as text ({@code ""} when unset), in declaration order. */
    public Map<String, String> describe() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Setting s : Setting.values()) {
            Object v = get(s);
            out.put(s.settingName, v == null ? "" : v instanceof Duration d ? Durations.format(d) : v.toString());
        }
        return Collections.unmodifiableMap(out);
    }

    /** Whether the setting was changed with SET. */
    public boolean isOverridden(Setting setting) {
        return overrides.containsKey(setting);
    }

    private static Object convert(Setting setting, Expression value) throws SQLException {
        String text = textOf(value);
        Object converted = switch (setting.property().getType()) {
            case DURATION -> value instanceof Literal.IntegerLiteral i && i.value() == 0 ? Duration.ZERO
                    : text == null ? null : Durations.parse(text);
            case BOOLEAN -> value instanceof Literal.BooleanLiteral b ? Boolean.valueOf(b.value())
                    : text == null ? null : switch (text.toLowerCase(Locale.ROOT)) {
                        case "true" -> Boolean.TRUE;
                        case "false" -> Boolean.FALSE;
                        default -> null;
                    };
            case ENUM -> text == null ? null : setting.property().getChoices().stream()
                    .filter(c -> c.equalsIgnoreCase(text)).findFirst().orElse(null);
            default -> text;
        };
        if (converted == null) {
            throw SqlExceptions.invalidValue("invalid value for setting " + setting.settingName + ": expected "
                    + setting.property().describeExpected());
        }
        return converted;
    }

    private static @Nullable String textOf(Expression value) {
        if (value instanceof Literal.StringLiteral s) {
            return s.value();
        }
        if (value instanceof FieldRef f && f.path().isEmpty()) {
            return f.name();
        }
        return null;
    }
}

package dev.quiver.driver.internal.exec.handlers;

import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.grammar.ast.Property;
import dev.quiver.grammar.expr.ArrayLiteral;
import dev.quiver.grammar.expr.DecimalArrayLiteral;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.FieldRef;
import dev.quiver.grammar.expr.IntegerArrayLiteral;
import dev.quiver.grammar.expr.Literal;
import dev.quiver.grammar.expr.Negate;
import dev.quiver.proto.milvus.KeyValuePair;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** WITH (...) / SET (...) properties: their values as Milvus text, lookups by key, and key validation. */
final class Props {
    private Props() {
    }

    /** The property value as Milvus expects it in a KeyValuePair: strings bare, numbers and booleans as text. */
    static String text(Expression value) throws SQLException {
        if (value instanceof Literal.StringLiteral s) {
            return s.value();
        }
        if (value instanceof Literal.IntegerLiteral i) {
            return Long.toString(i.value());
        }
        if (value instanceof Literal.DecimalLiteral d) {
            return Double.toString(d.value());
        }
        if (value instanceof Literal.BooleanLiteral b) {
            return Boolean.toString(b.value());
        }
        if (value instanceof FieldRef f && f.path().isEmpty()) {
            return f.name();
        }
        if (value instanceof Negate n) {
            String inner = text(n.operand());
            return inner.startsWith("-") ? inner.substring(1) : "-" + inner;
        }
        if (value instanceof IntegerArrayLiteral a) {
            return Arrays.toString(a.values());
        }
        if (value instanceof DecimalArrayLiteral a) {
            return Arrays.toString(a.values());
        }
        if (value instanceof ArrayLiteral a) {
            StringJoiner j = new StringJoiner(",");
            for (String s : list(a)) {
                j.add(s);
            }
            return j.toString();
        }
        throw SqlExceptions.invalidValue("a property value must be a string, number, boolean or name, got " + describe(value));
    }

    /** A list value ({@code [a, b]} or a single value) as texts. */
    static List<String> list(Expression value) throws SQLException {
        if (value instanceof ArrayLiteral a) {
            List<String> out = new ArrayList<>();
            for (Expression e : a.elements()) {
                out.add(text(e));
            }
            return out;
        }
        if (value instanceof Literal.StringLiteral s && s.value().contains(",")) {
            List<String> out = new ArrayList<>();
            for (String part : s.value().split(",")) {
                out.add(part.trim());
            }
            return out;
        }
        return List.of(text(value));
    }

    static long integer(Property p) throws SQLException {
        String t = text(p.value());
        try {
            return Long.parseLong(t.trim());
        } catch (NumberFormatException e) {
            throw SqlExceptions.invalidValue("property " + p.key() + " must be an integer, got " + t);
        }
    }

    static boolean bool(Property p) throws SQLException {
        String t = text(p.value()).trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "true", "1", "on", "yes" -> true;
            case "false", "0", "off", "no" -> false;
            default -> throw SqlExceptions.invalidValue("property " + p.key() + " must be true or false, got " + t);
        };
    }

    /** The properties by lower-cased key; a key given twice is an error. */
    static Map<String, Property> byKey(List<Property> properties) throws SQLException {
        Map<String, Property> out = new LinkedHashMap<>();
        for (Property p : properties) {
            if (out.put(p.key().toLowerCase(Locale.ROOT), p) != null) {
                throw SqlExceptions.invalidValue("property " + p.key() + " is given twice");
            }
        }
        return out;
    }

    /** Throws naming the first key that is not in {@code allowed} (lower case) and listing the allowed ones. */
    static void checkKeys(List<Property> properties, Collection<String> allowed, String where) throws SQLException {
        for (Property p : properties) {
            if (!allowed.contains(p.key().toLowerCase(Locale.ROOT))) {
                throw SqlExceptions.invalidValue("unknown property '" + p.key() + "' in " + where + "; accepted: "
                        + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    static @Nullable Property get(Map<String, Property> byKey, String... names) {
        for (String n : names) {
            Property p = byKey.get(n);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    static KeyValuePair kv(String key, String value) {
        return KeyValuePair.newBuilder().setKey(key).setValue(value).build();
    }

    /** Every property as a KeyValuePair, keys as written. */
    static List<KeyValuePair> pairs(List<Property> properties) throws SQLException {
        List<KeyValuePair> out = new ArrayList<>();
        for (Property p : properties) {
            out.add(kv(p.key(), text(p.value())));
        }
        return out;
    }

    static String describe(Expression e) {
        return e.getClass().getSimpleName().replace("Literal", " literal").trim();
    }
}

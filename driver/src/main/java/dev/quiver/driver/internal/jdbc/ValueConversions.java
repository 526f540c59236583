package dev.quiver.driver.internal.jdbc;

import dev.quiver.driver.internal.error.SqlExceptions;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/** Conversions of result values (the classes {@code ColumnType} documents) for the typed ResultSet getters. */
final class ValueConversions {
    private ValueConversions() {
    }

    static @Nullable String string(@Nullable Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof float[] f) {
            return Arrays.toString(f);
        }
        if (v instanceof byte[] b) {
            return "x'" + HexFormat.of().withUpperCase().formatHex(b) + "'";
        }
        if (v instanceof OffsetDateTime time) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
        }
        if (v instanceof Map<?, ?> m) {
            StringJoiner j = new StringJoiner(", ", "{", "}");
            m.forEach((k, value) -> j.add(k + ": " + value));
            return j.toString();
        }
        return v.toString();
    }

    static long longValue(@Nullable Object v, String column) throws SQLException {
        if (v == null) {
            return 0;
        }
        if (v instanceof Number n) {
            if (v instanceof Float || v instanceof Double || v instanceof BigDecimal) {
                double d = n.doubleValue();
                if (d != Math.rint(d) || Double.isInfinite(d) || Math.abs(d) > 9.2e18) {
                    throw cannot(v, "an integer", column);
                }
            }
            return n.longValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof String s) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                throw cannot(v, "an integer", column);
            }
        }
        throw cannot(v, "an integer", column);
    }

    static long ranged(@Nullable Object v, String column, long min, long max, String type) throws SQLException {
        long l = longValue(v, column);
        if (l < min || l > max) {
            throw SqlExceptions.invalidValue("value " + l + " of column " + column + " does not fit " + type);
        }
        return l;
    }

    static double doubleValue(@Nullable Object v, String column) throws SQLException {
        if (v == null) {
            return 0;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                throw cannot(v, "a number", column);
            }
        }
        throw cannot(v, "a number", column);
    }

    static boolean booleanValue(@Nullable Object v, String column) throws SQLException {
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (v instanceof String s) {
            String t = s.trim();
            if (t.equalsIgnoreCase("true") || t.equals("1")) {
                return true;
            }
            if (t.equalsIgnoreCase("false") || t.equals("0")) {
                return false;
            }
        }
        throw cannot(v, "a boolean", column);
    }

    static @Nullable BigDecimal decimal(@Nullable Object v, String column) throws SQLException {
        if (v == null) {
            return null;
        }
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Float || v instanceof Double) {
            return BigDecimal.valueOf(((Number) v).doubleValue());
        }
        if (v instanceof Number n) {
            return BigDecimal.valueOf(n.longValue());
        }
        if (v instanceof String s) {
            try {
                return new BigDecimal(s.trim());
            } catch (NumberFormatException e) {
                throw cannot(v, "a decimal", column);
            }
        }
        throw cannot(v, "a decimal", column);
    }

    static byte @Nullable [] bytes(@Nullable Object v, String column) throws SQLException {
        if (v == null) {
            return null;
        }
        if (v instanceof byte[] b) {
            return b.clone();
        }
        if (v instanceof String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        throw cannot(v, "bytes", column);
    }

    /** {@code getObject(i, type)}. */
    @SuppressWarnings("unchecked")
    static <T> @Nullable T convert(@Nullable Object v, Class<T> type, String column) throws SQLException {
        if (v == null) {
            return null;
        }
        if (type.isInstance(v)) {
            return (T) v;
        }
        Object out;
        if (type == String.class) {
            out = string(v);
        } else if (type == Long.class || type == long.class) {
            out = longValue(v, column);
        } else if (type == Integer.class || type == int.class) {
            out = (int) ranged(v, column, Integer.MIN_VALUE, Integer.MAX_VALUE, "an int");
        } else if (type == Short.class || type == short.class) {
            out = (short) ranged(v, column, Short.MIN_VALUE, Short.MAX_VALUE, "a short");
        } else if (type == Byte.class || type == byte.class) {
            out = (byte) ranged(v, column, Byte.MIN_VALUE, Byte.MAX_VALUE, "a byte");
        } else if (type == Double.class || type == double.class) {
            out = doubleValue(v, column);
        } else if (type == Float.class || type == float.class) {
            out = (float) doubleValue(v, column);
        } else if (type == Boolean.class || type == boolean.class) {
            out = booleanValue(v, column);
        } else if (type == BigDecimal.class) {
            out = decimal(v, column);
        } else if (type == byte[].class) {
            out = bytes(v, column);
        } else if (v instanceof OffsetDateTime time && type == Instant.class) {
            out = time.toInstant();
        } else if (v instanceof OffsetDateTime time && type == ZonedDateTime.class) {
            out = time.toZonedDateTime();
        } else if (v instanceof OffsetDateTime time && type == java.sql.Timestamp.class) {
            out = java.sql.Timestamp.from(time.toInstant());
        } else if (type == float[].class && v instanceof List<?> list) {
            float[] f = new float[list.size()];
            for (int i = 0; i < f.length; i++) {
                f[i] = (float) doubleValue(list.get(i), column);
            }
            out = f;
        } else if (type == List.class && v instanceof float[] f) {
            Float[] boxed = new Float[f.length];
            for (int i = 0; i < f.length; i++) {
                boxed[i] = f[i];
            }
            out = List.of(boxed);
        } else {
            throw cannot(v, type.getName(), column);
        }
        return (T) out;
    }

    /** A TIMESTAMPTZ value as a {@link java.sql.Timestamp}. */
    static java.sql.@Nullable Timestamp timestamp(@Nullable Object v, String column) throws SQLException {
        if (v == null) {
            return null;
        }
        if (v instanceof OffsetDateTime time) {
            return java.sql.Timestamp.from(time.toInstant());
        }
        throw cannot(v, "a timestamp", column);
    }

    static SQLException cannot(Object v, String target, String column) {
        return SqlExceptions.invalidValue("cannot convert the " + v.getClass().getSimpleName() + " value of column "
                + column + " to " + target);
    }
}

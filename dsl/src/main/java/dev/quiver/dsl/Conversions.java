package dev.quiver.dsl;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Converts column values (as the driver returns them) to the Java types rows and records ask for. */
final class Conversions {
    private Conversions() {
    }

    static @Nullable Object convert(@Nullable Object value, Class<?> target, Type genericTarget, String column) {
        if (value == null) {
            if (target.isPrimitive()) {
                throw new QuiverException("column '" + column + "' is null and cannot be a " + target.getName());
            }
            return null;
        }
        Class<?> boxed = box(target);
        if (boxed.isInstance(value) && !(value instanceof List<?> && genericTarget instanceof ParameterizedType)) {
            return value;
        }
        if (value instanceof Number number) {
            if (boxed == Long.class) {
                return number.longValue();
            }
            if (boxed == Integer.class) {
                return Math.toIntExact(number.longValue());
            }
            if (boxed == Short.class) {
                return (short) number.intValue();
            }
            if (boxed == Byte.class) {
                return (byte) number.intValue();
            }
            if (boxed == Double.class) {
                return number.doubleValue();
            }
            if (boxed == Float.class) {
                return number.floatValue();
            }
        }
        if (boxed == String.class) {
            return value.toString();
        }
        if (boxed == float[].class) {
            return floats(value, column);
        }
        if (List.class.isAssignableFrom(boxed)) {
            return list(value, genericTarget, column);
        }
        if (boxed == Boolean.class && value instanceof String text) {
            return Boolean.parseBoolean(text);
        }
        if (boxed.isEnum() && value instanceof String text) {
            return enumValue(boxed, text);
        }
        throw new QuiverException("column '" + column + "' holds a " + value.getClass().getSimpleName()
                + " that cannot be read as " + target.getSimpleName());
    }

    static float[] floats(Object value, String column) {
        if (value instanceof float[] floats) {
            return floats.clone();
        }
        if (value instanceof List<?> list) {
            float[] floats = new float[list.size()];
            for (int i = 0; i < floats.length; i++) {
                if (!(list.get(i) instanceof Number number)) {
                    throw new QuiverException("column '" + column + "' is not a list of numbers");
                }
                floats[i] = number.floatValue();
            }
            return floats;
        }
        if (value instanceof double[] doubles) {
            float[] floats = new float[doubles.length];
            for (int i = 0; i < floats.length; i++) {
                floats[i] = (float) doubles[i];
            }
            return floats;
        }
        throw new QuiverException("column '" + column + "' holds a " + value.getClass().getSimpleName()
                + ", not a float vector");
    }

    private static List<@Nullable Object> list(Object value, Type genericTarget, String column) {
        Class<?> element = Object.class;
        if (genericTarget instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> type) {
            element = type;
        }
        List<@Nullable Object> out = new ArrayList<>();
        if (value instanceof float[] floats) {
            for (float f : floats) {
                out.add(convert(f, element, element, column));
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                out.add(convert(item, element, element, column));
            }
        } else {
            throw new QuiverException("column '" + column + "' holds a " + value.getClass().getSimpleName()
                    + ", not a list");
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == long.class) {
            return Long.class;
        }
        if (type == int.class) {
            return Integer.class;
        }
        if (type == double.class) {
            return Double.class;
        }
        if (type == float.class) {
            return Float.class;
        }
        if (type == boolean.class) {
            return Boolean.class;
        }
        if (type == short.class) {
            return Short.class;
        }
        if (type == byte.class) {
            return Byte.class;
        }
        return Character.class;
    }
}

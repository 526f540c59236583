package dev.quiver.dsl;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Maps Java records (by component name) and JavaBeans (by getter and setter name) to and from rows. Writing uses
 * the names as they are; reading finds the column by the exact name, then by its snake_case form
 * ({@code releaseYear} → {@code release_year}).
 */
final class Beans {
    private Beans() {
    }

    /** Whether {@code type} is a plain bean: public, with a public no-argument constructor and at least one getter. */
    static boolean isBean(Class<?> type) {
        if (type.isRecord() || type.isInterface() || type.isArray() || type.isPrimitive()
                || type.getName().startsWith("java.")) {
            return false;
        }
        return !getters(type).isEmpty();
    }

    /** The components or bean properties of {@code value}, in declaration order. */
    static Map<String, @Nullable Object> toMap(Object value) {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        Class<?> type = value.getClass();
        try {
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    Method accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    map.put(component.getName(), accessor.invoke(value));
                }
            } else {
                for (Map.Entry<String, Method> getter : getters(type).entrySet()) {
                    map.put(getter.getKey(), getter.getValue().invoke(value));
                }
            }
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read the properties of " + type.getName() + ": " + e, e);
        }
        return map;
    }

    /** A new {@code type} (a record or a bean) filled from {@code row}. */
    static <T> T fromRow(Row row, Class<T> type) {
        try {
            if (type.isRecord()) {
                RecordComponent[] components = type.getRecordComponents();
                Class<?>[] types = new Class<?>[components.length];
                @Nullable Object[] arguments = new Object[components.length];
                for (int i = 0; i < components.length; i++) {
                    types[i] = components[i].getType();
                    arguments[i] = column(row, components[i].getName(), components[i].getType(),
                            components[i].getGenericType(), type);
                }
                Constructor<T> constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return constructor.newInstance(arguments);
            }
            Constructor<T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            T bean = constructor.newInstance();
            for (Method method : type.getMethods()) {
                if (method.getName().startsWith("set") && method.getName().length() > 3
                        && method.getParameterCount() == 1 && !Modifier.isStatic(method.getModifiers())) {
                    String property = decapitalize(method.getName().substring(3));
                    if (findColumn(row, property) != null) {
                        method.invoke(bean, column(row, property, method.getParameterTypes()[0],
                                method.getGenericParameterTypes()[0], type));
                    }
                }
            }
            return bean;
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type.getName() + " is neither a record nor a bean with a public"
                    + " no-argument constructor", e);
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalArgumentException("cannot create a " + type.getName() + ": " + e, e);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("creating a " + type.getName() + " failed: " + e.getCause(), e.getCause());
        }
    }

    private static @Nullable Object column(Row row, String property, Class<?> target, Type genericTarget,
                                           Class<?> owner) {
        String column = findColumn(row, property);
        if (column == null) {
            if (target.isPrimitive()) {
                throw new IllegalArgumentException("the row has no column '" + property + "' (nor '" + snakeCase(property)
                        + "') for " + owner.getSimpleName() + "." + property + "; it has " + row.getColumnNames());
            }
            return null;
        }
        return Conversions.convert(row.getObject(column), target, genericTarget, column);
    }

    private static @Nullable String findColumn(Row row, String property) {
        if (row.hasColumn(property)) {
            return property;
        }
        String snake = snakeCase(property);
        return row.hasColumn(snake) ? snake : null;
    }

    static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Map<String, Method> getters(Class<?> type) {
        Map<String, Method> getters = new LinkedHashMap<>();
        if (!Modifier.isPublic(type.getModifiers())) {
            return getters;
        }
        for (Method method : type.getMethods()) {
            if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())
                    || method.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = method.getName();
            if (name.startsWith("get") && name.length() > 3) {
                getters.put(decapitalize(name.substring(3)), method);
            } else if (name.startsWith("is") && name.length() > 2
                    && (method.getReturnType() == boolean.class || method.getReturnType() == Boolean.class)) {
                getters.put(decapitalize(name.substring(2)), method);
            }
        }
        return getters;
    }

    private static String decapitalize(String name) {
        return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
    }
}

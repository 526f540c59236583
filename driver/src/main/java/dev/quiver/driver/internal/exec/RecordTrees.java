package dev.quiver.driver.internal.exec;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Generic walking and rewriting of the AST, which is made of records and lists only: no per-node code, so new
 * statement types need nothing here.
 */
final class RecordTrees {
    private RecordTrees() {
    }

    /** Calls {@code visitor} for every record in the tree rooted at {@code node}, parents first. */
    static void forEach(Object node, Consumer<Object> visitor) {
        if (node instanceof Record record) {
            visitor.accept(record);
            for (RecordComponent c : record.getClass().getRecordComponents()) {
                Object child = read(record, c);
                if (child != null) {
                    forEach(child, visitor);
                }
            }
        } else if (node instanceof List<?> list) {
            for (Object element : list) {
                if (element != null) {
                    forEach(element, visitor);
                }
            }
        }
    }

    /**
     * A copy of the tree in which every record for which {@code replace} returns another object is replaced by it
     * (the replacement is not visited again). Unchanged subtrees are shared, not copied.
     */
    static Object rewrite(Object node, UnaryOperator<Object> replace) {
        if (node instanceof Record record) {
            Object replaced = replace.apply(record);
            if (replaced != record) {
                return replaced;
            }
            RecordComponent[] components = record.getClass().getRecordComponents();
            Object[] args = new Object[components.length];
            boolean changed = false;
            for (int i = 0; i < components.length; i++) {
                Object child = read(record, components[i]);
                Object rewritten = child == null ? null : rewrite(child, replace);
                changed |= rewritten != child;
                args[i] = rewritten;
            }
            return changed ? construct(record.getClass(), components, args) : record;
        }
        if (node instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            boolean changed = false;
            for (Object element : list) {
                Object rewritten = element == null ? null : rewrite(element, replace);
                changed |= rewritten != element;
                out.add(rewritten);
            }
            return changed ? out : list;
        }
        return node;
    }

    private static Object read(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component + " of " + record.getClass().getName(), e);
        }
    }

    private static Object construct(Class<?> type, RecordComponent[] components, Object[] args) {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("cannot rebuild " + type.getName(), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + type.getName(), e);
        }
    }
}

package dev.quiver.driver.internal.exec;

import dev.quiver.grammar.ast.Statement;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Statement class → handler. {@link #defaults()} is the one place where the driver's handlers are registered:
 * the session handlers of this package plus every handler listed by
 * {@code dev.quiver.driver.internal.exec.handlers.Handlers.all()} (a {@code public static
 * List<StatementHandler<?>> all()} method) when that class exists. Registering two handlers for one statement
 * class is an error. Immutable once built; thread-safe.
 */
public final class HandlerRegistry {
    /** The class whose {@code all()} lists the statement handlers of the handlers package. */
    static final String HANDLERS_CLASS = "dev.quiver.driver.internal.exec.handlers.Handlers";

    private static volatile @Nullable HandlerRegistry defaults;

    private final Map<Class<?>, StatementHandler<?>> handlers;

    private HandlerRegistry(Map<Class<?>, StatementHandler<?>> handlers) {
        this.handlers = Collections.unmodifiableMap(new LinkedHashMap<>(handlers));
    }

    /** The built-in session handlers only. */
    static List<StatementHandler<?>> builtIn() {
        return List.of(new ShowVersionHandler(), new ShowDatabasesHandler(), new UseHandler(),
                new ShowLoadStateHandler(), new SetSettingHandler(), new ResetSettingHandler(),
                new ShowSettingsHandler());
    }

    /** The driver's registry: built-ins plus {@code handlers.Handlers.all()}. */
    public static HandlerRegistry defaults() {
        HandlerRegistry r = defaults;
        if (r == null) {
            Builder b = builder().registerAll(builtIn()).registerAll(discovered());
            r = b.build();
            defaults = r;
        }
        return r;
    }

    @SuppressWarnings("unchecked")
    private static List<StatementHandler<?>> discovered() {
        Class<?> type;
        try {
            type = Class.forName(HANDLERS_CLASS, true, HandlerRegistry.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return List.of();
        }
        try {
            MethodHandle all = MethodHandles.publicLookup().findStatic(type, "all", MethodType.methodType(List.class));
            return (List<StatementHandler<?>>) all.invoke();
        } catch (Throwable e) {
            throw new IllegalStateException(HANDLERS_CLASS + " must declare public static List<StatementHandler<?>> all()", e);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The handler for {@code type}, or null when none is registered. */
    @SuppressWarnings("unchecked")
    public <S extends Statement> @Nullable StatementHandler<S> find(Class<S> type) {
        return (StatementHandler<S>) handlers.get(type);
    }

    /** The statement classes that have a handler. */
    public Collection<Class<?>> statementTypes() {
        return handlers.keySet();
    }

    /** Collects handlers; not thread-safe. */
    public static final class Builder {
        private final Map<Class<?>, StatementHandler<?>> handlers = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder register(StatementHandler<?> handler) {
            StatementHandler<?> previous = handlers.putIfAbsent(handler.statementType(), handler);
            if (previous != null) {
                throw new IllegalStateException("two handlers for " + handler.statementType().getSimpleName() + ": "
                        + previous.getClass().getName() + " and " + handler.getClass().getName());
            }
            return this;
        }

        public Builder registerAll(Collection<? extends StatementHandler<?>> all) {
            all.forEach(this::register);
            return this;
        }

        public HandlerRegistry build() {
            return new HandlerRegistry(handlers);
        }
    }
}

package dev.quiver.driver.internal.exec;

import dev.quiver.grammar.ast.Statement;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Statement class → handler. The driver's registry is assembled by the handlers package
 * ({@code Handlers.registry()}): the session handlers of this package ({@link #builtIn()}) plus the statement
 * handlers there, so that this package does not depend on that one. Registering two handlers for one statement class is an error. Immutable once built; thread-safe.
 */
public final class HandlerRegistry {
    private final Map<Class<?>, StatementHandler<?>> handlers;

    private HandlerRegistry(Map<Class<?>, StatementHandler<?>> handlers) {
        this.handlers = Collections.unmodifiableMap(new LinkedHashMap<>(handlers));
    }

    /** The built-in session handlers of this package. */
    public static List<StatementHandler<?>> builtIn() {
        return List.of(new ShowVersionHandler(), new ShowDatabasesHandler(), new UseHandler(),
                new ShowLoadStateHandler(), new SetSettingHandler(), new ResetSettingHandler(),
                new ShowSettingsHandler());
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

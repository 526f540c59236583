package dev.quiver.driver.internal.exec.handlers;

import dev.quiver.driver.internal.exec.HandlerRegistry;
import dev.quiver.driver.internal.exec.StatementHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statement handlers of this package, and the driver's registry ({@link #registry()}).
 * Stateless handlers, created once; thread-safe.
 */
public final class Handlers {
    private static final List<StatementHandler<?>> ALL = build();

    private Handlers() {
    }

    /** The driver's registry: the session handlers of the exec package plus {@link #all()}. */
    public static HandlerRegistry registry() {
        return Registry.DEFAULT;
    }

    private static final class Registry {
        static final HandlerRegistry DEFAULT = HandlerRegistry.builder().registerAll(HandlerRegistry.builtIn())
                .registerAll(ALL).build();
    }

    /** Every handler of this package, one per statement class. */
    public static List<StatementHandler<?>> all() {
        return ALL;
    }

    private static List<StatementHandler<?>> build() {
        List<StatementHandler<?>> list = new ArrayList<>();
        list.addAll(DatabaseHandlers.all());
        list.addAll(CollectionHandlers.all());
        list.addAll(PartitionHandlers.all());
        list.addAll(LoadHandlers.all());
        list.addAll(FlushHandlers.all());
        list.addAll(CompactionHandlers.all());
        list.addAll(IndexHandlers.all());
        list.addAll(AliasHandlers.all());
        list.addAll(DataHandlers.all());
        list.addAll(UserHandlers.all());
        list.addAll(CopyHandlers.all());
        list.add(new ServerHandlers.Health());
        Map<Class<?>, StatementHandler<?>> byType = new LinkedHashMap<>();
        for (StatementHandler<?> h : list) {
            byType.put(h.statementType(), h);
        }
        list.add(new ServerHandlers.ExplainHandler(Collections.unmodifiableMap(byType)));
        return List.copyOf(list);
    }
}

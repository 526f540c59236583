package dev.quiver.driver.internal.exec.handlers;

import dev.quiver.driver.internal.exec.StatementHandler;
import java.util.List;

/** Data statements: INSERT/UPSERT, DELETE, SELECT (query) and vector search. */
final class DataHandlers {
    private DataHandlers() {
    }

    static List<StatementHandler<?>> all() {
        return List.of(new InsertHandler(), new DeleteHandler(), new QueryHandler(), new SearchHandler(),
                new HybridSearchHandler());
    }
}

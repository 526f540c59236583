package dev.quiver.driver.internal.exec.handlers;

import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.driver.internal.exec.ExecutionContext;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.proto.milvus.ConsistencyLevel;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * The consistency of a read (reference §4.7): the statement's {@code consistency_level}, else the session's
 * {@code SET consistency_level}, else the collection's own ({@code use_default_consistency}); and the guarantee
 * timestamp pymilvus would send (Strong 0, Session the last write or 1, Bounded 2, Eventually 1, default the last
 * write or 1). Also renders filters.
 */
record ReadOptions(@Nullable ConsistencyLevel level, boolean useDefault, long guaranteeTimestamp) {

    static ReadOptions of(@Nullable String statementLevel, String collection, ExecutionContext context) throws SQLException {
        String text = statementLevel != null ? statementLevel : context.consistencyLevel();
        long lastWrite = context.writes().lastWrite(context.database(), collection).orElse(1L);
        if (text == null || text.isBlank()) {
            return new ReadOptions(null, true, lastWrite);
        }
        ConsistencyLevel level = CollectionSchemas.consistency(text);
        long ts = switch (level) {
            case Strong -> 0L;
            case Session -> lastWrite;
            case Bounded -> 2L;
            case Eventually -> 1L;
            default -> 0L;
        };
        return new ReadOptions(level, false, ts);
    }

    /** The filter as Milvus expression text ({@code ""} for none). */
    static String filter(@Nullable Expression filter) throws SQLException {
        if (filter == null) {
            return "";
        }
        try {
            return dev.quiver.grammar.MilvusExpressions.render(filter);
        } catch (IllegalArgumentException e) {
            throw SqlExceptions.invalidValue("the WHERE filter cannot be sent to Milvus: " + e.getMessage());
        }
    }
}

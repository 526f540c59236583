package dev.quiver.driver;

import java.sql.SQLException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Milvus-specific results of a statement, reached with {@code statement.unwrap(MilvusStatement.class)}: the
 * command tag and details of the last execution, as the console prints them, and a listener for the progress of the
 * statements that wait for the server.
 */
public interface MilvusStatement {

    /**
     * The command tag of the last execution, such as {@code FLUSH 1}, {@code RELEASE PARTITION 1},
     * {@code INSERT 5} or {@code SHOW DATABASES}; null before the first execution.
     */
    @Nullable String getCommandTag() throws SQLException;

    /**
     * The details of the last execution: for example {@code sealed_segment_ids}, {@code flush_ts},
     * {@code load_state}, {@code generated_keys}, {@code timestamp}; for DESCRIBE COLLECTION, whose result set has
     * one row per field, the collection's {@code description}, {@code consistency_level}, {@code dynamic_field},
     * {@code shards}, {@code partitions}, {@code indexes}, {@code properties}, {@code aliases} and
     * {@code load_state}. Empty before the first execution or when the statement has none. Unmodifiable.
     */
    Map<String, Object> getDetails() throws SQLException;

    /**
     * Sets the listener told how the server gets on while a statement of this one waits for it (LOAD, CREATE INDEX,
     * FLUSH, FLUSH ALL); null removes it. With a listener, a LOAD that is still loading also asks GetLoadingProgress
     * for its percentage on each poll; otherwise the statement sends exactly what it sends without one.
     */
    void setWaitListener(@Nullable WaitListener listener) throws SQLException;
}

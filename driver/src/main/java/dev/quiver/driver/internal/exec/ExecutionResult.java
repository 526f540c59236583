package dev.quiver.driver.internal.exec;

import dev.quiver.proto.milvus.LoadState;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a statement produced: either rows (a {@link RowSource} for a result set) or an update count; both carry a
 * command tag ({@code SHOW VERSION}, {@code FLUSH 1}, {@code RELEASE PARTITION 1}, {@code INSERT 5}) and a details
 * map (sealed segment ids, flush timestamp, load state...) that {@link dev.quiver.driver.MilvusStatement} exposes.
 * A batch result also has one count per batch entry; an insert may carry generated keys. Immutable apart from
 * the row source it hands over.
 */
public final class ExecutionResult {
    /** Details key: the ids of the segments a FLUSH sealed ({@code Map<String, List<Long>>} per collection or {@code List<Long>}). */
    public static final String SEALED_SEGMENT_IDS = "sealed_segment_ids";
    /** Details key: the flush timestamp(s) a FLUSH returned. */
    public static final String FLUSH_TS = "flush_ts";
    /** Details key: the load state reached ({@code NotExist}, {@code NotLoad}, {@code Loading}, {@code Loaded}). */
    public static final String LOAD_STATE = "load_state";
    /** Details key: the Milvus hybrid timestamp of a write (used for Session consistency). */
    public static final String TIMESTAMP = "timestamp";
    /** Details key: the primary keys an insert generated (a {@code List}). */
    public static final String GENERATED_KEYS = "generated_keys";

    /** The name the {@link #LOAD_STATE} detail and SHOW LOAD STATE use: {@code LoadStateLoaded} → {@code Loaded}, as pymilvus prints it. */
    public static String loadStateName(LoadState state) {
        return switch (state) {
            case LoadStateNotExist -> "NotExist";
            case LoadStateNotLoad -> "NotLoad";
            case LoadStateLoading -> "Loading";
            case LoadStateLoaded -> "Loaded";
            default -> state.name();
        };
    }

    private final @Nullable RowSource rows;
    private final long updateCount;
    private final long @Nullable [] batchCounts;
    private final String commandTag;
    private final Map<String, Object> details;
    private final @Nullable Column generatedKeyColumn;
    private final List<?> generatedKeys;

    private ExecutionResult(@Nullable RowSource rows, long updateCount, long @Nullable [] batchCounts, String commandTag,
                            Map<String, Object> details, @Nullable Column generatedKeyColumn, List<?> generatedKeys) {
        this.rows = rows;
        this.updateCount = updateCount;
        this.batchCounts = batchCounts;
        this.commandTag = Objects.requireNonNull(commandTag, "commandTag");
        this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
        this.generatedKeyColumn = generatedKeyColumn;
        this.generatedKeys = generatedKeys;
    }

    /** A result set; {@code commandTag} names the statement, e.g. {@code SHOW DATABASES} or {@code SELECT}. */
    public static ExecutionResult rows(String commandTag, RowSource rows) {
        return new ExecutionResult(Objects.requireNonNull(rows, "rows"), -1, null, commandTag, Map.of(), null, List.of());
    }

    /**
     * A result set with details about it, kept in the given order (DESCRIBE COLLECTION's collection-level facts);
     * values are strings, numbers, booleans, lists or maps.
     */
    public static ExecutionResult rows(String commandTag, RowSource rows, Map<String, ?> details) {
        return new ExecutionResult(Objects.requireNonNull(rows, "rows"), -1, null, commandTag,
                new LinkedHashMap<>(details), null, List.of());
    }

    /** An update count (rows written; 0 for DDL and actions) with its command tag. */
    public static ExecutionResult update(long count, String commandTag) {
        return update(count, commandTag, Map.of());
    }

    /**
     * An update count with details, kept in the given order (the console prints them in it); detail values should be
     * simple (numbers, strings, lists, maps).
     */
    public static ExecutionResult update(long count, String commandTag, Map<String, ?> details) {
        return new ExecutionResult(null, count, null, commandTag, new LinkedHashMap<>(details), null, List.of());
    }

    /** The result of {@code executeBatch}: one count per batch entry, in order. */
    public static ExecutionResult batch(long[] counts, String commandTag, Map<String, ?> details) {
        long total = 0;
        for (long c : counts) {
            total += Math.max(0, c);
        }
        return new ExecutionResult(null, total, counts.clone(), commandTag, new LinkedHashMap<>(details), null, List.of());
    }

    /** A copy with generated keys for {@link java.sql.Statement#getGeneratedKeys()}, one row per key. */
    public ExecutionResult withGeneratedKeys(Column keyColumn, List<?> keys) {
        Map<String, Object> d = new LinkedHashMap<>(details);
        d.put(GENERATED_KEYS, List.copyOf(keys));
        return new ExecutionResult(rows, updateCount, batchCounts, commandTag, d, keyColumn, List.copyOf(keys));
    }

    /** A copy with one more detail. */
    public ExecutionResult withDetail(String key, Object value) {
        Map<String, Object> d = new LinkedHashMap<>(details);
        d.put(key, value);
        return new ExecutionResult(rows, updateCount, batchCounts, commandTag, d, generatedKeyColumn, generatedKeys);
    }

    public boolean hasRows() {
        return rows != null;
    }

    /** The rows, or null for an update count. */
    public @Nullable RowSource rows() {
        return rows;
    }

    /** The update count, -1 when the result is rows. */
    public long updateCount() {
        return updateCount;
    }

    /** One count per batch entry, or null when this is not a batch result. */
    public long @Nullable [] batchCounts() {
        return batchCounts == null ? null : batchCounts.clone();
    }

    public String commandTag() {
        return commandTag;
    }

    public Map<String, Object> details() {
        return details;
    }

    /** The generated keys as a row source (empty with a {@code GENERATED_KEY} BIGINT column when there are none). */
    public RowSource generatedKeys() {
        Column column = generatedKeyColumn != null ? generatedKeyColumn : Column.of("GENERATED_KEY", ColumnType.BIGINT);
        return RowSource.of(List.of(column), generatedKeys.stream().map(k -> new Object[] {k}).toList());
    }
}

package dev.quiver.embedded.data;

import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.FieldData;
import dev.quiver.proto.milvus.FieldSchema;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rows of one segment: one {@link Column} per field, the primary keys and each row's insert timestamp.
 * Append-only while growing (appends are serialised by the owning collection's write lock); readers see the rows
 * below {@link #rowCount()}, a volatile watermark published after every append, so a reader never sees a
 * half-written row. Sealed segments never change.
 */
final class Segment {
    final long id;
    final long collectionId;
    final long partitionId;
    private final Map<Long, Column> columns = new ConcurrentHashMap<>();
    private final Column primaryKey;
    private volatile long[] timestamps = new long[0];
    private volatile int rowCount;
    private volatile long bytes;
    /** Field id → the ANN index built over this segment's rows of that field (sealed segments only). */
    private final Map<Long, SegmentIndex> indexes = new ConcurrentHashMap<>();

    Segment(long id, long collectionId, long partitionId, CollectionSchema schema) {
        this.id = id;
        this.collectionId = collectionId;
        this.partitionId = partitionId;
        for (FieldSchema field : schema.getFieldsList()) {
            columns.put(field.getFieldID(), Column.create(field));
        }
        this.primaryKey = Objects.requireNonNull(columns.get(Schemas.primary(schema).getFieldID()),
                "every field got a column");
    }

    /** Appends a normalised batch (one full-length column per schema field, in any order) with one timestamp. */
    void append(List<FieldData> batch, int rows, long timestamp) {
        long[] ts = new long[rows];
        Arrays.fill(ts, timestamp);
        appendAll(batch, rows, ts);
    }

    /** Appends a normalised batch with per-row insert timestamps, then publishes the new row count. */
    void appendAll(List<FieldData> batch, int rows, long[] rowTimestamps) {
        int at = rowCount;
        java.util.Set<Long> filled = new java.util.HashSet<>();
        for (FieldData data : batch) {
            Column column = columns.get(data.getFieldId());
            if (column != null && filled.add(data.getFieldId())) {
                column.append(data, at, rows);
            }
        }
        for (Map.Entry<Long, Column> entry : columns.entrySet()) {
            if (!filled.contains(entry.getKey())) {
                entry.getValue().append(InsertDecoder.placeholder(entry.getValue().field, rows), at, rows);
            }
        }
        long[] ts = timestamps;
        if (ts.length < at + rows) {
            ts = Arrays.copyOf(ts, Column.grow(ts.length, at + rows));
        }
        System.arraycopy(rowTimestamps, 0, ts, at, rows);
        timestamps = ts;
        long perRow = 16;
        for (Column c : columns.values()) {
            perRow += c.bytesPerRow();
        }
        bytes += perRow * rows;
        rowCount = at + rows;
    }

    /** Adds a column for a field added to the schema; existing rows get the normalised fill {@code fill}. */
    void addColumn(FieldSchema field) {
        if (columns.containsKey(field.getFieldID())) {
            return;
        }
        Column column = Column.create(field);
        if (rowCount > 0) {
            column.append(InsertDecoder.placeholder(field, rowCount), 0, rowCount);
        }
        columns.put(field.getFieldID(), column);
    }

    /** Releases the spare capacity of every array once the segment is sealed. */
    void trim() {
        int rows = rowCount;
        for (Column column : columns.values()) {
            column.trim(rows);
        }
        if (timestamps.length > rows) {
            timestamps = Arrays.copyOf(timestamps, rows);
        }
    }

    /** Rows visible to readers. */
    int rowCount() {
        return rowCount;
    }

    long estimatedBytes() {
        return bytes;
    }

    long timestamp(int row) {
        return timestamps[row];
    }

    long[] timestamps() {
        return timestamps;
    }

    Column primaryKey() {
        return primaryKey;
    }

    /** The row's primary key: a Long or a String. */
    Object pk(int row) {
        if (primaryKey instanceof Column.LongColumn longs) {
            return longs.get(row);
        }
        return ((Column.StringColumn) primaryKey).get(row);
    }

    @Nullable Column column(long fieldId) {
        return columns.get(fieldId);
    }

    Map<Long, Column> columns() {
        return columns;
    }

    /** The ANN index over field {@code fieldId}, if one is attached. */
    @Nullable SegmentIndex index(long fieldId) {
        return indexes.get(fieldId);
    }

    void attachIndex(long fieldId, SegmentIndex index) {
        indexes.put(fieldId, index);
    }

    void detachIndex(long fieldId) {
        indexes.remove(fieldId);
    }
}

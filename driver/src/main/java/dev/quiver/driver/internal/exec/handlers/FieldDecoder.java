package dev.quiver.driver.internal.exec.handlers;

import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldData;
import dev.quiver.wire.FieldLayout;
import dev.quiver.wire.FieldValues;
import dev.quiver.wire.SparseRow;
import dev.quiver.wire.TimestamptzText;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Reads row {@code i} of a result column ({@link FieldData}, full length, {@code valid_data} marking NULLs) as the
 * Java value {@link dev.quiver.driver.internal.exec.ColumnType} documents: Long, Integer, Short, Byte, Boolean,
 * Float, Double, String (also JSON text and GEOMETRY as WKT), OffsetDateTime (TIMESTAMPTZ), List (ARRAY),
 * float[] (FLOAT_VECTOR), byte[] (binary, fp16, bf16, int8
 * vectors), Map&lt;Long, Float&gt; (sparse). Immutable; one instance per column.
 */
final class FieldDecoder {
    private final FieldData data;

    FieldDecoder(FieldData data) {
        this.data = data;
    }

    String name() {
        return data.getFieldName();
    }

    FieldData data() {
        return data;
    }

    @Nullable Object get(int row) {
        Object value = FieldValues.get(data, row);
        if (data.getType() == DataType.Timestamptz) {
            if (value instanceof String text) {
                return text.isEmpty() ? null : TimestamptzText.toOffsetDateTime(text);
            }
            if (value instanceof Long micros) {
                return TimestamptzText.toInstant(micros).atOffset(ZoneOffset.UTC);
            }
        }
        return value instanceof SparseRow sparse ? sparse.toMap() : value;
    }

    /** The number of rows in {@code data}. */
    static int rowCount(FieldData data) {
        return FieldLayout.rowCount(data);
    }
}

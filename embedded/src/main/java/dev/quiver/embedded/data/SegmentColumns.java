package dev.quiver.embedded.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;
import dev.quiver.embedded.geo.Geometries;
import dev.quiver.embedded.filter.ArrayValue;
import dev.quiver.embedded.filter.ColumnAccess;
import dev.quiver.embedded.filter.ColumnReader;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.ScalarField;
import java.io.IOException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

/**
 * A segment's columns as the filter compiler reads them: one {@link ColumnReader} per field, created per bind (so
 * the JSON reader's parse cache is confined to one thread).
 */
final class SegmentColumns implements ColumnAccess {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Segment segment;

    SegmentColumns(Segment segment) {
        this.segment = segment;
    }

    @Override
    public ColumnReader column(String fieldName) {
        for (Column column : segment.columns().values()) {
            if (column.field.getName().equals(fieldName)) {
                return reader(column);
            }
        }
        throw new IllegalStateException("segment " + segment.id + " has no column " + fieldName);
    }

    /** The typed getters are for non-null rows: a caller asks {@link ColumnReader#isNull} first. */
    private static final String NULL_ROW = "a typed getter read a null row";

    private static ColumnReader reader(Column column) {
        FieldSchema field = column.field;
        return switch (field.getDataType()) {
            case Bool -> new Reader(column) {
                @Override
                public boolean getBoolean(int row) {
                    return (Boolean) Objects.requireNonNull(column.value(row), NULL_ROW);
                }
            };
            case Int8, Int16, Int32 -> new Reader(column) {
                @Override
                public long getLong(int row) {
                    return (Integer) Objects.requireNonNull(column.value(row), NULL_ROW);
                }
            };
            case Int64 -> new Reader(column) {
                private final Column.LongColumn longs = (Column.LongColumn) column;

                @Override
                public long getLong(int row) {
                    return longs.get(row);
                }
            };
            case Float -> new Reader(column) {
                @Override
                public double getDouble(int row) {
                    return (Float) Objects.requireNonNull(column.value(row), NULL_ROW);
                }
            };
            case Double -> new Reader(column) {
                @Override
                public double getDouble(int row) {
                    return (Double) Objects.requireNonNull(column.value(row), NULL_ROW);
                }
            };
            case VarChar, String -> new Reader(column) {
                private final Column.StringColumn strings = (Column.StringColumn) column;

                @Override
                public String getString(int row) {
                    return strings.get(row);
                }
            };
            case JSON -> new Reader(column) {
                private final Column.JsonColumn json = (Column.JsonColumn) column;
                private int cachedRow = -1;
                private @Nullable JsonNode cached;

                @Override
                public @Nullable JsonNode getJson(int row) {
                    if (row != cachedRow) {
                        ByteString bytes = json.get(row);
                        try {
                            cached = bytes.isEmpty() ? null : JSON.readTree(bytes.newInput());
                        } catch (IOException e) {
                            cached = null;
                        }
                        cachedRow = row;
                    }
                    return cached;
                }
            };
            case Array -> new Reader(column) {
                private final Column.ArrayColumn arrays = (Column.ArrayColumn) column;

                @Override
                public ArrayValue getArray(int row) {
                    return new Elements(arrays.get(row));
                }
            };
            case Timestamptz -> new Reader(column) {
                private final Column.TimestamptzColumn times = (Column.TimestamptzColumn) column;

                @Override
                public long getLong(int row) {
                    return times.get(row);
                }
            };
            case Geometry -> new Reader(column) {
                private final Column.GeometryColumn geometries = (Column.GeometryColumn) column;
                private int cachedRow = -1;
                private @Nullable Geometry cached;

                @Override
                public Geometry getGeometry(int row) {
                    Geometry g = cached;
                    if (row != cachedRow || g == null) {
                        g = Geometries.fromWkb(geometries.get(row).toByteArray());
                        cached = g;
                        cachedRow = row;
                    }
                    return g;
                }
            };
            default -> new Reader(column);
        };
    }

    /** Nullness from the column's validity; typed getters added per type. */
    private static class Reader implements ColumnReader {
        private final Column column;

        Reader(Column column) {
            this.column = column;
        }

        @Override
        public boolean isNull(int row) {
            return !column.isValid(row);
        }
    }

    /** One array row's elements. */
    private record Elements(ScalarField data) implements ArrayValue {
        @Override
        public int size() {
            return switch (data.getDataCase()) {
                case BOOL_DATA -> data.getBoolData().getDataCount();
                case INT_DATA -> data.getIntData().getDataCount();
                case LONG_DATA -> data.getLongData().getDataCount();
                case FLOAT_DATA -> data.getFloatData().getDataCount();
                case DOUBLE_DATA -> data.getDoubleData().getDataCount();
                case STRING_DATA -> data.getStringData().getDataCount();
                default -> 0;
            };
        }

        @Override
        public long getLong(int index) {
            return data.hasIntData() ? data.getIntData().getData(index) : data.getLongData().getData(index);
        }

        @Override
        public double getDouble(int index) {
            return data.hasFloatData() ? data.getFloatData().getData(index) : data.getDoubleData().getData(index);
        }

        @Override
        public boolean getBoolean(int index) {
            return data.getBoolData().getData(index);
        }

        @Override
        public String getString(int index) {
            return data.getStringData().getData(index);
        }
    }
}

package dev.quiver.embedded.filter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quiver.grammar.expr.ArithmeticOperator;
import dev.quiver.grammar.expr.FieldRef;
import dev.quiver.proto.milvus.DataType;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A compiled value: a constant, a column, a JSON path, an array element, arithmetic, or an array length. Typed
 * getters are called only when {@link #kind} says they apply and {@link #isNull} is false. Immutable.
 */
abstract class Operand {
    final Kind kind;
    /** How error messages name the type: Int64, VarChar, JSON, ... */
    final String typeName;

    Operand(Kind kind, String typeName) {
        this.kind = kind;
        this.typeName = typeName;
    }

    /** Whether the value is null: a null column value, a missing JSON key, an index out of range. */
    abstract boolean isNull(ColumnReader[] columns, int row);

    long getLong(ColumnReader[] columns, int row) {
        throw new IllegalStateException(typeName + " is not an integer");
    }

    double getDouble(ColumnReader[] columns, int row) {
        throw new IllegalStateException(typeName + " is not a number");
    }

    String getString(ColumnReader[] columns, int row) {
        throw new IllegalStateException(typeName + " is not a string");
    }

    boolean getBoolean(ColumnReader[] columns, int row) {
        throw new IllegalStateException(typeName + " is not a boolean");
    }

    @Nullable JsonNode json(ColumnReader[] columns, int row) {
        throw new IllegalStateException(typeName + " is not JSON");
    }

    @Nullable ArrayValue array(ColumnReader[] columns, int row) {
        throw new IllegalStateException(typeName + " is not an array");
    }

    /** The value boxed (see {@link Dynamic}), or null; used only where JSON is involved. */
    abstract @Nullable Object dynamic(ColumnReader[] columns, int row);

    /** Whether evaluating this reads a field (as opposed to a constant). */
    boolean readsField() {
        return true;
    }

    /** The kind of a column of {@code type}, or null when filters cannot use such a column. */
    static @Nullable Kind kindOf(DataType type) {
        return switch (type) {
            case Bool -> Kind.BOOL;
            case Int8, Int16, Int32, Int64 -> Kind.LONG;
            case Float, Double -> Kind.DOUBLE;
            case String, VarChar, Text -> Kind.STRING;
            case JSON -> Kind.JSON;
            case Array -> Kind.ARRAY;
            case Timestamptz, Geometry -> Kind.OPAQUE;
            default -> null;
        };
    }

    /** A constant: Long, Double, String, Boolean or List. */
    static final class Constant extends Operand {
        final Object value;
        private final long longValue;
        private final double doubleValue;

        Constant(Object value) {
            super(kindOfConstant(value), typeNameOfConstant(value));
            this.value = value;
            this.longValue = value instanceof Long l ? l : 0L;
            this.doubleValue = value instanceof Number n ? n.doubleValue() : 0.0;
        }

        private static Kind kindOfConstant(Object value) {
            if (value instanceof Long) {
                return Kind.LONG;
            }
            if (value instanceof Double) {
                return Kind.DOUBLE;
            }
            if (value instanceof String) {
                return Kind.STRING;
            }
            if (value instanceof Boolean) {
                return Kind.BOOL;
            }
            return Kind.LIST;
        }

        static String typeNameOfConstant(Object value) {
            return switch (kindOfConstant(value)) {
                case LONG -> "Int64";
                case DOUBLE -> "Double";
                case STRING -> "VarChar";
                case BOOL -> "Bool";
                default -> "Array";
            };
        }

        @Override
        boolean isNull(ColumnReader[] columns, int row) {
            return false;
        }

        @Override
        long getLong(ColumnReader[] columns, int row) {
            return longValue;
        }

        @Override
        double getDouble(ColumnReader[] columns, int row) {
            return doubleValue;
        }

        @Override
        String getString(ColumnReader[] columns, int row) {
            return (String) value;
        }

        @Override
        boolean getBoolean(ColumnReader[] columns, int row) {
            return (Boolean) value;
        }

        @Override
        Object dynamic(ColumnReader[] columns, int row) {
            return value;
        }

        @Override
        boolean readsField() {
            return false;
        }
    }

    /** A scalar column (Bool, integers, Float/Double, VarChar) read directly. */
    static final class Column extends Operand {
        private final int slot;

        Column(int slot, Kind kind, String typeName) {
            super(kind, typeName);
            this.slot = slot;
        }

        @Override
        boolean isNull(ColumnReader[] columns, int row) {
            return columns[slot].isNull(row);
        }

        @Override
        long getLong(ColumnReader[] columns, int row) {
            return columns[slot].getLong(row);
        }

        @Override
        double getDouble(ColumnReader[] columns, int row) {
            return kind == Kind.LONG ? columns[slot].getLong(row) : columns[slot].getDouble(row);
        }

        @Override
        String getString(ColumnReader[] columns, int row) {
            return columns[slot].getString(row);
        }

        @Override
        boolean getBoolean(ColumnReader[] columns, int row) {
            return columns[slot].getBoolean(row);
        }

        @Override
        @Nullable Object dynamic(ColumnReader[] columns, int row) {
            ColumnReader reader = columns[slot];
            if (reader.isNull(row)) {
                return null;
            }
            return switch (kind) {
                case LONG -> reader.getLong(row);
                case DOUBLE -> reader.getDouble(row);
                case STRING -> reader.getString(row);
                case BOOL -> reader.getBoolean(row);
                default -> throw new IllegalStateException("not a scalar column: " + kind);
            };
        }
    }

    /** A JSON field, or a path into one (the dynamic field's keys included). */
    static final class JsonPath extends Operand {
        private final int slot;
        private final List<FieldRef.PathStep> path;

        JsonPath(int slot, List<FieldRef.PathStep> path) {
            super(Kind.JSON, "JSON");
            this.slot = slot;
            this.path = List.copyOf(path);
        }

        @Override
        boolean isNull(ColumnReader[] columns, int row) {
            JsonNode node = json(columns, row);
            return node == null || node.isNull();
        }

        @Override
        @Nullable JsonNode json(ColumnReader[] columns, int row) {
            ColumnReader reader = columns[slot];
            if (reader.isNull(row)) {
                return null;
            }
            JsonNode node = reader.getJson(row);
            for (int i = 0; i < path.size() && node != null; i++) {
                FieldRef.PathStep step = path.get(i);
                if (step instanceof FieldRef.Key key) {
                    node = node.isObject() ? node.get(key.key()) : null;
                } else {
                    long index = ((FieldRef.Index) step).index();
                    node = node.isArray() && index < Integer.MAX_VALUE ? node.get((int) index)
                            : node.isObject() ? node.get(Long.toString(index)) : null;
                }
            }
            return node == null || node.isMissingNode() ? null : node;
        }

        @Override
        @Nullable Object dynamic(ColumnReader[] columns, int row) {
            return Dynamic.of(json(columns, row));
        }
    }

    /** A whole Array field. */
    static final class ArrayColumn extends Operand {
        private final int slot;
        final DataType elementType;

        ArrayColumn(int slot, DataType elementType) {
            super(Kind.ARRAY, "Array");
            this.slot = slot;
            this.elementType = elementType;
        }

        @Override
        boolean isNull(ColumnReader[] columns, int row) {
            return columns[slot].isNull(row);
        }

        @Override
        @Nullable ArrayValue array(ColumnReader[] columns, int row) {
            ColumnReader reader = columns[slot];
            return reader.isNull(row) ? null : reader.getArray(row);
        }

        @Override
        @Nullable Object dynamic(ColumnReader[] columns, int row) {
            ArrayValue array = array(columns, row);
            if (array == null) {
                return null;
            }
            List<Object> values = new ArrayList<>(array.size());
            Kind elementKind = kindOf(elementType);
            for (int i = 0; i < array.size(); i++) {
                values.add(element(array, elementKind, i));
            }
            return values;
        }

        static Object element(ArrayValue array, @Nullable Kind elementKind, int i) {
            if (elementKind == null) {
                throw new IllegalStateException("unsupported array element type");
            }
            return switch (elementKind) {
                case LONG -> array.getLong(i);
                case DOUBLE -> array.getDouble(i);
                case STRING -> array.getString(i);
                case BOOL -> array.getBoolean(i);
                default -> throw new IllegalStateException("unsupported array element kind " + elementKind);
            };
        }
    }

    /** {@code arr[i]}: one element of an Array field; null when the index is out of range. */
    static final class ArrayElement extends Operand {
        private final int slot;
        private final int index;

        ArrayElement(int slot, int index, Kind elementKind, String typeName) {
            super(elementKind, typeName);
            this.slot = slot;
            this.index = index;
        }

        private @Nullable ArrayValue present(ColumnReader[] columns, int row) {
            ColumnReader reader = columns[slot];
            if (reader.isNull(row)) {
                return null;
            }
            ArrayValue array = reader.getArray(row);
            return index < array.size() ? array : null;
        }

        @Override
        boolean isNull(ColumnReader[] columns, int row) {
            return present(columns, row) == null;
        }

        @Override
        long getLong(ColumnReader[] columns, int row) {
            return columns[slot].getArray(row).getLong(index);
        }

        @Override
        double getDouble(ColumnReader[] columns, int row) {
            ArrayValue array = columns[slot].getArray(row);
            return kind == Kind.LONG ? array.getLong(index) : array.getDouble(index);
        }

        @Override
        String getString(ColumnReader[] columns, int row) {
            return columns[slot].getArray(row).getString(index);
        }

        @Override
        boolean getBoolean(ColumnReader[] columns, int row) {
            return columns[slot].getArray(row).getBoolean(index);
        }

        @Override
        @Nullable Object dynamic(ColumnReader[] columns, int row) {
            ArrayValue array = present(columns, row);
            return array == null ? null : ArrayColumn.element(array, kind, index);
        }
    }

    /** {@code array_length(x)} of an Array field or a JSON array; null when the JSON value is not an array. */
    static final class ArrayLength extends Operand {
        private final Operand source;

        ArrayLength(Operand source) {
            super(Kind.LONG, "Int64");
            this.source = source;
        }

        @Override
        boolean isNull(ColumnReader[] columns, int row) {
            return length(columns, row) < 0;
        }

        private int length(ColumnReader[] columns, int row) {
            if (source.kind == Kind.ARRAY) {
                ArrayValue array = source.array(columns, row);
                return array == null ? -1 : array.size();
            }
            JsonNode node = source.json(columns, row);
            return node != null && node.isArray() ? node.size() : -1;
        }

        @Override
        long getLong(ColumnReader[] columns, int row) {
            return length(columns, row);
        }

        @Override
        double getDouble(ColumnReader[] columns, int row) {
            return length(columns, row);
        }

        @Override
        @Nullable Object dynamic(ColumnReader[] columns, int row) {
            int length = length(columns, row);
            return length < 0 ? null : (Object) (long) length;
        }
    }

    /** {@code left op right} on numbers; integer arithmetic when both sides are integers (except {@code **}). */
    static final class Arithmetic extends Operand {
        private final Operand left;
        private final ArithmeticOperator op;
        private final Operand right;

        Arithmetic(Operand left, ArithmeticOperator op, Operand right, Kind kind) {
            super(kind, kind == Kind.LONG ? "Int64" : kind == Kind.DOUBLE ? "Double" : "JSON");
            this.left = left;
            this.op = op;
            this.right = right;
        }

        @Override
        boolean readsField() {
            return left.readsField() || right.readsField();
        }

        @Override
        boolean isNull(ColumnReader[] columns, int row) {
            if (kind == Kind.DYNAMIC) {
                return dynamic(columns, row) == null;
            }
            if (left.isNull(columns, row) || right.isNull(columns, row)) {
                return true;
            }
            return kind == Kind.LONG && (op == ArithmeticOperator.DIVIDE || op == ArithmeticOperator.MODULO)
                    && right.getLong(columns, row) == 0;
        }

        @Override
        long getLong(ColumnReader[] columns, int row) {
            return longs(left.getLong(columns, row), right.getLong(columns, row));
        }

        @Override
        double getDouble(ColumnReader[] columns, int row) {
            if (kind == Kind.LONG) {
                return getLong(columns, row);
            }
            return doubles(left.getDouble(columns, row), right.getDouble(columns, row));
        }

        private long longs(long a, long b) {
            return switch (op) {
                case ADD -> a + b;
                case SUBTRACT -> a - b;
                case MULTIPLY -> a * b;
                case DIVIDE -> a / b;
                case MODULO -> a % b;
                case POWER -> (long) Math.pow(a, b);
            };
        }

        private double doubles(double a, double b) {
            return switch (op) {
                case ADD -> a + b;
                case SUBTRACT -> a - b;
                case MULTIPLY -> a * b;
                case DIVIDE -> a / b;
                case MODULO -> a % b;
                case POWER -> Math.pow(a, b);
            };
        }

        @Override
        @Nullable Object dynamic(ColumnReader[] columns, int row) {
            Object a = left.dynamic(columns, row);
            Object b = right.dynamic(columns, row);
            if (!(a instanceof Number x) || !(b instanceof Number y)) {
                return null;
            }
            if (x instanceof Long l && y instanceof Long m && op != ArithmeticOperator.POWER) {
                if ((op == ArithmeticOperator.DIVIDE || op == ArithmeticOperator.MODULO) && m == 0) {
                    return null;
                }
                return longs(l, m);
            }
            return doubles(x.doubleValue(), y.doubleValue());
        }
    }
}

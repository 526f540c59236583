package dev.quiver.driver.internal.jdbc;

import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.driver.internal.exec.Column;
import dev.quiver.driver.internal.exec.ColumnType;
import dev.quiver.driver.internal.exec.RowSource;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A {@link java.sql.Array} over an ARRAY column's {@code List} or a dense vector's elements. */
final class ListArray implements Array {
    private final List<?> elements;
    private final ColumnType elementType;

    private ListArray(List<?> elements, ColumnType elementType) {
        this.elements = elements;
        this.elementType = elementType;
    }

    static ListArray of(Object value, ColumnType columnType) throws SQLException {
        if (value instanceof List<?> list) {
            ColumnType element = columnType.elementType() == null ? ColumnType.VARCHAR
                    : ColumnType.of(columnType.elementType(), 0, null);
            return new ListArray(list, element);
        }
        if (value instanceof float[] f) {
            List<Float> list = new ArrayList<>(f.length);
            for (float x : f) {
                list.add(x);
            }
            return new ListArray(list, ColumnType.REAL);
        }
        if (value instanceof byte[] b) {
            List<Byte> list = new ArrayList<>(b.length);
            for (byte x : b) {
                list.add(x);
            }
            return new ListArray(list, ColumnType.TINYINT);
        }
        throw SqlExceptions.invalidValue("a " + value.getClass().getSimpleName() + " value is not an array");
    }

    @Override
    public String getBaseTypeName() {
        return elementType.typeName();
    }

    @Override
    public int getBaseType() {
        return elementType.jdbcType();
    }

    @Override
    public Object getArray() {
        return elements.toArray();
    }

    @Override
    public Object getArray(Map<String, Class<?>> map) {
        return getArray();
    }

    @Override
    public Object getArray(long index, int count) throws SQLException {
        return slice(index, count).toArray();
    }

    @Override
    public Object getArray(long index, int count, Map<String, Class<?>> map) throws SQLException {
        return getArray(index, count);
    }

    @Override
    public ResultSet getResultSet() throws SQLException {
        return getResultSet(1, elements.size());
    }

    @Override
    public ResultSet getResultSet(Map<String, Class<?>> map) throws SQLException {
        return getResultSet();
    }

    @Override
    public ResultSet getResultSet(long index, int count) throws SQLException {
        List<?> part = slice(index, count);
        List<Object[]> rows = new ArrayList<>(part.size());
        for (int i = 0; i < part.size(); i++) {
            rows.add(new Object[] {index + i, part.get(i)});
        }
        return MilvusResultSet.detached(RowSource.of(List.of(Column.of("INDEX", ColumnType.BIGINT),
                Column.of("VALUE", elementType)), rows));
    }

    @Override
    public ResultSet getResultSet(long index, int count, Map<String, Class<?>> map) throws SQLException {
        return getResultSet(index, count);
    }

    private List<?> slice(long index, int count) throws SQLException {
        if (index < 1 || count < 0 || index - 1 + count > elements.size()) {
            throw SqlExceptions.invalidValue("array slice [" + index + ", +" + count + "] is outside 1.." + elements.size());
        }
        return elements.subList((int) index - 1, (int) index - 1 + count);
    }

    @Override
    public void free() {
        // nothing to release: the elements are in memory
    }

    @Override
    public String toString() {
        return elements.toString();
    }
}

package dev.quiver.driver.internal.jdbc;

import dev.quiver.driver.MilvusSqlState;
import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.driver.internal.exec.Column;
import dev.quiver.driver.internal.exec.RowSource;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A forward-only, read-only result set over a {@link RowSource}. {@code getObject} returns the values in the
 * classes {@code ColumnType} documents; the typed getters convert where it makes sense and report a {@code 22023}
 * error otherwise. Not thread-safe, as JDBC result sets are not.
 */
final class MilvusResultSet extends SelfWrapper implements ResultSet {
    private final @Nullable Statement statement;
    private final RowSource source;
    private final List<Column> columns;
    private final Map<String, Integer> indexByLabel = new HashMap<>();
    private final long maxRows;
    private Object @Nullable [] row;
    private long rowNumber;
    private boolean afterLast;
    private boolean closed;
    private boolean wasNull;
    private int fetchSize;

    MilvusResultSet(@Nullable Statement statement, RowSource source, long maxRows) {
        this.statement = statement;
        this.source = source;
        this.columns = source.columns();
        this.maxRows = maxRows;
        for (int i = columns.size() - 1; i >= 0; i--) {
            indexByLabel.put(columns.get(i).name().toLowerCase(Locale.ROOT), i + 1);
        }
    }

    /** A result set with no statement, for metadata queries and generated keys. */
    static MilvusResultSet detached(RowSource source) {
        return new MilvusResultSet(null, source, 0);
    }

    private void checkOpen() throws SQLException {
        if (closed) {
            throw SqlExceptions.closed("result set");
        }
    }

    private SQLException readOnly() {
        return SqlExceptions.notSupported("result sets are read-only (CONCUR_READ_ONLY)");
    }

    private SQLException forwardOnly() {
        return SqlExceptions.notSupported("result sets are forward-only (TYPE_FORWARD_ONLY)");
    }

    private @Nullable Object value(int columnIndex) throws SQLException {
        checkOpen();
        if (row == null) {
            throw SqlExceptions.create(MilvusSqlState.FUNCTION_SEQUENCE_ERROR,
                    afterLast ? "the result set has no more rows" : "call next() before reading a row");
        }
        if (columnIndex < 1 || columnIndex > columns.size()) {
            throw SqlExceptions.invalidValue("column index " + columnIndex + " is out of range: the result has "
                    + columns.size() + " column" + (columns.size() == 1 ? "" : "s"));
        }
        Object v = row[columnIndex - 1];
        wasNull = v == null;
        return v;
    }

    private String name(int columnIndex) {
        return columns.get(columnIndex - 1).name();
    }

    @Override
    public boolean next() throws SQLException {
        checkOpen();
        if (afterLast) {
            return false;
        }
        if (maxRows > 0 && rowNumber >= maxRows) {
            row = null;
            afterLast = true;
            return false;
        }
        row = source.next();
        if (row == null) {
            afterLast = true;
            return false;
        }
        rowNumber++;
        return true;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            row = null;
            source.close();
            if (statement instanceof MilvusStatementImpl owner) {
                owner.resultSetClosed(this);
            }
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public boolean wasNull() throws SQLException {
        checkOpen();
        return wasNull;
    }

    @Override
    public int findColumn(String columnLabel) throws SQLException {
        checkOpen();
        Integer i = indexByLabel.get(columnLabel.toLowerCase(Locale.ROOT));
        if (i == null) {
            throw SqlExceptions.invalidValue("no column '" + columnLabel + "' in the result; its columns are "
                    + String.join(", ", columns.stream().map(Column::name).toList()));
        }
        return i;
    }

    @Override
    public @Nullable String getString(int columnIndex) throws SQLException {
        return ValueConversions.string(value(columnIndex));
    }

    @Override
    public boolean getBoolean(int columnIndex) throws SQLException {
        return ValueConversions.booleanValue(value(columnIndex), name(columnIndex));
    }

    @Override
    public byte getByte(int columnIndex) throws SQLException {
        return (byte) ValueConversions.ranged(value(columnIndex), name(columnIndex), Byte.MIN_VALUE, Byte.MAX_VALUE, "a byte");
    }

    @Override
    public short getShort(int columnIndex) throws SQLException {
        return (short) ValueConversions.ranged(value(columnIndex), name(columnIndex), Short.MIN_VALUE, Short.MAX_VALUE, "a short");
    }

    @Override
    public int getInt(int columnIndex) throws SQLException {
        return (int) ValueConversions.ranged(value(columnIndex), name(columnIndex), Integer.MIN_VALUE, Integer.MAX_VALUE, "an int");
    }

    @Override
    public long getLong(int columnIndex) throws SQLException {
        return ValueConversions.longValue(value(columnIndex), name(columnIndex));
    }

    @Override
    public float getFloat(int columnIndex) throws SQLException {
        return (float) ValueConversions.doubleValue(value(columnIndex), name(columnIndex));
    }

    @Override
    public double getDouble(int columnIndex) throws SQLException {
        return ValueConversions.doubleValue(value(columnIndex), name(columnIndex));
    }

    @Override
    @Deprecated
    public @Nullable BigDecimal getBigDecimal(int columnIndex, int scale) throws SQLException {
        BigDecimal d = getBigDecimal(columnIndex);
        return d == null ? null : d.setScale(scale, RoundingMode.HALF_UP);
    }

    @Override
    public @Nullable BigDecimal getBigDecimal(int columnIndex) throws SQLException {
        return ValueConversions.decimal(value(columnIndex), name(columnIndex));
    }

    @Override
    public byte @Nullable [] getBytes(int columnIndex) throws SQLException {
        return ValueConversions.bytes(value(columnIndex), name(columnIndex));
    }

    @Override
    public @Nullable Object getObject(int columnIndex) throws SQLException {
        return value(columnIndex);
    }

    @Override
    public @Nullable Object getObject(int columnIndex, Map<String, Class<?>> map) throws SQLException {
        return value(columnIndex);
    }

    @Override
    public <T> @Nullable T getObject(int columnIndex, Class<T> type) throws SQLException {
        return ValueConversions.convert(value(columnIndex), type, name(columnIndex));
    }

    @Override
    public @Nullable Array getArray(int columnIndex) throws SQLException {
        Object v = value(columnIndex);
        if (v == null) {
            return null;
        }
        return ListArray.of(v, columns.get(columnIndex - 1).type());
    }

    @Override
    public @Nullable InputStream getAsciiStream(int columnIndex) throws SQLException {
        String s = getString(columnIndex);
        return s == null ? null : new ByteArrayInputStream(s.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    @Deprecated
    public @Nullable InputStream getUnicodeStream(int columnIndex) throws SQLException {
        String s = getString(columnIndex);
        return s == null ? null : new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public @Nullable InputStream getBinaryStream(int columnIndex) throws SQLException {
        byte[] b = getBytes(columnIndex);
        return b == null ? null : new ByteArrayInputStream(b);
    }

    @Override
    public @Nullable Reader getCharacterStream(int columnIndex) throws SQLException {
        String s = getString(columnIndex);
        return s == null ? null : new StringReader(s);
    }

    @Override
    public @Nullable Reader getNCharacterStream(int columnIndex) throws SQLException {
        return getCharacterStream(columnIndex);
    }

    @Override
    public @Nullable String getNString(int columnIndex) throws SQLException {
        return getString(columnIndex);
    }

    private SQLException noSuchType(String type) {
        return SqlExceptions.notSupported("Milvus has no " + type + " values");
    }

    @Override
    public Date getDate(int columnIndex) throws SQLException {
        throw noSuchType("DATE");
    }

    @Override
    public Time getTime(int columnIndex) throws SQLException {
        throw noSuchType("TIME");
    }

    @Override
    public @Nullable Timestamp getTimestamp(int columnIndex) throws SQLException {
        return ValueConversions.timestamp(value(columnIndex), name(columnIndex));
    }

    @Override
    public Date getDate(int columnIndex, Calendar cal) throws SQLException {
        throw noSuchType("DATE");
    }

    @Override
    public Time getTime(int columnIndex, Calendar cal) throws SQLException {
        throw noSuchType("TIME");
    }

    @Override
    public @Nullable Timestamp getTimestamp(int columnIndex, Calendar cal) throws SQLException {
        return ValueConversions.timestamp(value(columnIndex), name(columnIndex));
    }

    @Override
    public Ref getRef(int columnIndex) throws SQLException {
        throw noSuchType("REF");
    }

    @Override
    public Blob getBlob(int columnIndex) throws SQLException {
        throw noSuchType("BLOB");
    }

    @Override
    public Clob getClob(int columnIndex) throws SQLException {
        throw noSuchType("CLOB");
    }

    @Override
    public NClob getNClob(int columnIndex) throws SQLException {
        throw noSuchType("NCLOB");
    }

    @Override
    public SQLXML getSQLXML(int columnIndex) throws SQLException {
        throw noSuchType("XML");
    }

    @Override
    public URL getURL(int columnIndex) throws SQLException {
        throw noSuchType("DATALINK");
    }

    @Override
    public RowId getRowId(int columnIndex) throws SQLException {
        throw noSuchType("ROWID");
    }

    @Override
    public @Nullable SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkOpen();
    }

    @Override
    public String getCursorName() throws SQLException {
        throw SqlExceptions.notSupported("named cursors are not supported");
    }

    @Override
    public ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        return new MilvusResultSetMetaData(columns);
    }

    @Override
    public boolean isBeforeFirst() throws SQLException {
        checkOpen();
        return rowNumber == 0 && !afterLast;
    }

    @Override
    public boolean isAfterLast() throws SQLException {
        checkOpen();
        return afterLast && rowNumber > 0;
    }

    @Override
    public boolean isFirst() throws SQLException {
        checkOpen();
        return rowNumber == 1 && row != null;
    }

    @Override
    public boolean isLast() throws SQLException {
        throw SqlExceptions.notSupported("isLast() would need to read ahead on a forward-only result set");
    }

    @Override
    public void beforeFirst() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public void afterLast() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean first() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean last() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public int getRow() throws SQLException {
        checkOpen();
        return row == null ? 0 : (int) Math.min(Integer.MAX_VALUE, rowNumber);
    }

    @Override
    public boolean absolute(int row) throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean relative(int rows) throws SQLException {
        throw forwardOnly();
    }

    @Override
    public boolean previous() throws SQLException {
        throw forwardOnly();
    }

    @Override
    public void setFetchDirection(int direction) throws SQLException {
        checkOpen();
        if (direction != FETCH_FORWARD) {
            throw forwardOnly();
        }
    }

    @Override
    public int getFetchDirection() throws SQLException {
        checkOpen();
        return FETCH_FORWARD;
    }

    @Override
    public void setFetchSize(int rows) throws SQLException {
        checkOpen();
        if (rows < 0) {
            throw SqlExceptions.invalidValue("fetch size must be >= 0, got " + rows);
        }
        fetchSize = rows;
    }

    @Override
    public int getFetchSize() throws SQLException {
        checkOpen();
        return fetchSize;
    }

    @Override
    public int getType() throws SQLException {
        checkOpen();
        return TYPE_FORWARD_ONLY;
    }

    @Override
    public int getConcurrency() throws SQLException {
        checkOpen();
        return CONCUR_READ_ONLY;
    }

    @Override
    public int getHoldability() throws SQLException {
        checkOpen();
        return HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public boolean rowUpdated() throws SQLException {
        return false;
    }

    @Override
    public boolean rowInserted() throws SQLException {
        return false;
    }

    @Override
    public boolean rowDeleted() throws SQLException {
        return false;
    }

    @Override
    public @Nullable Statement getStatement() throws SQLException {
        checkOpen();
        return statement;
    }

    // ---- by label ----

    @Override
    public @Nullable Array getArray(String p0) throws SQLException {
        return getArray(findColumn(p0));
    }

    @Override
    public @Nullable InputStream getAsciiStream(String p0) throws SQLException {
        return getAsciiStream(findColumn(p0));
    }

    @Override
    @Deprecated
    public @Nullable BigDecimal getBigDecimal(String p0, int p1) throws SQLException {
        return getBigDecimal(findColumn(p0), p1);
    }

    @Override
    public @Nullable BigDecimal getBigDecimal(String p0) throws SQLException {
        return getBigDecimal(findColumn(p0));
    }

    @Override
    public @Nullable InputStream getBinaryStream(String p0) throws SQLException {
        return getBinaryStream(findColumn(p0));
    }

    @Override
    public Blob getBlob(String p0) throws SQLException {
        return getBlob(findColumn(p0));
    }

    @Override
    public boolean getBoolean(String p0) throws SQLException {
        return getBoolean(findColumn(p0));
    }

    @Override
    public byte getByte(String p0) throws SQLException {
        return getByte(findColumn(p0));
    }

    @Override
    public byte @Nullable [] getBytes(String p0) throws SQLException {
        return getBytes(findColumn(p0));
    }

    @Override
    public @Nullable Reader getCharacterStream(String p0) throws SQLException {
        return getCharacterStream(findColumn(p0));
    }

    @Override
    public Clob getClob(String p0) throws SQLException {
        return getClob(findColumn(p0));
    }

    @Override
    public Date getDate(String p0, Calendar p1) throws SQLException {
        return getDate(findColumn(p0), p1);
    }

    @Override
    public Date getDate(String p0) throws SQLException {
        return getDate(findColumn(p0));
    }

    @Override
    public double getDouble(String p0) throws SQLException {
        return getDouble(findColumn(p0));
    }

    @Override
    public float getFloat(String p0) throws SQLException {
        return getFloat(findColumn(p0));
    }

    @Override
    public int getInt(String p0) throws SQLException {
        return getInt(findColumn(p0));
    }

    @Override
    public long getLong(String p0) throws SQLException {
        return getLong(findColumn(p0));
    }

    @Override
    public @Nullable Reader getNCharacterStream(String p0) throws SQLException {
        return getNCharacterStream(findColumn(p0));
    }

    @Override
    public NClob getNClob(String p0) throws SQLException {
        return getNClob(findColumn(p0));
    }

    @Override
    public @Nullable String getNString(String p0) throws SQLException {
        return getNString(findColumn(p0));
    }

    @Override
    public <T> @Nullable T getObject(String p0, Class<T> p1) throws SQLException {
        return getObject(findColumn(p0), p1);
    }

    @Override
    public @Nullable Object getObject(String p0, Map<String, Class<?>> p1) throws SQLException {
        return getObject(findColumn(p0), p1);
    }

    @Override
    public @Nullable Object getObject(String p0) throws SQLException {
        return getObject(findColumn(p0));
    }

    @Override
    public Ref getRef(String p0) throws SQLException {
        return getRef(findColumn(p0));
    }

    @Override
    public RowId getRowId(String p0) throws SQLException {
        return getRowId(findColumn(p0));
    }

    @Override
    public SQLXML getSQLXML(String p0) throws SQLException {
        return getSQLXML(findColumn(p0));
    }

    @Override
    public short getShort(String p0) throws SQLException {
        return getShort(findColumn(p0));
    }

    @Override
    public @Nullable String getString(String p0) throws SQLException {
        return getString(findColumn(p0));
    }

    @Override
    public Time getTime(String p0, Calendar p1) throws SQLException {
        return getTime(findColumn(p0), p1);
    }

    @Override
    public Time getTime(String p0) throws SQLException {
        return getTime(findColumn(p0));
    }

    @Override
    public @Nullable Timestamp getTimestamp(String p0, Calendar p1) throws SQLException {
        return getTimestamp(findColumn(p0), p1);
    }

    @Override
    public @Nullable Timestamp getTimestamp(String p0) throws SQLException {
        return getTimestamp(findColumn(p0));
    }

    @Override
    public URL getURL(String p0) throws SQLException {
        return getURL(findColumn(p0));
    }

    @Override
    @Deprecated
    public @Nullable InputStream getUnicodeStream(String p0) throws SQLException {
        return getUnicodeStream(findColumn(p0));
    }

    // ---- updates: read-only ----

    @Override
    public void cancelRowUpdates() throws SQLException {
        throw readOnly();
    }

    @Override
    public void deleteRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public void insertRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public void moveToCurrentRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public void moveToInsertRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public void refreshRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateArray(String p0, Array p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateArray(int p0, Array p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateAsciiStream(String p0, InputStream p1, int p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateAsciiStream(String p0, InputStream p1, long p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateAsciiStream(String p0, InputStream p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateAsciiStream(int p0, InputStream p1, int p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateAsciiStream(int p0, InputStream p1, long p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateAsciiStream(int p0, InputStream p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBigDecimal(String p0, BigDecimal p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBigDecimal(int p0, BigDecimal p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBinaryStream(String p0, InputStream p1, int p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBinaryStream(String p0, InputStream p1, long p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBinaryStream(String p0, InputStream p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBinaryStream(int p0, InputStream p1, int p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBinaryStream(int p0, InputStream p1, long p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBinaryStream(int p0, InputStream p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBlob(String p0, InputStream p1, long p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBlob(String p0, InputStream p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBlob(String p0, Blob p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBlob(int p0, InputStream p1, long p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBlob(int p0, InputStream p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBlob(int p0, Blob p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBoolean(String p0, boolean p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBoolean(int p0, boolean p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateByte(String p0, byte p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateByte(int p0, byte p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBytes(String p0, byte[] p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateBytes(int p0, byte[] p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateCharacterStream(String p0, Reader p1, int p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateCharacterStream(String p0, Reader p1, long p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateCharacterStream(String p0, Reader p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateCharacterStream(int p0, Reader p1, int p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateCharacterStream(int p0, Reader p1, long p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateCharacterStream(int p0, Reader p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateClob(String p0, Reader p1, long p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateClob(String p0, Reader p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateClob(String p0, Clob p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateClob(int p0, Reader p1, long p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateClob(int p0, Reader p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateClob(int p0, Clob p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateDate(String p0, Date p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateDate(int p0, Date p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateDouble(String p0, double p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateDouble(int p0, double p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateFloat(String p0, float p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateFloat(int p0, float p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateInt(String p0, int p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateInt(int p0, int p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateLong(String p0, long p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateLong(int p0, long p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNCharacterStream(String p0, Reader p1, long p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNCharacterStream(String p0, Reader p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNCharacterStream(int p0, Reader p1, long p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNCharacterStream(int p0, Reader p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNClob(String p0, Reader p1, long p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNClob(String p0, Reader p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNClob(String p0, NClob p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNClob(int p0, Reader p1, long p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNClob(int p0, Reader p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNClob(int p0, NClob p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNString(String p0, String p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNString(int p0, String p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNull(String p0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateNull(int p0) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateObject(String p0, Object p1, int p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateObject(String p0, Object p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateObject(int p0, Object p1, int p2) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateObject(int p0, Object p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateRef(String p0, Ref p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateRef(int p0, Ref p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateRow() throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateRowId(String p0, RowId p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateRowId(int p0, RowId p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateSQLXML(String p0, SQLXML p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateSQLXML(int p0, SQLXML p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateShort(String p0, short p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateShort(int p0, short p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateString(String p0, String p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateString(int p0, String p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateTime(String p0, Time p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateTime(int p0, Time p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateTimestamp(String p0, Timestamp p1) throws SQLException {
        throw readOnly();
    }

    @Override
    public void updateTimestamp(int p0, Timestamp p1) throws SQLException {
        throw readOnly();
    }
}

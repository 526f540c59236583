package dev.quiver.driver.internal.jdbc;

import dev.quiver.driver.MilvusPreparedStatement;
import dev.quiver.driver.MilvusSqlState;
import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.driver.internal.exec.ExecutionContext;
import dev.quiver.driver.internal.exec.ExecutionResult;
import dev.quiver.driver.internal.exec.ParameterBindings;
import dev.quiver.driver.internal.exec.ParameterLayout;
import dev.quiver.grammar.ast.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.BatchUpdateException;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A prepared statement: the text is parsed once (syntax errors surface at {@code prepareStatement}), or the AST
 * comes ready from {@code MilvusConnection.prepare}; values are
 * bound by index (or by name through {@link MilvusPreparedStatement}), and every execution first checks that all
 * parameters are bound, before any RPC. {@code addBatch} snapshots the bound values; {@code executeBatch} hands
 * the whole batch to the statement's handler (INSERT sends one RPC).
 */
final class MilvusPreparedStatementImpl extends MilvusStatementImpl implements PreparedStatement, MilvusPreparedStatement {
    private final Statement statement;
    private final ParameterBindings.Builder bindings;
    private final List<ParameterBindings> batch = new ArrayList<>();

    MilvusPreparedStatementImpl(MilvusConnectionImpl connection, String sql) throws SQLException {
        super(connection);
        try {
            this.statement = parse(sql);
            this.bindings = ParameterBindings.builder(ParameterLayout.of(statement));
        } catch (SQLException e) {
            close();
            throw e;
        }
    }

    /** A statement prepared from an AST built elsewhere (the DSL): no text is formatted or parsed. */
    MilvusPreparedStatementImpl(MilvusConnectionImpl connection, Statement statement) throws SQLException {
        super(connection);
        try {
            this.statement = statement;
            this.bindings = ParameterBindings.builder(ParameterLayout.of(statement));
        } catch (SQLException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private ParameterBindings complete() throws SQLException {
        ParameterBindings snapshot = bindings.snapshot();
        snapshot.checkComplete();
        return snapshot;
    }

    private SQLException textNotAllowed() {
        return SqlExceptions.create(MilvusSqlState.FUNCTION_SEQUENCE_ERROR,
                "a PreparedStatement executes its own statement; this method with SQL text is for Statement");
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        checkOpen();
        if (!run(statement, complete())) {
            throw SqlExceptions.create(MilvusSqlState.FUNCTION_SEQUENCE_ERROR,
                    "the statement returned an update count, not rows; use executeUpdate or execute");
        }
        return Objects.requireNonNull(getResultSet(), "a statement that returned rows keeps them");
    }

    @Override
    public int executeUpdate() throws SQLException {
        return (int) Math.min(Integer.MAX_VALUE, executeLargeUpdate());
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        checkOpen();
        return updateOf(run(statement, complete()));
    }

    @Override
    public boolean execute() throws SQLException {
        checkOpen();
        return run(statement, complete());
    }

    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        throw textNotAllowed();
    }

    @Override
    public int executeUpdate(String sql) throws SQLException {
        throw textNotAllowed();
    }

    @Override
    public long executeLargeUpdate(String sql) throws SQLException {
        throw textNotAllowed();
    }

    @Override
    public boolean execute(String sql) throws SQLException {
        throw textNotAllowed();
    }

    @Override
    public void addBatch(String sql) throws SQLException {
        throw textNotAllowed();
    }

    @Override
    public void addBatch() throws SQLException {
        checkOpen();
        batch.add(complete());
    }

    @Override
    public void clearBatch() throws SQLException {
        checkOpen();
        batch.clear();
    }

    @Override
    public long[] executeLargeBatch() throws SQLException {
        checkOpen();
        List<ParameterBindings> entries = List.copyOf(batch);
        batch.clear();
        if (entries.isEmpty()) {
            return new long[0];
        }
        ExecutionContext context = newContext(statement, entries.get(0));
        try {
            ExecutionResult result = connection.dispatcher().executeBatch(statement, entries, context);
            keep(result, context);
            long[] counts = result.batchCounts();
            return counts != null ? counts : new long[] {result.updateCount()};
        } catch (SQLException e) {
            throw new BatchUpdateException("the batch of " + entries.size() + " failed: " + e.getMessage(),
                    e.getSQLState(), e.getErrorCode(), new int[0], e);
        }
    }

    // ---- binding ----

    private void set(int index, @Nullable Object value) throws SQLException {
        checkOpen();
        bindings.set(index, value);
    }

    @Override
    public void setObject(String name, @Nullable Object value) throws SQLException {
        checkOpen();
        bindings.set(bindings.layout().indexOf(name), value);
    }

    @Override
    public List<String> getParameterNames() throws SQLException {
        checkOpen();
        return bindings.layout().names();
    }

    @Override
    public void clearParameters() throws SQLException {
        checkOpen();
        bindings.clear();
    }

    @Override
    public void setNull(int parameterIndex, int sqlType) throws SQLException {
        set(parameterIndex, null);
    }

    @Override
    public void setNull(int parameterIndex, int sqlType, String typeName) throws SQLException {
        set(parameterIndex, null);
    }

    @Override
    public void setBoolean(int parameterIndex, boolean x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setByte(int parameterIndex, byte x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setShort(int parameterIndex, short x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setInt(int parameterIndex, int x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setLong(int parameterIndex, long x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setFloat(int parameterIndex, float x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setDouble(int parameterIndex, double x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setBigDecimal(int parameterIndex, @Nullable BigDecimal x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setString(int parameterIndex, @Nullable String x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setNString(int parameterIndex, @Nullable String value) throws SQLException {
        set(parameterIndex, value);
    }

    @Override
    public void setBytes(int parameterIndex, byte @Nullable [] x) throws SQLException {
        set(parameterIndex, x == null ? null : x.clone());
    }

    @Override
    public void setObject(int parameterIndex, @Nullable Object x) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setObject(int parameterIndex, @Nullable Object x, int targetSqlType) throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setObject(int parameterIndex, @Nullable Object x, int targetSqlType, int scaleOrLength)
            throws SQLException {
        set(parameterIndex, x);
    }

    @Override
    public void setArray(int parameterIndex, @Nullable Array x) throws SQLException {
        set(parameterIndex, x == null ? null : x.getArray());
    }

    private static String read(Reader reader, long length) throws SQLException {
        try {
            StringBuilder out = new StringBuilder();
            char[] buffer = new char[8192];
            int n;
            while ((n = reader.read(buffer)) > 0 && (length < 0 || out.length() < length)) {
                out.append(buffer, 0, n);
            }
            return length >= 0 && out.length() > length ? out.substring(0, (int) length) : out.toString();
        } catch (IOException e) {
            throw SqlExceptions.create(MilvusSqlState.INVALID_PARAMETER_VALUE, "cannot read the bound stream: "
                    + e.getMessage(), 0, e);
        }
    }

    private static byte[] read(InputStream in, long length) throws SQLException {
        try {
            byte[] all = length < 0 ? in.readAllBytes() : in.readNBytes((int) Math.min(Integer.MAX_VALUE, length));
            return all;
        } catch (IOException e) {
            throw SqlExceptions.create(MilvusSqlState.INVALID_PARAMETER_VALUE, "cannot read the bound stream: "
                    + e.getMessage(), 0, e);
        }
    }

    @Override
    public void setAsciiStream(int parameterIndex, InputStream x, int length) throws SQLException {
        set(parameterIndex, new String(read(x, length), StandardCharsets.US_ASCII));
    }

    @Override
    public void setAsciiStream(int parameterIndex, InputStream x, long length) throws SQLException {
        set(parameterIndex, new String(read(x, length), StandardCharsets.US_ASCII));
    }

    @Override
    public void setAsciiStream(int parameterIndex, InputStream x) throws SQLException {
        set(parameterIndex, new String(read(x, -1), StandardCharsets.US_ASCII));
    }

    @Override
    @Deprecated
    public void setUnicodeStream(int parameterIndex, InputStream x, int length) throws SQLException {
        set(parameterIndex, new String(read(x, length), StandardCharsets.UTF_8));
    }

    @Override
    public void setBinaryStream(int parameterIndex, InputStream x, int length) throws SQLException {
        set(parameterIndex, read(x, length));
    }

    @Override
    public void setBinaryStream(int parameterIndex, InputStream x, long length) throws SQLException {
        set(parameterIndex, read(x, length));
    }

    @Override
    public void setBinaryStream(int parameterIndex, InputStream x) throws SQLException {
        set(parameterIndex, read(x, -1));
    }

    @Override
    public void setCharacterStream(int parameterIndex, Reader reader, int length) throws SQLException {
        set(parameterIndex, read(reader, length));
    }

    @Override
    public void setCharacterStream(int parameterIndex, Reader reader, long length) throws SQLException {
        set(parameterIndex, read(reader, length));
    }

    @Override
    public void setCharacterStream(int parameterIndex, Reader reader) throws SQLException {
        set(parameterIndex, read(reader, -1));
    }

    @Override
    public void setNCharacterStream(int parameterIndex, Reader value, long length) throws SQLException {
        set(parameterIndex, read(value, length));
    }

    @Override
    public void setNCharacterStream(int parameterIndex, Reader value) throws SQLException {
        set(parameterIndex, read(value, -1));
    }

    private SQLException noSuchType(String type) {
        return SqlExceptions.notSupported("Milvus has no " + type + " values; bind a number or a string instead");
    }

    @Override
    public void setDate(int parameterIndex, Date x) throws SQLException {
        throw noSuchType("DATE");
    }

    @Override
    public void setTime(int parameterIndex, Time x) throws SQLException {
        throw noSuchType("TIME");
    }

    @Override
    public void setTimestamp(int parameterIndex, @Nullable Timestamp x) throws SQLException {
        set(parameterIndex, x == null ? null : x.toInstant());
    }

    @Override
    public void setDate(int parameterIndex, Date x, Calendar cal) throws SQLException {
        throw noSuchType("DATE");
    }

    @Override
    public void setTime(int parameterIndex, Time x, Calendar cal) throws SQLException {
        throw noSuchType("TIME");
    }

    @Override
    public void setTimestamp(int parameterIndex, @Nullable Timestamp x, Calendar cal) throws SQLException {
        set(parameterIndex, x == null ? null : x.toInstant());
    }

    @Override
    public void setRef(int parameterIndex, Ref x) throws SQLException {
        throw noSuchType("REF");
    }

    @Override
    public void setBlob(int parameterIndex, Blob x) throws SQLException {
        throw noSuchType("BLOB");
    }

    @Override
    public void setBlob(int parameterIndex, InputStream inputStream, long length) throws SQLException {
        throw noSuchType("BLOB");
    }

    @Override
    public void setBlob(int parameterIndex, InputStream inputStream) throws SQLException {
        throw noSuchType("BLOB");
    }

    @Override
    public void setClob(int parameterIndex, Clob x) throws SQLException {
        throw noSuchType("CLOB");
    }

    @Override
    public void setClob(int parameterIndex, Reader reader, long length) throws SQLException {
        throw noSuchType("CLOB");
    }

    @Override
    public void setClob(int parameterIndex, Reader reader) throws SQLException {
        throw noSuchType("CLOB");
    }

    @Override
    public void setNClob(int parameterIndex, NClob value) throws SQLException {
        throw noSuchType("NCLOB");
    }

    @Override
    public void setNClob(int parameterIndex, Reader reader, long length) throws SQLException {
        throw noSuchType("NCLOB");
    }

    @Override
    public void setNClob(int parameterIndex, Reader reader) throws SQLException {
        throw noSuchType("NCLOB");
    }

    @Override
    public void setURL(int parameterIndex, URL x) throws SQLException {
        set(parameterIndex, x.toString());
    }

    @Override
    public void setRowId(int parameterIndex, RowId x) throws SQLException {
        throw noSuchType("ROWID");
    }

    @Override
    public void setSQLXML(int parameterIndex, SQLXML xmlObject) throws SQLException {
        throw noSuchType("XML");
    }

    @Override
    public @Nullable ResultSetMetaData getMetaData() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public ParameterMetaData getParameterMetaData() throws SQLException {
        checkOpen();
        int count = bindings.layout().count();
        return new ParameterMetaData() {
            @Override
            public int getParameterCount() {
                return count;
            }

            @Override
            public int isNullable(int param) {
                return parameterNullableUnknown;
            }

            @Override
            public boolean isSigned(int param) {
                return true;
            }

            @Override
            public int getPrecision(int param) {
                return 0;
            }

            @Override
            public int getScale(int param) {
                return 0;
            }

            @Override
            public int getParameterType(int param) {
                return Types.OTHER;
            }

            @Override
            public String getParameterTypeName(int param) {
                return "OTHER";
            }

            @Override
            public String getParameterClassName(int param) {
                return Object.class.getName();
            }

            @Override
            public int getParameterMode(int param) {
                return parameterModeIn;
            }

            @Override
            public <T> T unwrap(Class<T> iface) throws SQLException {
                throw SqlExceptions.create(MilvusSqlState.GENERAL_ERROR, "not a wrapper for " + iface.getName());
            }

            @Override
            public boolean isWrapperFor(Class<?> iface) {
                return false;
            }
        };
    }
}

package dev.quiver.driver.internal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.driver.internal.exec.Column;
import dev.quiver.driver.internal.exec.ColumnType;
import dev.quiver.driver.internal.exec.RowSource;
import dev.quiver.proto.milvus.DataType;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MilvusResultSetTest {
    private static final List<Column> COLUMNS = List.of(
            new Column("id", ColumnType.BIGINT, false),
            Column.of("title", ColumnType.of(DataType.VarChar, 64, null)),
            Column.of("embedding", ColumnType.of(DataType.FloatVector, 3, null)),
            Column.of("bits", ColumnType.of(DataType.BinaryVector, 16, null)),
            Column.of("sparse", ColumnType.of(DataType.SparseFloatVector, 0, null)),
            Column.of("meta", ColumnType.JSON),
            Column.of("tags", ColumnType.of(DataType.Array, 4, DataType.Int64)),
            Column.of("score", ColumnType.REAL),
            Column.of("flag", ColumnType.BOOLEAN));

    private static ResultSet resultSet(long maxRows) {
        Map<Long, Float> sparse = new TreeMap<>(Map.of(3L, 0.5f, 17L, 0.25f));
        List<Object[]> rows = List.of(
                new Object[] {1L, "Alien", new float[] {0.1f, 0.2f, 0.3f}, new byte[] {0x0F, 0x3C}, sparse,
                        "{\"a\": 1}", List.of(1L, 2L), 0.5f, true},
                new Object[] {2L, null, null, null, null, null, null, null, null});
        return new MilvusResultSet(null, RowSource.of(COLUMNS, rows), maxRows);
    }

    @Test
    void gettersConvertValues() throws SQLException {
        try (ResultSet rs = resultSet(0)) {
            assertThat(rs.isBeforeFirst()).isTrue();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getRow()).isEqualTo(1);
            assertThat(rs.getLong("id")).isEqualTo(1L);
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.getString(1)).isEqualTo("1");
            assertThat(rs.getBigDecimal(1)).isEqualTo(BigDecimal.ONE);
            assertThat(rs.getString("TITLE")).isEqualTo("Alien");
            assertThat(rs.getObject("embedding")).isEqualTo(new float[] {0.1f, 0.2f, 0.3f});
            assertThat(rs.getString("embedding")).isEqualTo("[0.1, 0.2, 0.3]");
            assertThat(rs.getObject("embedding", List.class)).isEqualTo(List.of(0.1f, 0.2f, 0.3f));
            assertThat(rs.getBytes("bits")).containsExactly(0x0F, 0x3C);
            assertThat(rs.getString("bits")).isEqualTo("x'0F3C'");
            assertThat(rs.getObject("sparse")).isEqualTo(Map.of(3L, 0.5f, 17L, 0.25f));
            assertThat(rs.getString("sparse")).isEqualTo("{3: 0.5, 17: 0.25}");
            assertThat(rs.getString("meta")).isEqualTo("{\"a\": 1}");
            assertThat(rs.getObject("tags")).isEqualTo(List.of(1L, 2L));
            Array tags = rs.getArray("tags");
            assertThat((Object[]) tags.getArray()).containsExactly(1L, 2L);
            assertThat(tags.getBaseType()).isEqualTo(Types.BIGINT);
            assertThat(rs.getFloat("score")).isEqualTo(0.5f);
            assertThat(rs.getDouble("score")).isEqualTo(0.5);
            assertThat(rs.getBoolean("flag")).isTrue();
            assertThat(rs.getInt("flag")).isEqualTo(1);
            assertThat(rs.wasNull()).isFalse();
            assertThatThrownBy(() -> rs.getInt("title")).isInstanceOf(SQLDataException.class)
                    .hasMessage("cannot convert the String value of column title to an integer");
            assertThatThrownBy(() -> rs.getLong("score")).isInstanceOf(SQLDataException.class);
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString("title")).isNull();
            assertThat(rs.wasNull()).isTrue();
            assertThat(rs.getLong("score")).isZero();
            assertThat(rs.wasNull()).isTrue();
            assertThat(rs.next()).isFalse();
            assertThat(rs.isAfterLast()).isTrue();
            assertThatThrownBy(() -> rs.getLong(1)).hasMessage("the result set has no more rows");
        }
    }

    @Test
    void metadataDescribesColumns() throws SQLException {
        try (ResultSet rs = resultSet(0)) {
            ResultSetMetaData md = rs.getMetaData();
            assertThat(md.getColumnCount()).isEqualTo(9);
            assertThat(md.getColumnType(1)).isEqualTo(Types.BIGINT);
            assertThat(md.isNullable(1)).isEqualTo(ResultSetMetaData.columnNoNulls);
            assertThat(md.getColumnTypeName(2)).isEqualTo("VARCHAR(64)");
            assertThat(md.getColumnDisplaySize(2)).isEqualTo(64);
            assertThat(md.getColumnTypeName(3)).isEqualTo("FLOAT_VECTOR(3)");
            assertThat(md.getColumnType(3)).isEqualTo(Types.OTHER);
            assertThat(md.getColumnClassName(3)).isEqualTo("[F");
            assertThat(md.getColumnClassName(4)).isEqualTo("[B");
            assertThat(md.getColumnTypeName(7)).isEqualTo("ARRAY<INT64>(4)");
            assertThat(md.getColumnType(7)).isEqualTo(Types.ARRAY);
            assertThat(md.getColumnType(8)).isEqualTo(Types.REAL);
            assertThat(md.getColumnLabel(9)).isEqualTo("flag");
            assertThatThrownBy(() -> md.getColumnName(10)).hasMessage("column index 10 is out of range: the result has 9 columns");
        }
    }

    @Test
    void forwardOnlyReadOnlyAndMaxRows() throws SQLException {
        try (ResultSet rs = resultSet(1)) {
            assertThat(rs.getType()).isEqualTo(ResultSet.TYPE_FORWARD_ONLY);
            assertThat(rs.getConcurrency()).isEqualTo(ResultSet.CONCUR_READ_ONLY);
            assertThatThrownBy(rs::previous).isInstanceOf(SQLFeatureNotSupportedException.class);
            assertThatThrownBy(() -> rs.updateLong(1, 2L)).isInstanceOf(SQLFeatureNotSupportedException.class);
            assertThatThrownBy(() -> rs.getLong(1)).hasMessage("call next() before reading a row");
            assertThat(rs.next()).isTrue();
            assertThat(rs.next()).isFalse();
            assertThatThrownBy(() -> rs.findColumn("nope")).hasMessageStartingWith("no column 'nope' in the result; its columns are id, title");
        }
        ResultSet closed = resultSet(0);
        closed.close();
        assertThat(closed.isClosed()).isTrue();
        assertThatThrownBy(closed::next).hasMessage("the result set is closed");
    }
}

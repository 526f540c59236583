package dev.quiver.driver.internal.jdbc;

import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.driver.internal.exec.Column;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** Column metadata from the {@link Column}s of a row source. Immutable. */
final class MilvusResultSetMetaData extends SelfWrapper implements ResultSetMetaData {
    private final List<Column> columns;

    MilvusResultSetMetaData(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    private Column column(int index) throws SQLException {
        if (index < 1 || index > columns.size()) {
            throw SqlExceptions.invalidValue("column index " + index + " is out of range: the result has "
                    + columns.size() + " column" + (columns.size() == 1 ? "" : "s"));
        }
        return columns.get(index - 1);
    }

    @Override
    public int getColumnCount() {
        return columns.size();
    }

    @Override
    public boolean isAutoIncrement(int column) throws SQLException {
        column(column);
        return false;
    }

    @Override
    public boolean isCaseSensitive(int column) throws SQLException {
        return column(column).type().jdbcType() == Types.VARCHAR;
    }

    @Override
    public boolean isSearchable(int column) throws SQLException {
        return !column(column).type().isVector();
    }

    @Override
    public boolean isCurrency(int column) throws SQLException {
        column(column);
        return false;
    }

    @Override
    public int isNullable(int column) throws SQLException {
        return column(column).nullable() ? columnNullable : columnNoNulls;
    }

    @Override
    public boolean isSigned(int column) throws SQLException {
        return switch (column(column).type().jdbcType()) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT, Types.REAL, Types.DOUBLE -> true;
            default -> false;
        };
    }

    @Override
    public int getColumnDisplaySize(int column) throws SQLException {
        return column(column).type().displaySize();
    }

    @Override
    public String getColumnLabel(int column) throws SQLException {
        return column(column).name();
    }

    @Override
    public String getColumnName(int column) throws SQLException {
        return column(column).name();
    }

    @Override
    public String getSchemaName(int column) throws SQLException {
        column(column);
        return "";
    }

    @Override
    public int getPrecision(int column) throws SQLException {
        return column(column).type().precision();
    }

    @Override
    public int getScale(int column) throws SQLException {
        column(column);
        return 0;
    }

    @Override
    public String getTableName(int column) throws SQLException {
        column(column);
        return "";
    }

    @Override
    public String getCatalogName(int column) throws SQLException {
        column(column);
        return "";
    }

    @Override
    public int getColumnType(int column) throws SQLException {
        return column(column).type().jdbcType();
    }

    @Override
    public String getColumnTypeName(int column) throws SQLException {
        return column(column).type().typeName();
    }

    @Override
    public boolean isReadOnly(int column) throws SQLException {
        column(column);
        return true;
    }

    @Override
    public boolean isWritable(int column) throws SQLException {
        column(column);
        return false;
    }

    @Override
    public boolean isDefinitelyWritable(int column) throws SQLException {
        column(column);
        return false;
    }

    @Override
    public String getColumnClassName(int column) throws SQLException {
        return column(column).type().javaClass().getName();
    }
}

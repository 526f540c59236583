package dev.quiver.console.output;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** A result column as the printers need it: its label and whether its values align to the right. */
record Column(String label, boolean numeric) {

    static List<Column> of(ResultSetMetaData metaData) throws SQLException {
        int count = metaData.getColumnCount();
        List<Column> columns = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            columns.add(new Column(metaData.getColumnLabel(i), isNumeric(metaData.getColumnType(i))));
        }
        return columns;
    }

    private static boolean isNumeric(int sqlType) {
        return switch (sqlType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.REAL, Types.FLOAT, Types.DOUBLE,
                 Types.DECIMAL, Types.NUMERIC -> true;
            default -> false;
        };
    }
}

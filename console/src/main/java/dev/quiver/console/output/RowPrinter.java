package dev.quiver.console.output;

import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A printer of {@link Rows}; result sets are read through the same code. */
abstract class RowPrinter implements ResultPrinter {

    @Override
    public final long print(ResultSet rows, PrintWriter out) throws SQLException {
        return print(Rows.of(rows), out);
    }

    /** Prints every remaining row; returns how many. */
    abstract long print(Rows rows, PrintWriter out) throws SQLException;
}

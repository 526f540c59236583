package dev.quiver.driver.internal.jdbc;

import dev.quiver.driver.internal.exec.RowSource;
import java.sql.ResultSet;

/** Result sets without a statement (metadata queries, generated keys), for the other internal packages. */
public final class ResultSets {
    private ResultSets() {
    }

    /** A forward-only, read-only result set over {@code rows}. */
    public static ResultSet of(RowSource rows) {
        return MilvusResultSet.detached(rows);
    }
}

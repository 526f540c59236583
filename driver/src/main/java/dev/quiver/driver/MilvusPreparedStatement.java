package dev.quiver.driver;

import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Named parameters of a prepared statement, reached with {@code unwrap(MilvusPreparedStatement.class)}.
 * {@code :name} parameters are also numbered in order of first appearance, so {@code setObject(1, ...)} binds the
 * first distinct name.
 */
public interface MilvusPreparedStatement extends MilvusStatement {

    /** Binds {@code value} to {@code :name} (the colon is optional); the accepted classes are those of setObject. */
    void setObject(String name, @Nullable Object value) throws SQLException;

    /** The distinct parameter names in order of first appearance; empty for {@code ?} parameters. */
    List<String> getParameterNames() throws SQLException;
}

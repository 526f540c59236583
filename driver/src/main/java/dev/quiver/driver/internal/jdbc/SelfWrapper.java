package dev.quiver.driver.internal.jdbc;

import dev.quiver.driver.MilvusSqlState;
import dev.quiver.driver.internal.error.SqlExceptions;
import java.sql.SQLException;
import java.sql.Wrapper;

/**
 * {@link Wrapper} for the driver's JDBC objects, which wrap nothing: they unwrap to themselves (as any interface
 * they implement, such as {@code MilvusStatement}) and to nothing else.
 */
public abstract class SelfWrapper implements Wrapper {

    /** This object as {@code iface}, or an error saying it is not a wrapper for it. */
    @Override
    public final <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw SqlExceptions.create(MilvusSqlState.GENERAL_ERROR, "not a wrapper for " + iface.getName());
    }

    /** Whether this object implements {@code iface}. */
    @Override
    public final boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}

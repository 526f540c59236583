package dev.quiver.driver;

import dev.quiver.driver.internal.jdbc.SelfWrapper;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** What {@link MilvusDataSource} and {@link PooledMilvusDataSource} answer alike: logging and unwrapping. */
abstract class DataSourceSupport extends SelfWrapper implements DataSource {

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("the driver logs through System.Logger, not java.util.logging");
    }
}

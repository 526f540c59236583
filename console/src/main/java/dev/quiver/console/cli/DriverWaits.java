package dev.quiver.console.cli;

import dev.quiver.console.session.ServerWaits;
import dev.quiver.driver.MilvusStatement;
import dev.quiver.driver.WaitProgress;
import java.sql.SQLException;
import java.sql.Statement;

/** The progress of waits from the Quiver driver's {@link dev.quiver.driver.WaitListener}; other drivers tell none. */
final class DriverWaits implements ServerWaits {

    @Override
    public void watch(Statement statement, Observer observer) throws SQLException {
        if (statement.isWrapperFor(MilvusStatement.class)) {
            statement.unwrap(MilvusStatement.class).setWaitListener(progress -> observer.waiting(
                    progress.waitingFor(), progress.unit() == WaitProgress.Unit.ROWS ? progress.done() : -1,
                    progress.fraction()));
        }
    }
}

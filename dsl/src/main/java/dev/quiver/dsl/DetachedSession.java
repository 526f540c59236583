package dev.quiver.dsl;

import dev.quiver.grammar.ast.Statement;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/** A session without a database: statements can be built and printed, not executed. */
final class DetachedSession implements Session {
    static final DetachedSession INSTANCE = new DetachedSession();

    private DetachedSession() {
    }

    @Override
    public Outcome run(Statement statement, AtomicReference<java.sql.@Nullable Statement> running) {
        throw new QuiverException("this Quiver is detached (Quiver.detached()): it builds statements but cannot"
                + " execute them; create one with Quiver.using(dataSource), Quiver.using(connection) or"
                + " Quiver.connect(url)");
    }

    @Override
    public Executor executor() {
        return Runnable::run;
    }
}

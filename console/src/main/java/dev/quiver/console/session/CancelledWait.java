package dev.quiver.console.session;

import java.sql.SQLException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Ctrl-C while a statement waited for the server: the console stops waiting, but the server goes on with what it
 * was asked, since Milvus has no way to take back a load, an index build or a flush (a client that times out, such
 * as pymilvus's {@code wait_for_loading_complete}, leaves it running too). The message says so and how to follow it.
 */
final class CancelledWait extends SQLException {
    private static final long serialVersionUID = 1L;
    private static final Pattern LOAD = Pattern.compile("LOAD\\b.*");

    private CancelledWait(String message, SQLException cause) {
        super(message, "57014", cause);
    }

    /**
     * The cancellation of {@code sql}, when it is a statement that waits for the server; null for others.
     *
     * @param waitingFor what the driver said it waited for, or null when it said nothing yet
     */
    static @Nullable CancelledWait of(String sql, @Nullable String waitingFor, SQLException cause) {
        String verb = CommandTags.leadingWords(sql);
        String follow;
        // CREATE COLLECTION waits only for the load of a quick create, and then the driver says so
        if (LOAD.matcher(verb).matches() || verb.equals("CREATE COLLECTION") && waitingFor != null) {
            follow = "SHOW LOAD STATE OF the collection tells how far it got";
        } else if (verb.equals("CREATE INDEX")) {
            follow = "SHOW INDEXES FROM the collection tells how far it got";
        } else if (verb.equals("FLUSH ALL")) {
            follow = "SHOW FLUSH ALL STATE AT its flush_all_ts tells when it is done";
        } else if (verb.equals("FLUSH")) {
            follow = "SHOW FLUSH STATE OF the collection AT its flush_ts tells when it is done";
        } else {
            return null;
        }
        return new CancelledWait("stopped waiting for " + (waitingFor != null ? waitingFor : "the " + verb)
                + "; the server goes on with it (" + follow + ")", cause);
    }
}

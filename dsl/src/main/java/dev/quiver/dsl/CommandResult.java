package dev.quiver.dsl;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a statement that acts (rather than reads) reported: its update count, its command tag such as
 * {@code INSERT 5} or {@code RELEASE PARTITION 1}, and its details (for example {@code timestamp} of an insert).
 * Immutable.
 */
public final class CommandResult {
    private final long updateCount;
    private final @Nullable String commandTag;
    private final Map<String, Object> details;

    CommandResult(Outcome outcome) {
        this.updateCount = Math.max(outcome.updateCount(), 0);
        this.commandTag = outcome.commandTag();
        this.details = outcome.details();
    }

    /**
     * The rows inserted, upserted or deleted; 0 for other statements.
     *
     * @return the count
     */
    public long getUpdateCount() {
        return updateCount;
    }

    /**
     * The command tag, such as {@code FLUSH 1} or {@code CREATE COLLECTION}.
     *
     * @return the tag, or null when the driver reported none
     */
    public @Nullable String getCommandTag() {
        return commandTag;
    }

    /**
     * The statement's details as the driver reports them ({@code MilvusStatement.getDetails()}).
     *
     * @return an unmodifiable map, empty when there are none
     */
    public Map<String, Object> getDetails() {
        return details;
    }

    /**
     * The tag and count, for logs.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
        return "CommandResult[" + commandTag + ", updateCount=" + updateCount + ", details=" + details + "]";
    }
}

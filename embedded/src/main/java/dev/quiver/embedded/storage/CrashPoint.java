package dev.quiver.embedded.storage;

import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Named points inside the storage commit protocol where crash tests make the process die. Test-only: unless the
 * system property {@value #PROPERTY} is set (to {@code point} or {@code point@n}, the n-th time the point is reached),
 * {@link #reach(String)} does nothing. When it fires it halts the JVM at once ({@link Runtime#halt(int)}, no shutdown
 * hooks, no flushing of files), which is what a SIGKILL or a power cut does to the process.
 *
 * <p>Points: {@code segment-temp-written}, {@code segment-renamed} (a segment file is written but not yet in the
 * manifest), {@code manifest-temp-written}, {@code manifest-renamed}, {@code manifest-committed} (committed, obsolete
 * files not yet deleted) and {@code wal-checkpointed} (checkpoint in the manifest, WAL files not yet deleted).
 */
public final class CrashPoint {
    /** The system property naming the point at which to halt. */
    public static final String PROPERTY = "quiver.test.crashAt";
    /** The exit status of a halt at a crash point. */
    public static final int EXIT_STATUS = 86;

    private static final @Nullable String POINT;
    private static final int OCCURRENCE;
    private static final AtomicInteger HITS = new AtomicInteger();

    static {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            POINT = null;
            OCCURRENCE = 0;
        } else {
            int at = value.indexOf('@');
            POINT = at < 0 ? value : value.substring(0, at);
            OCCURRENCE = at < 0 ? 1 : Integer.parseInt(value.substring(at + 1));
        }
    }

    private CrashPoint() {
    }

    /** Halts the JVM if this is the configured point and occurrence; otherwise returns at once. */
    public static void reach(String point) {
        if (POINT != null && POINT.equals(point) && HITS.incrementAndGet() == OCCURRENCE) {
            System.out.println("HALT " + point + "@" + OCCURRENCE);
            System.out.flush();
            Runtime.getRuntime().halt(EXIT_STATUS);
        }
    }
}

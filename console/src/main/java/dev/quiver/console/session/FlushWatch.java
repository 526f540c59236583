package dev.quiver.console.session;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Notices FLUSH statements issued in a loop. Milvus rate-limits flush per collection and every flush seals the
 * growing segments, so flushing after each small insert leaves many tiny segments: after more than
 * {@value #MAX_PER_MINUTE} flushes of one collection within a minute this answers a warning, once per session.
 * Not thread-safe.
 */
final class FlushWatch {
    static final int MAX_PER_MINUTE = 3;
    private static final long WINDOW_MILLIS = 60_000;
    private static final Pattern FLUSH = Pattern.compile(
            "(?is)\\s*FLUSH\\s+(?:(ALL)\\b|PARTITION\\s+\\S+\\s+(?:FROM|IN|ON)\\s+([`\\w]+)|(?:COLLECTION\\s+)?(.+?))"
                    + "(?:\\s+NOWAIT)?(?:\\s+TIMEOUT\\s+\\S+)?\\s*");

    private final Map<String, Deque<Long>> recent = new HashMap<>();
    private boolean warned;

    /**
     * Records a statement that ran at {@code nowMillis}.
     *
     * @return the warning to print, or null
     */
    @Nullable String record(String sql, long nowMillis) {
        Matcher matcher = FLUSH.matcher(sql);
        if (warned || !matcher.matches()) {
            return null;
        }
        List<String> collections;
        if (matcher.group(1) != null) {
            collections = List.of("ALL");
        } else if (matcher.group(2) != null) {
            collections = List.of(matcher.group(2));
        } else {
            collections = List.of(matcher.group(3).split("\\s*,\\s*"));
        }
        for (String collection : collections) {
            Deque<Long> times = recent.computeIfAbsent(collection.toLowerCase(Locale.ROOT), key -> new ArrayDeque<>());
            times.addLast(nowMillis);
            while (!times.isEmpty() && times.peekFirst() <= nowMillis - WINDOW_MILLIS) {
                times.removeFirst();
            }
            if (times.size() > MAX_PER_MINUTE) {
                warned = true;
                String target = collection.equals("ALL") ? "FLUSH ALL" : "FLUSH of " + collection;
                return "warning: " + target + " ran " + times.size() + " times within a minute. Milvus rate-limits "
                        + "flush (by default 0.1 per second per collection) and every flush seals the growing "
                        + "segments, leaving many small ones; flush once after loading the data instead.";
            }
        }
        return null;
    }
}

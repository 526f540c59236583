package dev.quiver.embedded.storage;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures (and keeps off the console) what a storage class (the WAL by default) logs through
 * {@link System.Logger}, which defaults to JUL.
 */
public final class CapturedLog implements AutoCloseable {
    private final Logger logger;
    private final boolean usedParentHandlers;
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(new java.util.logging.SimpleFormatter().formatMessage(record));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    CapturedLog() {
        this(WriteAheadLog.class);
    }

    /** Captures the warnings {@code source} logs. */
    public CapturedLog(Class<?> source) {
        logger = Logger.getLogger(source.getName());
        usedParentHandlers = logger.getUseParentHandlers();
        logger.addHandler(handler);
        logger.setUseParentHandlers(false);
    }

    /** The warnings (and worse) logged so far, formatted. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setUseParentHandlers(usedParentHandlers);
    }
}

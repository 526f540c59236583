package dev.quiver.embedded.storage;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Captures (and keeps off the console) what the WAL logs through {@link System.Logger}, which defaults to JUL. */
final class CapturedLog implements AutoCloseable {
    private final Logger logger = Logger.getLogger(WriteAheadLog.class.getName());
    private final boolean usedParentHandlers = logger.getUseParentHandlers();
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
        logger.addHandler(handler);
        logger.setUseParentHandlers(false);
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setUseParentHandlers(usedParentHandlers);
    }
}

package dev.quiver.wire;

import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Keeps credentials out of gRPC's HTTP/2 frame log. At {@code FINE}, Netty's frame logger (the loggers
 * {@link #CLIENT_LOGGER} and {@link #SERVER_LOGGER}) prints every header, Milvus's {@code authorization} header
 * (base64 of {@code user:password}) among them, and every DATA frame as hex, which holds the passwords of
 * CreateCredential and UpdateCredential requests. This filter, installed on those two loggers, replaces the header's
 * value and DATA frame bytes with {@code ***} and then defers to the filter that was there. Thread-safe.
 */
public final class FrameLogRedaction implements Filter {
    /** grpc-netty-shaded's client-side frame logger. */
    public static final String CLIENT_LOGGER = "io.grpc.netty.shaded.io.grpc.netty.NettyClientHandler";
    /** grpc-netty-shaded's server-side frame logger. */
    public static final String SERVER_LOGGER = "io.grpc.netty.shaded.io.grpc.netty.NettyServerHandler";
    private static final Pattern AUTHORIZATION = Pattern.compile("(?i)(authorization[\"']?\\s*[:=]\\s*)[^,\\]\\s]+");
    private static final Pattern BYTES = Pattern.compile("(bytes=)[0-9a-fA-F]+");
    /** Held so that the configured loggers (and their filters) are not collected. */
    private static final Logger[] INSTALLED = {Logger.getLogger(CLIENT_LOGGER), Logger.getLogger(SERVER_LOGGER)};

    private final @Nullable Filter next;

    private FrameLogRedaction(@Nullable Filter next) {
        this.next = next;
    }

    /** Installs the filter on both frame loggers, once. */
    public static synchronized void install() {
        for (Logger logger : INSTALLED) {
            if (!(logger.getFilter() instanceof FrameLogRedaction)) {
                logger.setFilter(new FrameLogRedaction(logger.getFilter()));
            }
        }
    }

    /** {@code text} with the authorization header's value and frame bytes replaced by {@code ***}. */
    public static String redact(String text) {
        return BYTES.matcher(AUTHORIZATION.matcher(text).replaceAll("$1***")).replaceAll("$1***");
    }

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record.getMessage() != null) {
            record.setMessage(redact(record.getMessage()));
        }
        Object[] parameters = record.getParameters();
        if (parameters != null) {
            @Nullable Object[] redacted = new Object[parameters.length];
            for (int i = 0; i < parameters.length; i++) {
                redacted[i] = parameters[i] == null ? null : redact(String.valueOf(parameters[i]));
            }
            record.setParameters(redacted);
        }
        return next == null || next.isLoggable(record);
    }
}

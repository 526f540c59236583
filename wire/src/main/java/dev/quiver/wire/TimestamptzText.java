package dev.quiver.wire;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;

/**
 * The text form of TIMESTAMPTZ values as Milvus 2.6 reads and writes it. Clients send ISO 8601 text (RFC 3339 with
 * an offset, or a naive {@code yyyy-MM-dd[T| ]HH:mm:ss[.fraction]} read in the collection's time zone); the proxy
 * stores int64 microseconds since the epoch (UTC) and answers RFC 3339 text in the collection's time zone with at
 * most six fraction digits and no trailing zeros ({@code 2025-01-03T16:00:00Z}, {@code 2025-01-04T00:00:00+08:00}).
 * Stateless.
 */
public final class TimestamptzText {
    /** The time zone Milvus uses when neither the request, the collection nor the database names one. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");
    /** The property (collection, database) and request parameter that names a time zone. */
    public static final String TIMEZONE_KEY = "timezone";

    private static final int MAX_OFFSET_HOURS = 14;
    private static final int MIN_OFFSET_HOURS = -12;
    private static final DateTimeFormatter WITH_OFFSET = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .appendOffset("+HH:MM", "Z")
            .toFormatter().withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter NAIVE_T = naive("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter NAIVE_SPACE = naive("uuuu-MM-dd HH:mm:ss");
    private static final DateTimeFormatter OUTPUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private TimestamptzText() {
    }

    private static DateTimeFormatter naive(String pattern) {
        return new DateTimeFormatterBuilder().appendPattern(pattern)
                .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
                .toFormatter().withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * Microseconds since the epoch of {@code text}, read as Milvus's {@code ParseTimeTz} reads it.
     *
     * @param zone the zone of a text without an offset
     * @throws IllegalArgumentException with Milvus's own reason when the text is not a timestamp it accepts
     */
    public static long parse(String text, ZoneId zone) {
        Instant instant;
        try {
            OffsetDateTime withOffset = OffsetDateTime.parse(text, WITH_OFFSET);
            int offsetSeconds = withOffset.getOffset().getTotalSeconds();
            if (offsetSeconds > MAX_OFFSET_HOURS * 3600 || offsetSeconds < MIN_OFFSET_HOURS * 3600) {
                throw new IllegalArgumentException("UTC offset hour " + offsetSeconds / 3600
                        + " is out of the valid range [" + MIN_OFFSET_HOURS + ", " + MAX_OFFSET_HOURS + "]");
            }
            instant = withOffset.toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                DateTimeFormatter naive = text.indexOf('T') >= 0 ? NAIVE_T : NAIVE_SPACE;
                instant = LocalDateTime.parse(text, naive).atZone(zone).toInstant();
            } catch (DateTimeParseException notNaive) {
                throw new IllegalArgumentException("invalid timestamp string: '" + text
                        + "'. Does not match any known format");
            }
        }
        return toMicros(instant);
    }

    /** Microseconds since the epoch of {@code instant}, truncated to the microsecond as Go's {@code UnixMicro}. */
    public static long toMicros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
    }

    /** The instant {@code micros} microseconds after the epoch. */
    public static Instant toInstant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
    }

    /** {@code micros} as the proxy answers it in {@code zone}. */
    public static String format(long micros, ZoneId zone) {
        ZonedDateTime time = toInstant(micros).atZone(zone);
        StringBuilder out = new StringBuilder(OUTPUT.format(time));
        int fraction = time.getNano() / 1000;
        if (fraction != 0) {
            String digits = String.format("%06d", fraction);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            out.append('.').append(digits, 0, end);
        }
        ZoneOffset offset = time.getOffset();
        if (offset.getTotalSeconds() == 0) {
            out.append('Z');
        } else {
            int minutes = Math.abs(offset.getTotalSeconds()) / 60;
            out.append(offset.getTotalSeconds() < 0 ? '-' : '+')
                    .append(String.format("%02d:%02d", minutes / 60, minutes % 60));
        }
        return out.toString();
    }

    /** The text the proxy answers, read back as an offset date-time. */
    public static OffsetDateTime toOffsetDateTime(String text) {
        return OffsetDateTime.parse(text, WITH_OFFSET);
    }

    /**
     * The zone named {@code name} (an IANA id such as {@code Asia/Shanghai}, or {@code UTC}).
     *
     * @throws IllegalArgumentException when the name is not one
     */
    public static ZoneId zone(String name) {
        try {
            ZoneId zone = ZoneId.of(name.trim());
            if (zone instanceof ZoneOffset) {
                throw new IllegalArgumentException("not an IANA time zone id: " + name);
            }
            return zone;
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not an IANA time zone id: " + name, e);
        }
    }
}

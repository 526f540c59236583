package dev.quiver.embedded.filter;

import dev.quiver.wire.TimestamptzText;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO 8601 duration {@code P[nY][nM][nW][nD][T[nH][nM][n[.f]S]]} as a filter's {@code INTERVAL '...'}: the date
 * part moves the calendar (in UTC), the time part adds elapsed time. Immutable.
 */
final class IsoInterval {
    private static final Pattern SHAPE = Pattern.compile(
            "P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?");
    private final Period period;
    private final Duration duration;

    private IsoInterval(Period period, Duration duration) {
        this.period = period;
        this.duration = duration;
    }

    /**
     * @throws IllegalArgumentException when {@code text} is not such a duration
     */
    static IsoInterval parse(String text) {
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("invalid ISO 8601 duration: '" + text + "'");
        }
        int t = text.indexOf('T');
        try {
            Period period = t == 1 ? Period.ZERO : Period.parse(t < 0 ? text : text.substring(0, t));
            Duration duration = t < 0 ? Duration.ZERO : Duration.parse("PT" + text.substring(t + 1));
            return new IsoInterval(period, duration);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("invalid ISO 8601 duration: '" + text + "'", e);
        }
    }

    /** {@code micros} moved by this interval, forwards ({@code sign} 1) or backwards (-1). */
    long shift(long micros, int sign) {
        ZonedDateTime time = ZonedDateTime.ofInstant(TimestamptzText.toInstant(micros), ZoneOffset.UTC);
        ZonedDateTime moved = sign > 0 ? time.plus(period).plus(duration) : time.minus(period).minus(duration);
        return TimestamptzText.toMicros(moved.toInstant());
    }
}

package dev.quiver.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimestamptzTextTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void textWithAnOffsetIsReadAsThatInstant() {
        long micros = TimestamptzText.parse("2025-01-03T00:00:00+08:00", TimestamptzText.DEFAULT_ZONE);
        assertThat(micros).isEqualTo(1_735_833_600_000_000L);
        assertThat(TimestamptzText.parse("2025-01-02T16:00:00Z", SHANGHAI)).isEqualTo(micros);
        assertThat(TimestamptzText.parse("2025-01-02T16:00:00.1234567Z", SHANGHAI)).isEqualTo(micros + 123_456);
    }

    @Test
    void naiveTextIsReadInTheGivenZone() {
        assertThat(TimestamptzText.parse("2025-01-03 00:00:00", SHANGHAI)).isEqualTo(1_735_833_600_000_000L);
        assertThat(TimestamptzText.parse("2025-01-03T00:00:00.5", ZoneId.of("UTC")))
                .isEqualTo(1_735_862_400_500_000L);
    }

    @Test
    void badTextGetsMilvusReasons() {
        assertThatThrownBy(() -> TimestamptzText.parse("yesterday", SHANGHAI))
                .hasMessage("invalid timestamp string: 'yesterday'. Does not match any known format");
        assertThatThrownBy(() -> TimestamptzText.parse("2025-01-03T00:00:00+15:00", SHANGHAI))
                .hasMessage("UTC offset hour 15 is out of the valid range [-12, 14]");
        assertThatThrownBy(() -> TimestamptzText.parse("2025-02-30T00:00:00Z", SHANGHAI))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void outputIsRfc3339InTheZoneWithoutTrailingZeros() {
        long micros = 1_735_833_600_000_000L;
        assertThat(TimestamptzText.format(micros, ZoneId.of("UTC"))).isEqualTo("2025-01-02T16:00:00Z");
        assertThat(TimestamptzText.format(micros, SHANGHAI)).isEqualTo("2025-01-03T00:00:00+08:00");
        assertThat(TimestamptzText.format(micros + 120_000, ZoneId.of("America/St_Johns")))
                .isEqualTo("2025-01-02T12:30:00.12-03:30");
        assertThat(TimestamptzText.format(-1, ZoneId.of("UTC"))).isEqualTo("1969-12-31T23:59:59.999999Z");
        assertThat(TimestamptzText.toOffsetDateTime("2025-01-03T00:00:00+08:00").toInstant())
                .isEqualTo(TimestamptzText.toInstant(micros));
    }

    @Test
    void zonesAreIanaIds() {
        assertThat(TimestamptzText.zone("Asia/Shanghai")).isEqualTo(SHANGHAI);
        assertThatThrownBy(() -> TimestamptzText.zone("Mars/Olympus")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimestamptzText.zone("+08:00")).isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.quiver.driver.internal.exec.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VectorCodecTest {

    @ParameterizedTest(name = "fp16({0}) = {1}")
    @CsvSource({
        "1.0, 3C00", "-2.0, C000", "0.0, 0000", "-0.0, 8000", "65504.0, 7BFF", "0.1, 2E66", "0.5, 3800",
        "100000.0, 7C00", "5.9604645E-8, 0001", "6.1035156E-5, 0400", "0.33333334, 3555", "Infinity, 7C00",
        "1.0009766, 3C01", "1.00048828125, 3C00"
    })
    void floatToHalfRoundsToNearestEven(float value, String hex) {
        assertThat(String.format("%04X", VectorCodec.floatToHalf(value) & 0xFFFF)).isEqualTo(hex);
    }

    @ParameterizedTest(name = "bf16({0}) = {1}")
    @CsvSource({"1.0, 3F80", "-2.0, C000", "3.14159, 4049", "0.0, 0000", "1.00390625, 3F80", "1.01171875, 3F82"})
    void floatToBFloat16RoundsToNearestEven(float value, String hex) {
        assertThat(String.format("%04X", VectorCodec.floatToBFloat16(value) & 0xFFFF)).isEqualTo(hex);
    }

    @Test
    void halfAndBFloat16RoundTripExactValues() {
        for (float f : new float[] {1f, -2f, 0.5f, 1024f, -0.25f, 65504f, 6.1035156E-5f}) {
            assertThat(VectorCodec.halfToFloat(VectorCodec.floatToHalf(f))).isEqualTo(f);
        }
        for (float f : new float[] {1f, -2f, 0.5f, 1024f, -0.25f, 3.0E38f, 1.00390625f}) {
            float back = VectorCodec.bfloat16ToFloat(VectorCodec.floatToBFloat16(f));
            assertThat(Math.abs(back - f)).isLessThanOrEqualTo(Math.ulp(f) * 65536);
        }
    }

    @Test
    void fp16VectorsAreLittleEndianTwoBytesPerDimension() {
        assertThat(VectorCodec.toFloat16(new float[] {1f, -2f})).containsExactly(0x00, 0x3C, 0x00, 0xC0 - 256);
        assertThat(VectorCodec.toBFloat16(new float[] {1f})).containsExactly(0x80 - 256, 0x3F);
    }

    @Test
    void floatsAreLittleEndianFloat32() {
        assertThat(VectorCodec.floatsLittleEndian(new float[] {1f}).toByteArray())
                .containsExactly(0x00, 0x00, 0x80 - 256, 0x3F);
    }

    @Test
    void sparseRowsAreLittleEndianIndexValuePairs() {
        ByteString row = VectorCodec.sparseRow(new long[] {3, 17}, new float[] {0.5f, 0.25f});
        assertThat(row.toByteArray()).containsExactly(
                3, 0, 0, 0, 0, 0, 0, 0x3F,
                17, 0, 0, 0, 0, 0, 0x80 - 256, 0x3E);
        assertThat(VectorCodec.decodeSparse(row)).containsExactly(Map.entry(3L, 0.5f), Map.entry(17L, 0.25f));
    }

    @Test
    void sparseIndicesAboveTwoToThe31AreUnsigned() {
        ByteString row = VectorCodec.sparseRow(new long[] {4_000_000_000L}, new float[] {1f});
        assertThat(VectorCodec.decodeSparse(row)).containsExactly(Map.entry(4_000_000_000L, 1f));
    }
}

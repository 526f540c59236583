package dev.quiver.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VectorBytesTest {

    @ParameterizedTest(name = "fp16({0}) = {1}")
    @CsvSource({
        "1.0, 3C00", "-2.0, C000", "0.0, 0000", "-0.0, 8000", "65504.0, 7BFF", "0.1, 2E66", "0.5, 3800",
        "100000.0, 7C00", "5.9604645E-8, 0001", "6.1035156E-5, 0400", "0.33333334, 3555", "Infinity, 7C00",
        "1.0009766, 3C01", "1.00048828125, 3C00"
    })
    void floatToHalfRoundsToNearestEven(float value, String hex) {
        assertThat(String.format("%04X", VectorBytes.floatToFloat16(value) & 0xFFFF)).isEqualTo(hex);
    }

    @ParameterizedTest(name = "bf16({0}) = {1}")
    @CsvSource({"1.0, 3F80", "-2.0, C000", "3.14159, 4049", "0.0, 0000", "1.00390625, 3F80", "1.01171875, 3F82"})
    void floatToBFloat16RoundsToNearestEven(float value, String hex) {
        assertThat(String.format("%04X", VectorBytes.floatToBFloat16(value) & 0xFFFF)).isEqualTo(hex);
    }

    @Test
    void halfAndBFloat16RoundTripExactValues() {
        for (float f : new float[] {1f, -2f, 0.5f, 1024f, -0.25f, 65504f, 6.1035156E-5f}) {
            assertThat(VectorBytes.float16ToFloat(VectorBytes.floatToFloat16(f))).isEqualTo(f);
        }
        for (float f : new float[] {1f, -2f, 0.5f, 1024f, -0.25f, 3.0E38f, 1.00390625f}) {
            float back = VectorBytes.bfloat16ToFloat(VectorBytes.floatToBFloat16(f));
            assertThat(Math.abs(back - f)).isLessThanOrEqualTo(Math.ulp(f) * 65536);
        }
    }

    @Test
    void fp16VectorsAreLittleEndianTwoBytesPerDimension() {
        assertThat(VectorBytes.float16(new float[] {1f, -2f})).containsExactly(0x00, 0x3C, 0x00, 0xC0 - 256);
        assertThat(VectorBytes.bfloat16(new float[] {1f})).containsExactly(0x80 - 256, 0x3F);
    }

    @Test
    void floatsAreLittleEndianFloat32() {
        assertThat(VectorBytes.float32(new float[] {1f}).toByteArray())
                .containsExactly(0x00, 0x00, 0x80 - 256, 0x3F);
    }

    @Test
    void float32BytesDecodeBackAndRejectPartialValues() {
        ByteString bytes = VectorBytes.float32(new float[] {1.5f, -3f, Float.MIN_VALUE});
        assertThat(VectorBytes.float32(bytes)).containsExactly(1.5f, -3f, Float.MIN_VALUE);
        assertThatThrownBy(() -> VectorBytes.float32(bytes.substring(0, 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a multiple of 4");
    }

    @Test
    void halfVectorsDecodeFromAnOffset() {
        byte[] bytes = new byte[2 + 4];
        System.arraycopy(VectorBytes.float16(new float[] {0.5f, -8f}), 0, bytes, 2, 4);
        float[] out = new float[2];
        VectorBytes.decodeFloat16(bytes, 2, out);
        assertThat(out).containsExactly(0.5f, -8f);
        System.arraycopy(VectorBytes.bfloat16(new float[] {2f, -0.25f}), 0, bytes, 2, 4);
        VectorBytes.decodeBFloat16(bytes, 2, out);
        assertThat(out).containsExactly(2f, -0.25f);
    }

    @Test
    void fp16SpecialValues() {
        assertThat(Float.isNaN(VectorBytes.float16ToFloat(VectorBytes.floatToFloat16(Float.NaN)))).isTrue();
        assertThat(VectorBytes.float16ToFloat((short) 0x0001)).isEqualTo(5.9604645E-8f);
        assertThat(VectorBytes.float16ToFloat((short) 0xFC00)).isEqualTo(Float.NEGATIVE_INFINITY);
        assertThat(Float.isNaN(VectorBytes.bfloat16ToFloat(VectorBytes.floatToBFloat16(Float.NaN)))).isTrue();
    }

    @Test
    void sparseRowsAreLittleEndianIndexValuePairs() {
        ByteString row = SparseRow.of(new long[] {3, 17}, new float[] {0.5f, 0.25f}).encode();
        assertThat(row.toByteArray()).containsExactly(
                3, 0, 0, 0, 0, 0, 0, 0x3F,
                17, 0, 0, 0, 0, 0, 0x80 - 256, 0x3E);
        assertThat(SparseRow.decode(row).toMap()).containsExactly(Map.entry(3L, 0.5f), Map.entry(17L, 0.25f));
    }

    @Test
    void sparseIndicesAboveTwoToThe31AreUnsigned() {
        ByteString row = SparseRow.of(new long[] {4_000_000_000L}, new float[] {1f}).encode();
        assertThat(SparseRow.decode(row).toMap()).containsExactly(Map.entry(4_000_000_000L, 1f));
    }

    @Test
    void sparseRowsRejectPartialPairsAndIndicesOutsideUint32() {
        assertThatThrownBy(() -> SparseRow.decode(ByteString.copyFrom(new byte[12])))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid sparse float vector: length 12 is not a multiple of 8");
        assertThatThrownBy(() -> SparseRow.of(new long[] {1L << 32}, new float[] {1f}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4294967296 is not a uint32");
        assertThatThrownBy(() -> new SparseRow(new int[] {1}, new float[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sparseDimensionIsLargestIndexPlusOneInAnyOrder() {
        assertThat(SparseRow.of(new long[] {9, 2}, new float[] {1f, 2f}).dimension()).isEqualTo(10);
        assertThat(SparseRow.of(new long[0], new float[0]).dimension()).isZero();
        assertThat(SparseRow.of(new long[] {4_294_967_294L}, new float[] {1f}).dimension()).isEqualTo(4_294_967_295L);
        assertThat(SparseRow.decode(SparseRow.of(new long[] {9, 2}, new float[] {1f, 2f}).encode()))
                .isEqualTo(SparseRow.of(new long[] {9, 2}, new float[] {1f, 2f}));
    }
}

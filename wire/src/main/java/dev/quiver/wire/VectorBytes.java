package dev.quiver.wire;

import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The byte forms of dense vectors in {@code VectorField} and {@code PlaceholderValue} (reference §4.2, §4.4):
 * {@code float_vector} travels as floats, but search placeholders carry little-endian float32 bytes; fp16 is IEEE
 * 754 binary16 and bf16 the upper half of a float32, both two little-endian bytes per dimension; int8 one signed
 * byte per dimension; binary vectors eight dimensions per byte. Conversions from float round to nearest even.
 * Stateless.
 */
public final class VectorBytes {
    private VectorBytes() {
    }

    /** The little-endian float32 bytes of {@code values}. */
    public static ByteString float32(float[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(values);
        return ByteString.copyFrom(b.array());
    }

    /**
     * Reads little-endian float32 values.
     *
     * @throws IllegalArgumentException when the length is not a multiple of 4
     */
    public static float[] float32(ByteString bytes) {
        if (bytes.size() % Float.BYTES != 0) {
            throw new IllegalArgumentException("float32 vector bytes: length " + bytes.size() + " is not a multiple of 4");
        }
        float[] out = new float[bytes.size() / Float.BYTES];
        bytes.asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out);
        return out;
    }

    /** The fp16 bytes (two per value, little-endian) of {@code values}. */
    public static byte[] float16(float[] values) {
        byte[] out = new byte[values.length * 2];
        for (int i = 0; i < values.length; i++) {
            putShort(out, 2 * i, floatToFloat16(values[i]));
        }
        return out;
    }

    /** The bf16 bytes (two per value, little-endian) of {@code values}. */
    public static byte[] bfloat16(float[] values) {
        byte[] out = new byte[values.length * 2];
        for (int i = 0; i < values.length; i++) {
            putShort(out, 2 * i, floatToBFloat16(values[i]));
        }
        return out;
    }

    /** Decodes {@code out.length} fp16 values from {@code bytes} starting at {@code offset}. */
    public static void decodeFloat16(byte[] bytes, int offset, float[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = float16ToFloat(getShort(bytes, offset + 2 * i));
        }
    }

    /** Decodes {@code out.length} signed int8 values from {@code bytes} starting at {@code offset}. */
    public static void decodeInt8(byte[] bytes, int offset, float[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes[offset + i];
        }
    }

    /** Decodes {@code out.length} bf16 values from {@code bytes} starting at {@code offset}. */
    public static void decodeBFloat16(byte[] bytes, int offset, float[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = bfloat16ToFloat(getShort(bytes, offset + 2 * i));
        }
    }

    /** IEEE 754 binary16 of {@code v}, rounded to nearest even; NaN stays NaN, overflow becomes infinity. */
    public static short floatToFloat16(float v) {
        int bits = Float.floatToRawIntBits(v);
        int sign = (bits >>> 16) & 0x8000;
        int exp = (bits >>> 23) & 0xFF;
        int mantissa = bits & 0x7FFFFF;
        if (exp == 0xFF) {
            return (short) (sign | 0x7C00 | (mantissa != 0 ? 0x200 : 0));
        }
        int e = exp - 127 + 15;
        if (e >= 0x1F) {
            return (short) (sign | 0x7C00);
        }
        if (e <= 0) {
            if (e < -10) {
                return (short) sign;
            }
            int m = mantissa | 0x800000;
            int shift = 14 - e;
            return (short) (sign | roundShift(m, shift));
        }
        int half = (e << 10) | (mantissa >> 13);
        int rest = mantissa & 0x1FFF;
        if (rest > 0x1000 || (rest == 0x1000 && (half & 1) == 1)) {
            half++;
        }
        return (short) (sign | half);
    }

    private static int roundShift(int m, int shift) {
        int kept = m >> shift;
        int rest = m & ((1 << shift) - 1);
        int halfway = 1 << (shift - 1);
        return rest > halfway || (rest == halfway && (kept & 1) == 1) ? kept + 1 : kept;
    }

    /** The float value of the binary16 {@code h} (Java 17 has no {@code Float.float16ToFloat}). */
    public static float float16ToFloat(short h) {
        int bits = h & 0xFFFF;
        int sign = (bits & 0x8000) << 16;
        int exp = (bits >>> 10) & 0x1F;
        int mantissa = bits & 0x3FF;
        if (exp == 0x1F) {
            return Float.intBitsToFloat(sign | 0x7F800000 | (mantissa << 13));
        }
        if (exp == 0) {
            if (mantissa == 0) {
                return Float.intBitsToFloat(sign);
            }
            float value = mantissa / 1024f * 0x1p-14f;
            return sign != 0 ? -value : value;
        }
        return Float.intBitsToFloat(sign | ((exp + 112) << 23) | (mantissa << 13));
    }

    /** The bfloat16 of {@code v}: the upper 16 bits of the float32, rounded to nearest even; NaN stays quiet NaN. */
    public static short floatToBFloat16(float v) {
        int bits = Float.floatToRawIntBits(v);
        if (Float.isNaN(v)) {
            return (short) ((bits >>> 16) | 0x40);
        }
        int rounding = 0x7FFF + ((bits >>> 16) & 1);
        return (short) ((bits + rounding) >>> 16);
    }

    /** The float value of the bfloat16 {@code b}. */
    public static float bfloat16ToFloat(short b) {
        return Float.intBitsToFloat((b & 0xFFFF) << 16);
    }

    private static void putShort(byte[] out, int at, short v) {
        out[at] = (byte) v;
        out[at + 1] = (byte) (v >>> 8);
    }

    private static short getShort(byte[] in, int at) {
        return (short) ((in[at] & 0xFF) | ((in[at + 1] & 0xFF) << 8));
    }
}

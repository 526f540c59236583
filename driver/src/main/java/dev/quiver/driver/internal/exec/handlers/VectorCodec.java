package dev.quiver.driver.internal.exec.handlers;

import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.TreeMap;

/**
 * Byte encodings of vectors (reference §4.2, §4.4): little-endian float32, IEEE half precision (fp16) and bfloat16
 * from floats, and sparse rows as little-endian (uint32 index, float32 value) pairs sorted by index. Stateless.
 */
final class VectorCodec {
    private VectorCodec() {
    }

    static ByteString floatsLittleEndian(float[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            b.putFloat(v);
        }
        return ByteString.copyFrom(b.array());
    }

    /** IEEE 754 binary16, round to nearest even, little-endian. */
    static byte[] toFloat16(float[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            b.putShort(floatToHalf(v));
        }
        return b.array();
    }

    /** bfloat16 (the upper 16 bits of the float32, rounded to nearest even), little-endian. */
    static byte[] toBFloat16(float[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            b.putShort(floatToBFloat16(v));
        }
        return b.array();
    }

    static short floatToBFloat16(float v) {
        int bits = Float.floatToRawIntBits(v);
        if (Float.isNaN(v)) {
            return (short) ((bits >>> 16) | 0x40);
        }
        int rounding = 0x7FFF + ((bits >>> 16) & 1);
        return (short) ((bits + rounding) >>> 16);
    }

    static short floatToHalf(float v) {
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
            int half = m >> shift;
            int rest = m & ((1 << shift) - 1);
            int halfway = 1 << (shift - 1);
            if (rest > halfway || (rest == halfway && (half & 1) == 1)) {
                half++;
            }
            return (short) (sign | half);
        }
        int half = (e << 10) | (mantissa >> 13);
        int rest = mantissa & 0x1FFF;
        if (rest > 0x1000 || (rest == 0x1000 && (half & 1) == 1)) {
            half++;
        }
        return (short) (sign | half);
    }

    static float halfToFloat(short h) {
        int bits = h & 0xFFFF;
        int sign = (bits & 0x8000) << 16;
        int exp = (bits >>> 10) & 0x1F;
        int mantissa = bits & 0x3FF;
        if (exp == 0) {
            if (mantissa == 0) {
                return Float.intBitsToFloat(sign);
            }
            float value = mantissa / 1024f * (float) Math.pow(2, -14);
            return sign != 0 ? -value : value;
        }
        if (exp == 0x1F) {
            return Float.intBitsToFloat(sign | 0x7F800000 | (mantissa << 13));
        }
        return Float.intBitsToFloat(sign | ((exp - 15 + 127) << 23) | (mantissa << 13));
    }

    static float bfloat16ToFloat(short b) {
        return Float.intBitsToFloat((b & 0xFFFF) << 16);
    }

    /** One sparse row: (u32 index, f32 value) little-endian pairs in index order. */
    static ByteString sparseRow(long[] indices, float[] values) {
        ByteBuffer b = ByteBuffer.allocate(indices.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < indices.length; i++) {
            b.putInt((int) indices[i]);
            b.putFloat(values[i]);
        }
        return ByteString.copyFrom(b.array());
    }

    /** Decodes a sparse row into index → value, sorted by index. */
    static Map<Long, Float> decodeSparse(ByteString row) {
        ByteBuffer b = row.asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        Map<Long, Float> out = new TreeMap<>();
        while (b.remaining() >= 8) {
            long index = Integer.toUnsignedLong(b.getInt());
            out.put(index, b.getFloat());
        }
        return out;
    }
}

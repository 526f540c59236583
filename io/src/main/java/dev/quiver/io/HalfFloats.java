package dev.quiver.io;

/** IEEE 754 half precision (fp16) to float, for writing FLOAT16_VECTOR values as numbers. */
final class HalfFloats {
    private HalfFloats() {
    }

    static float toFloat(int bits) {
        int sign = (bits & 0x8000) << 16;
        int exponent = (bits >>> 10) & 0x1f;
        int mantissa = bits & 0x3ff;
        if (exponent == 0x1f) {
            return Float.intBitsToFloat(sign | 0x7f800000 | mantissa << 13);
        }
        if (exponent == 0) {
            if (mantissa == 0) {
                return Float.intBitsToFloat(sign);
            }
            float value = mantissa / 1024f * (float) Math.pow(2, -14);
            return sign != 0 ? -value : value;
        }
        return Float.intBitsToFloat(sign | (exponent + 112) << 23 | mantissa << 13);
    }
}

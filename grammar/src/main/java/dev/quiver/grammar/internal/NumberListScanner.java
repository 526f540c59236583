package dev.quiver.grammar.internal;

import dev.quiver.grammar.expr.DecimalArrayLiteral;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.IntegerArrayLiteral;

/**
 * Converts the text of one {@code NUMBER_LIST} token ({@code [1, -2.5e3, 0.25]}) into a primitive array without
 * allocating an object per element: the vector fast path. The lexer has already checked the syntax, so the
 * scanner only needs to find the numbers.
 */
final class NumberListScanner {
    /** Powers of ten that a double represents exactly. */
    private static final double[] EXACT_POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };
    private static final long MAX_EXACT_MANTISSA = 1L << 53;

    private final CharSequence text;
    private int position;

    private NumberListScanner(CharSequence text) {
        this.text = text;
    }

    /**
     * Scans a number list: an {@link IntegerArrayLiteral} when every element is a whole number without fraction
     * or exponent, otherwise a {@link DecimalArrayLiteral}.
     *
     * @throws NumberFormatException when a whole number does not fit 64 bits or a decimal overflows a double
     */
    static Expression scan(CharSequence text) {
        return new NumberListScanner(text).scanList();
    }

    private Expression scanList() {
        int count = countElements();
        if (isIntegral()) {
            long[] values = new long[count];
            position = 1;
            for (int i = 0; i < count; i++) {
                values[i] = nextLong();
            }
            return new IntegerArrayLiteral(values);
        }
        double[] values = new double[count];
        position = 1;
        for (int i = 0; i < count; i++) {
            values[i] = nextDouble();
        }
        return new DecimalArrayLiteral(values);
    }

    private int countElements() {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ',') {
                count++;
            }
        }
        return count;
    }

    private boolean isIntegral() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return false;
            }
        }
        return true;
    }

    private void skipToNumber() {
        while (true) {
            char c = text.charAt(position);
            if (c == '-' || c == '.' || (c >= '0' && c <= '9')) {
                return;
            }
            position++;
        }
    }

    private long nextLong() {
        skipToNumber();
        boolean negative = text.charAt(position) == '-';
        if (negative) {
            position++;
        }
        int start = position;
        long value = 0;
        while (position < text.length() && isDigit(text.charAt(position))) {
            int digit = text.charAt(position) - '0';
            // accumulate negatively so that Long.MIN_VALUE fits
            if (value < (Long.MIN_VALUE + digit) / 10) {
                throw new NumberFormatException("integer out of range: " + text.subSequence(start, endOfDigits()));
            }
            value = value * 10 - digit;
            position++;
        }
        if (!negative && value == Long.MIN_VALUE) {
            throw new NumberFormatException("integer out of range: " + text.subSequence(start, position));
        }
        return negative ? value : -value;
    }

    private int endOfDigits() {
        int end = position;
        while (end < text.length() && isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private double nextDouble() {
        skipToNumber();
        int start = position;
        boolean negative = text.charAt(position) == '-';
        if (negative) {
            position++;
        }
        long mantissa = 0;
        int significantDigits = 0;
        int scale = 0;
        boolean exact = true;
        while (position < text.length() && isDigit(text.charAt(position))) {
            exact &= appendDigit(mantissa, significantDigits);
            if (exact) {
                mantissa = mantissa * 10 + (text.charAt(position) - '0');
                significantDigits += mantissa == 0 ? 0 : 1;
            }
            position++;
        }
        if (position < text.length() && text.charAt(position) == '.') {
            position++;
            while (position < text.length() && isDigit(text.charAt(position))) {
                exact &= appendDigit(mantissa, significantDigits);
                if (exact) {
                    mantissa = mantissa * 10 + (text.charAt(position) - '0');
                    significantDigits += mantissa == 0 ? 0 : 1;
                    scale--;
                }
                position++;
            }
        }
        if (position < text.length() && (text.charAt(position) == 'e' || text.charAt(position) == 'E')) {
            position++;
            boolean negativeExponent = false;
            if (text.charAt(position) == '+' || text.charAt(position) == '-') {
                negativeExponent = text.charAt(position) == '-';
                position++;
            }
            int exponent = 0;
            while (position < text.length() && isDigit(text.charAt(position))) {
                exponent = Math.min(exponent * 10 + (text.charAt(position) - '0'), 100_000);
                position++;
            }
            scale += negativeExponent ? -exponent : exponent;
        }
        if (!exact || mantissa >= MAX_EXACT_MANTISSA || scale < -22 || scale > 22) {
            // rare: more digits or a larger exponent than the exact fast path handles
            double value = Double.parseDouble(text.subSequence(start, position).toString());
            if (Double.isInfinite(value)) {
                throw new NumberFormatException("number out of range: " + text.subSequence(start, position));
            }
            return value;
        }
        double value = scale < 0 ? mantissa / EXACT_POWERS_OF_TEN[-scale] : mantissa * EXACT_POWERS_OF_TEN[scale];
        return negative ? -value : value;
    }

    private static boolean appendDigit(long mantissa, int significantDigits) {
        return significantDigits < 17 && mantissa < Long.MAX_VALUE / 10;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

package org.nixj.eval.serial;

import java.math.BigInteger;

/**
 * Floats as current Nix writes them in JSON. Nix hands floats to nlohmann::json, which prints the digits
 * found by Grisu2 (Loitsch, "Printing Floating-Point Numbers Quickly and Accurately with Integers", PLDI
 * 2010) — digits that always read back as the same double, and are almost always the shortest such — in a
 * {@code %g}-like layout that always looks like a float: {@code 1.0}, {@code 0.1}, {@code 1e+22},
 * {@code 1e-05}, {@code 123456789012345.0}, {@code -0.0}; infinities and NaN become {@code null}.
 *
 * <p>Nix 2.8 and older wrote floats with six significant digits ({@code 1e-07}, {@code 123457}); Nix
 * switched to nlohmann::json's writer in 2.9, and that is what nixj follows.
 *
 * <p>This is an independent Java implementation of the published algorithm, with 64-bit significands
 * ({@code q = 64}), the exponent window {@code [-60, -32]}, a table of cached powers of ten every eight
 * decimal exponents from 10^-300 to 10^324 (computed exactly here, rounded to nearest), and the final
 * "round towards w" step; so it picks the very digits nlohmann picks. All 64-bit quantities are unsigned.
 */
public final class JsonNumbers {
    private static final int ALPHA = -60;
    private static final int MIN_CACHED_EXP = -300;
    private static final int CACHED_STEP = 8;
    private static final int CACHED_COUNT = 79;
    private static final long[] CACHED_F = new long[CACHED_COUNT];
    private static final int[] CACHED_E = new int[CACHED_COUNT];

    static {
        for (int i = 0; i < CACHED_COUNT; i++) {
            int k = MIN_CACHED_EXP + i * CACHED_STEP;
            cachePower(i, k);
        }
    }

    private JsonNumbers() {}

    /** Rounds 10^k to a 64-bit significand f with {@code 2^63 <= f < 2^64} and a binary exponent. */
    private static void cachePower(int i, int k) {
        BigInteger f;
        int e;
        if (k >= 0) {
            BigInteger p = BigInteger.TEN.pow(k);
            e = p.bitLength() - 64;
            f = e <= 0 ? p.shiftLeft(-e) : roundedQuotient(p, BigInteger.ONE.shiftLeft(e));
        } else {
            BigInteger d = BigInteger.TEN.pow(-k);
            int s = 63 + d.bitLength();
            e = -s;
            f = roundedQuotient(BigInteger.ONE.shiftLeft(s), d);
        }
        if (f.bitLength() > 64) {
            f = f.shiftRight(1);
            e++;
        }
        CACHED_F[i] = f.longValue();
        CACHED_E[i] = e;
    }

    private static BigInteger roundedQuotient(BigInteger n, BigInteger d) {
        BigInteger[] qr = n.divideAndRemainder(d);
        return qr[1].shiftLeft(1).compareTo(d) >= 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    }

    /** The cached power for table index {@code i}, as {@code {f, e}} (for tests). */
    static long[] cachedPower(int i) {
        return new long[] {CACHED_F[i], CACHED_E[i]};
    }

    /** {@code value} as nlohmann::json dumps it. */
    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "null";
        }
        StringBuilder out = new StringBuilder(24);
        if ((Double.doubleToRawLongBits(value) & Long.MIN_VALUE) != 0) {
            out.append('-');
            value = -value;
        }
        if (value == 0) {
            return out.append("0.0").toString();
        }
        Digits d = grisu2(value);
        layout(out, d.digits, d.length, d.exponent);
        return out.toString();
    }

    /** Decimal digits (as characters) and the exponent of the last one: value = digits * 10^exponent. */
    private record Digits(char[] digits, int length, int exponent) {}

    // ---- Grisu2 ----------------------------------------------------------------------------------------

    private static Digits grisu2(double value) {
        long bits = Double.doubleToRawLongBits(value);
        int biasedExp = (int) (bits >>> 52);
        long fraction = bits & ((1L << 52) - 1);
        long vf;
        int ve;
        if (biasedExp == 0) {
            vf = fraction;
            ve = 1 - 1075;
        } else {
            vf = fraction | (1L << 52);
            ve = biasedExp - 1075;
        }
        // The boundaries halfway to the neighbouring doubles; the lower one is closer at a power of two.
        boolean lowerCloser = fraction == 0 && biasedExp > 1;
        long plusF = 2 * vf + 1;
        int plusE = ve - 1;
        long minusF = lowerCloser ? 4 * vf - 1 : 2 * vf - 1;
        int minusE = lowerCloser ? ve - 2 : ve - 1;

        int shift = Long.numberOfLeadingZeros(plusF);
        plusF <<= shift;
        plusE -= shift;
        minusF <<= minusE - plusE;
        int vShift = Long.numberOfLeadingZeros(vf);
        vf <<= vShift;
        ve -= vShift;

        int f = ALPHA - plusE - 1;
        int k = (f * 78913) / (1 << 18) + (f > 0 ? 1 : 0);
        int index = (-MIN_CACHED_EXP + k + (CACHED_STEP - 1)) / CACHED_STEP;
        long cf = CACHED_F[index];
        int ce = CACHED_E[index];
        int cachedK = MIN_CACHED_EXP + index * CACHED_STEP;

        long w = multiplyRounded(vf, cf);
        long wMinus = multiplyRounded(minusF, cf);
        long wPlus = multiplyRounded(plusF, cf);
        int e = plusE + ce + 64;
        // Widen the uncertainty by one unit each side, as the products are inexact.
        return digitGen(wMinus + 1, w, wPlus - 1, e, -cachedK);
    }

    /** The upper 64 bits of the 128-bit product, rounded (ties up). */
    private static long multiplyRounded(long x, long y) {
        long high = Math.unsignedMultiplyHigh(x, y);
        long low = x * y;
        return low < 0 ? high + 1 : high;
    }

    private static Digits digitGen(long mMinus, long w, long mPlus, int e, int decimalExponent) {
        char[] buffer = new char[20];
        int length = 0;
        long delta = mPlus - mMinus;
        long dist = mPlus - w;
        int oneShift = -e;
        long one = 1L << oneShift;
        long p1 = mPlus >>> oneShift;
        long p2 = mPlus & (one - 1);

        long pow10 = 1;
        int n = 1;
        while (pow10 * 10 <= p1 && n < 10) {
            pow10 *= 10;
            n++;
        }
        while (n > 0) {
            long d = p1 / pow10;
            long r = p1 % pow10;
            buffer[length++] = (char) ('0' + d);
            p1 = r;
            n--;
            long rest = (p1 << oneShift) + p2;
            if (Long.compareUnsigned(rest, delta) <= 0) {
                decimalExponent += n;
                round(buffer, length, dist, delta, rest, pow10 << oneShift);
                return new Digits(buffer, length, decimalExponent);
            }
            pow10 /= 10;
        }
        int m = 0;
        while (true) {
            p2 *= 10;
            long d = p2 >>> oneShift;
            long r = p2 & (one - 1);
            buffer[length++] = (char) ('0' + d);
            p2 = r;
            m++;
            delta *= 10;
            dist *= 10;
            if (Long.compareUnsigned(p2, delta) <= 0) {
                break;
            }
        }
        decimalExponent -= m;
        round(buffer, length, dist, delta, p2, one);
        return new Digits(buffer, length, decimalExponent);
    }

    /** Lowers the last digit while that brings the decimal closer to w and keeps it in range. */
    private static void round(char[] buffer, int length, long dist, long delta, long rest, long tenK) {
        while (Long.compareUnsigned(rest, dist) < 0
                && Long.compareUnsigned(delta - rest, tenK) >= 0
                && (Long.compareUnsigned(rest + tenK, dist) < 0
                    || Long.compareUnsigned(dist - rest, rest + tenK - dist) > 0)) {
            buffer[length - 1]--;
            rest += tenK;
        }
    }

    // ---- layout ----------------------------------------------------------------------------------------

    /** nlohmann's layout: fixed notation for {@code 10^-4 <= v < 10^15}, else d.ddde±XX; always with a point or e. */
    private static void layout(StringBuilder out, char[] digits, int k, int exponent) {
        int n = k + exponent;
        if (k <= n && n <= 15) {
            out.append(digits, 0, k);
            out.append("0".repeat(n - k)).append(".0");
        } else if (0 < n && n <= 15) {
            out.append(digits, 0, n).append('.').append(digits, n, k - n);
        } else if (-4 < n && n <= 0) {
            out.append("0.").append("0".repeat(-n)).append(digits, 0, k);
        } else {
            out.append(digits[0]);
            if (k > 1) {
                out.append('.').append(digits, 1, k - 1);
            }
            int x = n - 1;
            out.append('e').append(x < 0 ? '-' : '+');
            x = Math.abs(x);
            if (x < 10) {
                out.append('0');
            }
            out.append(x);
        }
    }
}

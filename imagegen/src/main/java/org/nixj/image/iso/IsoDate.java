package org.nixj.image.iso;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** ECMA-119 dates in UTC: the 7-byte directory-record form (9.1.5) and the 17-byte descriptor form (8.4.26.1). */
public final class IsoDate {
    private IsoDate() {}

    /** Years 1900-2155 fit; times are clamped into that range. */
    public static byte[] short7(long epochSeconds) {
        LocalDateTime t = clamp(epochSeconds);
        return new byte[] {(byte) (t.getYear() - 1900), (byte) t.getMonthValue(), (byte) t.getDayOfMonth(),
            (byte) t.getHour(), (byte) t.getMinute(), (byte) t.getSecond(), 0};
    }

    /** "YYYYMMDDHHMMSScc" and a zero GMT offset. */
    public static byte[] long17(long epochSeconds) {
        LocalDateTime t = clamp(epochSeconds);
        String s = String.format("%04d%02d%02d%02d%02d%02d00", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute(), t.getSecond());
        byte[] b = new byte[17];
        System.arraycopy(s.getBytes(StandardCharsets.US_ASCII), 0, b, 0, 16);
        return b;
    }

    /** The "not specified" 17-byte date: sixteen '0' digits and a zero offset. */
    public static byte[] unset17() {
        byte[] b = new byte[17];
        java.util.Arrays.fill(b, 0, 16, (byte) '0');
        return b;
    }

    private static LocalDateTime clamp(long s) {
        long min = -2208988800L; // 1900-01-01
        long max = 5969664000L - 1; // end of 2155
        return LocalDateTime.ofEpochSecond(Math.max(min, Math.min(max, s)), 0, ZoneOffset.UTC);
    }
}

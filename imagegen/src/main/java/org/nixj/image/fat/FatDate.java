package org.nixj.image.fat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** FAT's packed local date and time, here always UTC, clamped to the range FAT can store (1980-2107). */
public record FatDate(int date, int time) {
    public static FatDate of(long epochSeconds) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(epochSeconds, 0, ZoneOffset.UTC);
        if (t.getYear() < 1980) {
            t = LocalDateTime.of(1980, 1, 1, 0, 0);
        } else if (t.getYear() > 2107) {
            t = LocalDateTime.of(2107, 12, 31, 23, 59, 58);
        }
        int date = (t.getYear() - 1980) << 9 | t.getMonthValue() << 5 | t.getDayOfMonth();
        int time = t.getHour() << 11 | t.getMinute() << 5 | t.getSecond() / 2;
        return new FatDate(date, time);
    }
}

package io.github.subtitleqc.core.time;

import java.util.Locale;

/** Times as people read them in messages. */
public final class Timecode {

    private Timecode() {
    }

    /** {@code 00:01:02.345}; negative times get a leading minus. */
    public static String format(long millis) {
        String sign = millis < 0 ? "-" : "";
        long ms = Math.abs(millis);
        return String.format(Locale.ROOT, "%s%02d:%02d:%02d.%03d", sign, ms / 3_600_000, ms / 60_000 % 60,
                ms / 1000 % 60, ms % 1000);
    }

    /** A duration: {@code 200 ms} below a second, else seconds with up to 3 decimals ({@code 8.5 s}). */
    public static String duration(long millis) {
        if (Math.abs(millis) < 1000) {
            return millis + " ms";
        }
        return java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + " s";
    }
}

package io.github.subtitleqc.core.time;

/** Times as people read them in messages. */
public final class Timecode {

    private Timecode() {
    }

    /** {@code 00:01:02.345}; negative times get a leading minus. */
    public static String format(long millis) {
        // what String.format(Locale.ROOT, "%s%02d:%02d:%02d.%03d", …) writes, without parsing a format per cue
        long ms = Math.abs(millis);
        StringBuilder out = new StringBuilder(13);
        if (millis < 0) {
            out.append('-');
        }
        padded(out, ms / 3_600_000, 2).append(':');
        padded(out, ms / 60_000 % 60, 2).append(':');
        padded(out, ms / 1000 % 60, 2).append('.');
        return padded(out, ms % 1000, 3).toString();
    }

    /** {@code value} (not negative) with leading zeros up to {@code width} digits, as {@code %0<width>d}. */
    private static StringBuilder padded(StringBuilder out, long value, int width) {
        for (long limit = 10, digits = 1; digits < width; limit *= 10, digits++) {
            if (value < limit) {
                out.append('0');
            }
        }
        return out.append(value);
    }

    /** A duration: {@code 200 ms} below a second, else seconds with up to 3 decimals ({@code 8.5 s}). */
    public static String duration(long millis) {
        if (Math.abs(millis) < 1000) {
            return millis + " ms";
        }
        return java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() + " s";
    }
}

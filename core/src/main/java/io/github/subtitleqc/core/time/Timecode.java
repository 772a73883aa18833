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
        if (Math.abs(millis) < 1000) { // Long.MIN_VALUE too, whose absolute value is itself
            return millis + " ms";
        }
        // what BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString() writes, in a few
        // integer steps: most timing findings' messages have a duration, and there are hundreds of
        // thousands of them in a large catalogue
        long ms = Math.abs(millis);
        int fraction = (int) (ms % 1000);
        String seconds = (millis < 0 ? "-" : "") + ms / 1000;
        if (fraction == 0) {
            return seconds + " s";
        }
        int digits = 3;
        while (fraction % 10 == 0) {
            fraction /= 10;
            digits--;
        }
        String decimals = Integer.toString(fraction);
        int zeros = digits - decimals.length(); // the leading zeros of the decimals: 1.005 s, 1.05 s
        return seconds + (zeros == 0 ? "." : zeros == 1 ? ".0" : ".00") + decimals + " s";
    }
}

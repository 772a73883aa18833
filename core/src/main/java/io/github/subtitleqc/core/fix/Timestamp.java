package io.github.subtitleqc.core.fix;

/**
 * A timestamp as a file writes it, found on a timing line: where it is and its form (hours or
 * not, the width of each field, the separator before the fraction and its digits), so that a new
 * time can be written the same way. Reads what the SubRip and WebVTT readers accept:
 * {@code [h…]h:mm:ss[,mmm]} or {@code mm:ss[,mmm]}, any of {@code , . : ;} before the fraction.
 *
 * @param start      the char index of its first character in the line
 * @param end        the char index just after it
 * @param millis     the time it gives, as the readers read it
 * @param fields     2 ({@code mm:ss}) or 3 ({@code hh:mm:ss})
 * @param widths     the digits of each field as written
 * @param separator  the character before the fraction, or 0 without one
 * @param fraction   the digits of the fraction as written (0 without one)
 */
record Timestamp(int start, int end, long millis, int fields, int[] widths, char separator, int fraction) {

    /** The end time on a timing line: the timestamp after {@code -->}; null when there is none to read. */
    static Timestamp endOf(String line) {
        int arrow = line.indexOf("-->");
        if (arrow < 0) {
            return null;
        }
        int p = arrow + 3;
        while (p < line.length() && (line.charAt(p) == ' ' || line.charAt(p) == '\t')) {
            p++;
        }
        return at(line, p);
    }

    /** The timestamp that starts at {@code p}, or null. */
    static Timestamp at(String s, int p) {
        int begin = p;
        long[] values = new long[3];
        int[] widths = new int[3];
        int count = 0;
        while (count < 3) {
            int digits = p;
            long value = 0;
            while (digit(s, p)) {
                if (p - digits < 10) {
                    value = value * 10 + (s.charAt(p) - '0');
                }
                p++;
            }
            if (p == digits) {
                break;
            }
            values[count] = value;
            widths[count] = p - digits;
            count++;
            if (count < 3 && p < s.length() && s.charAt(p) == ':' && digit(s, p + 1)) {
                p++;
            } else {
                break;
            }
        }
        if (count < 2 || widths[count - 1] < 2 || widths[0] > 9) {
            return null;
        }
        long hours = count == 3 ? values[0] : 0;
        long millis = ((hours * 60 + values[count - 2]) * 60 + values[count - 1]) * 1000;
        char separator = 0;
        int fraction = 0;
        if (p < s.length() && ",.:;".indexOf(s.charAt(p)) >= 0 && digit(s, p + 1)) {
            separator = s.charAt(p);
            p++;
            int digits = p;
            while (digit(s, p)) {
                p++;
            }
            fraction = p - digits;
            String first = s.substring(digits, Math.min(p, digits + 3));
            millis += Long.parseLong((first + "00").substring(0, 3));
        }
        return new Timestamp(begin, p, millis, count, java.util.Arrays.copyOf(widths, count), separator, fraction);
    }

    private static boolean digit(String s, int k) {
        return k < s.length() && s.charAt(k) >= '0' && s.charAt(k) <= '9';
    }

    /** The finest step this form can write, in milliseconds: 1 with three digits of fraction, 1000 without one. */
    long resolution() {
        return fraction >= 3 ? 1 : fraction == 2 ? 10 : fraction == 1 ? 100 : 1000;
    }

    /** {@code millis} rounded down to a time this form can write. */
    long floor(long millis) {
        return Math.floorDiv(millis, resolution()) * resolution();
    }

    /** {@code millis} rounded up to a time this form can write. */
    long ceil(long millis) {
        return -Math.floorDiv(-millis, resolution()) * resolution();
    }

    /**
     * {@code millis} (which this form can write: see {@link #floor}) written in this form: the same
     * fields, each at least as wide as written, the same separator and digits of fraction.
     */
    String format(long millis) {
        long totalSeconds = millis / 1000;
        long ms = millis % 1000;
        StringBuilder out = new StringBuilder();
        if (fields == 3) {
            pad(out, totalSeconds / 3600, widths[0]);
            out.append(':');
            pad(out, totalSeconds / 60 % 60, widths[1]);
        } else {
            pad(out, totalSeconds / 60, widths[0]);
        }
        out.append(':');
        pad(out, totalSeconds % 60, widths[fields - 1]);
        if (fraction > 0) {
            out.append(separator);
            String three = String.format(java.util.Locale.ROOT, "%03d", ms);
            out.append(fraction >= 3 ? three + "0".repeat(fraction - 3) : three.substring(0, fraction));
        }
        return out.toString();
    }

    private static void pad(StringBuilder out, long value, int width) {
        String digits = Long.toString(value);
        out.append("0".repeat(Math.max(0, width - digits.length()))).append(digits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Timestamp t && t.start == start && t.end == end && t.millis == millis && t.fields == fields
                && java.util.Arrays.equals(t.widths, widths) && t.separator == separator && t.fraction == fraction;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(start, end, millis, fields, java.util.Arrays.hashCode(widths), separator, fraction);
    }

    @Override
    public String toString() {
        return "Timestamp[" + start + ".." + end + " " + millis + " ms]";
    }
}

package io.github.subtitleqc.core.read;

import java.util.Arrays;

/**
 * Where each line of a text starts and ends, the way every subtitle format counts lines (CRLF, LF
 * or a lone CR ends a line; a final terminator does not start an extra line; empty text has no
 * lines), without making a String per line; {@link Lines#split} makes the Strings from it. Line {@code i} is {@code text.substring(start(i),
 * end(i))}: source line {@code i + 1}, without its terminator.
 */
final class LineIndex {

    private final String text;
    private final int count;
    private final int[] starts;
    private final int[] ends;

    private LineIndex(String text, int count, int[] starts, int[] ends) {
        this.text = text;
        this.count = count;
        this.starts = starts;
        this.ends = ends;
    }

    static LineIndex of(String text) {
        int n = text.length();
        // subtitle lines are short: a number, a timing line, text, a blank line; SubRip averages
        // 15 to 17 characters a line (the generated corpus, the corpus's real files), so room for
        // one every 12 is seldom grown (by half when it is)
        int capacity = Math.max(16, n / 12);
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        int count = 0;
        int start = 0;
        if (text.indexOf('\r') < 0) { // LF only: String.indexOf is far quicker than a loop over charAt
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count + (count >> 1));
                    ends = Arrays.copyOf(ends, count + (count >> 1));
                }
                starts[count] = start;
                ends[count++] = i;
                start = i + 1;
            }
        } else {
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count + (count >> 1));
                        ends = Arrays.copyOf(ends, count + (count >> 1));
                    }
                    starts[count] = start;
                    ends[count++] = i;
                    if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    start = i + 1;
                }
            }
        }
        if (start < n) { // a last line without a terminator
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count + 1);
                ends = Arrays.copyOf(ends, count + 1);
            }
            starts[count] = start;
            ends[count++] = n;
        }
        return new LineIndex(text, count, starts, ends);
    }

    /** The text the lines are in. */
    String text() {
        return text;
    }

    /** How many lines there are. */
    int count() {
        return count;
    }

    /** The offset in {@link #text()} of the first character of line {@code i}. */
    int start(int i) {
        return starts[i];
    }

    /** The offset in {@link #text()} just after the last character of line {@code i} (its terminator, if any). */
    int end(int i) {
        return ends[i];
    }

    /** Line {@code i} as a String, without its terminator. */
    String line(int i) {
        return text.substring(starts[i], ends[i]);
    }

    /** True when line {@code i} holds nothing but spaces and tabs, as {@link Lines#isBlank} says. */
    boolean isBlank(int i) {
        for (int k = starts[i], end = ends[i]; k < end; k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }
}

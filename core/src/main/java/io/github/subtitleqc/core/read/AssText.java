package io.github.subtitleqc.core.read;

import java.util.ArrayList;
import java.util.List;

/**
 * The text field of an ASS Dialogue line split into text lines as players show them.
 *
 * <p>{@code \N} breaks the line, and so does {@code \n} under {@code WrapStyle: 2}; elsewhere
 * {@code \n} is a space, as libass shows it. {@code \h} becomes a no-break space (U+00A0). A brace
 * block that starts with a backslash ({@code {\i1}}) is an override block and is kept as written:
 * {@link io.github.subtitleqc.core.text.VisibleText} removes it. Any other brace block
 * ({@code {a comment}}, {@code { \i1}}) is not shown either, and is removed here. While drawing
 * mode is on (an override block with {@code \p} and a number above 0, up to one with
 * {@code \p0}), the text is a vector drawing, not letters, and is removed. A {@code {} without a
 * {@code }} after it is text.
 *
 * @param lines   the text lines, override blocks kept
 * @param offsets for each line, the 0-based offset in the text field where its text starts
 */
record AssText(List<String> lines, List<Integer> offsets) {

    static AssText of(String s, boolean wrapStyle2) {
        List<String> lines = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int currentStart = 0;
        boolean drawing = false;
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '{') {
                int close = s.indexOf('}', i + 1);
                if (close >= 0) {
                    drawing = drawingAfter(s, i + 1, close, drawing);
                    if (i + 1 < close && s.charAt(i + 1) == '\\') {
                        current.append(s, i, close + 1);
                    }
                    i = close + 1;
                    continue;
                }
            } else if (c == '\\' && i + 1 < n) {
                char d = s.charAt(i + 1);
                if (d == 'N' || d == 'n' && wrapStyle2) {
                    lines.add(current.toString());
                    offsets.add(currentStart);
                    current.setLength(0);
                    currentStart = i + 2;
                    i += 2;
                    continue;
                }
                if (d == 'n' || d == 'h') {
                    if (!drawing) {
                        current.append(d == 'n' ? ' ' : '\u00A0');
                    }
                    i += 2;
                    continue;
                }
            }
            if (!drawing) {
                current.append(c);
            }
            i++;
        }
        lines.add(current.toString());
        offsets.add(currentStart);
        return new AssText(lines, offsets);
    }

    /**
     * Whether drawing mode is on after the override tags in {@code s[from, to)}: the last
     * {@code \p} followed by digits decides ({@code \pos} and {@code \pbo} are other tags).
     */
    private static boolean drawingAfter(String s, int from, int to, boolean drawing) {
        for (int k = s.indexOf("\\p", from); k >= 0 && k + 2 < to; k = s.indexOf("\\p", k + 2)) {
            int d = k + 2;
            if (s.charAt(d) < '0' || s.charAt(d) > '9') {
                continue;
            }
            boolean nonZero = false;
            while (d < to && s.charAt(d) >= '0' && s.charAt(d) <= '9') {
                nonZero |= s.charAt(d) != '0';
                d++;
            }
            drawing = nonZero;
        }
        return drawing;
    }
}

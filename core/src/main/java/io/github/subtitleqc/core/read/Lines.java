package io.github.subtitleqc.core.read;

import java.util.ArrayList;
import java.util.List;

/** Splits text into lines at CRLF, LF or CR, the way every subtitle format counts lines. */
public final class Lines {

    private Lines() {
    }

    /**
     * The lines of {@code text}, without their terminators. A final terminator does not start an
     * extra line; empty text has no lines. Line {@code i} of the result is source line {@code i + 1}.
     */
    public static List<String> split(String text) {
        LineIndex index = LineIndex.of(text); // the one place that says where lines end
        List<String> lines = new ArrayList<>(index.count());
        for (int i = 0; i < index.count(); i++) {
            lines.add(index.line(i));
        }
        return lines;
    }

    /**
     * The 1-based line and column of the character at {@code offset}, counting lines as
     * {@link #split} does: {@code {line, column}}.
     */
    static int[] position(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }

    /** True when a line holds nothing but spaces and tabs. */
    public static boolean isBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** A line shortened for quoting in a message. */
    public static String quote(String line) {
        String s = line.strip();
        StringBuilder out = new StringBuilder();
        s.codePoints().limit(40).forEach(cp -> out.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        if (s.codePointCount(0, s.length()) > 40) {
            out.append('…');
        }
        return "'" + out + "'";
    }
}

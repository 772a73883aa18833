package io.github.subtitleqc.core.fix;

import java.util.ArrayList;
import java.util.List;

/** Where each source line of a text starts and ends, counting lines as the readers do (CRLF, LF or CR). */
final class SourceLines {

    private final String text;
    private final int[] starts;
    private final int[] ends;

    SourceLines(String text) {
        this.text = text;
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new int[] {start, i});
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(new int[] {start, n});
        }
        starts = lines.stream().mapToInt(l -> l[0]).toArray();
        ends = lines.stream().mapToInt(l -> l[1]).toArray();
    }

    /** How many lines there are. */
    int count() {
        return starts.length;
    }

    /** Whether 1-based {@code line} exists. */
    boolean has(int line) {
        return line >= 1 && line <= starts.length;
    }

    /** The char index where 1-based {@code line} starts. */
    int start(int line) {
        return starts[line - 1];
    }

    /** 1-based {@code line}, without its terminator. */
    String line(int line) {
        return text.substring(starts[line - 1], ends[line - 1]);
    }
}

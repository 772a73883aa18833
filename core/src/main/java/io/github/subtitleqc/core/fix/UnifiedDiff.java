package io.github.subtitleqc.core.fix;

import io.github.subtitleqc.core.read.Lines;

import java.util.ArrayList;
import java.util.List;

/**
 * The difference between a file's text before and after a fix, as a unified diff
 * ({@code diff -u}, {@code git diff}): the lines that changed with a few lines around them. A fix
 * changes characters inside lines, never the lines themselves, so line {@code i} before is line
 * {@code i} after; texts with different numbers of lines are shown as one change of every line.
 */
public final class UnifiedDiff {

    /** The lines around each change, as {@code diff -u} shows. */
    public static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /**
     * The diff's lines: {@code --- a/path}, {@code +++ b/path}, then each hunk; empty when the
     * texts have the same lines.
     */
    public static List<String> of(String path, String before, String after) {
        List<String> a = Lines.split(before);
        List<String> b = Lines.split(after);
        List<String> out = new ArrayList<>();
        if (a.equals(b)) {
            return out;
        }
        out.add("--- a/" + path);
        out.add("+++ b/" + path);
        if (a.size() != b.size()) {
            out.add("@@ -" + range(1, a.size()) + " +" + range(1, b.size()) + " @@");
            a.forEach(l -> out.add("-" + l));
            b.forEach(l -> out.add("+" + l));
            return out;
        }
        int n = a.size();
        int i = 0;
        while (i < n) {
            if (a.get(i).equals(b.get(i))) {
                i++;
                continue;
            }
            // a hunk: from CONTEXT lines before this change to CONTEXT lines after the last change
            // that is at most 2 * CONTEXT unchanged lines from the one before it
            int from = Math.max(0, i - CONTEXT);
            int lastChange = i;
            int k = i + 1;
            while (k < n && k - lastChange <= 2 * CONTEXT) {
                if (!a.get(k).equals(b.get(k))) {
                    lastChange = k;
                }
                k++;
            }
            int to = Math.min(n, lastChange + CONTEXT + 1);
            out.add("@@ -" + range(from + 1, to - from) + " +" + range(from + 1, to - from) + " @@");
            int j = from;
            while (j < to) {
                if (a.get(j).equals(b.get(j))) {
                    out.add(" " + a.get(j));
                    j++;
                    continue;
                }
                int end = j;
                while (end < to && !a.get(end).equals(b.get(end))) {
                    end++;
                }
                for (int x = j; x < end; x++) {
                    out.add("-" + a.get(x));
                }
                for (int x = j; x < end; x++) {
                    out.add("+" + b.get(x));
                }
                j = end;
            }
            i = to;
        }
        return out;
    }

    private static String range(int start, int count) {
        if (count == 0) {
            return (start - 1) + ",0";
        }
        return count == 1 ? Integer.toString(start) : start + "," + count;
    }
}

package io.github.subtitleqc.core.read;

import java.util.function.Consumer;

/**
 * A deviation counted over a whole file and reported once, at its first occurrence, with how
 * often it occurs: a file that writes every timestamp with '.' gets one finding, not hundreds.
 */
class Occurrences {

    private int cue;
    private int line;
    private int column;
    private String first;
    private int count;

    /** One more occurrence, at this cue, line and column, described as {@code what} (may be null). */
    void seen(int atCue, int atLine, int atColumn, String what) {
        if (count++ == 0) {
            cue = atCue;
            line = atLine;
            column = atColumn;
            first = what;
        }
    }

    int count() {
        return count;
    }

    int cue() {
        return cue;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }

    /** The description given with the first occurrence, or {@code null}. */
    String first() {
        return first;
    }

    /** {@code " (12 cues in this file, the first here)"}, or nothing when it occurs once. */
    String times(String unit) {
        return count == 1 ? "" : " (" + count + " " + unit + " in this file, the first here)";
    }

    /**
     * Reports the deviation, if it occurred, as one {@code format} finding at its first occurrence:
     * "{first} {what} (N {unit} in this file, the first here): {fix}". The count is left out for
     * an empty {@code unit} (a deviation that can occur only once).
     */
    void report(Consumer<ReadIssue> issues, String what, String unit, String fix) {
        if (count == 0) {
            return;
        }
        String subject = first == null || first.isEmpty() ? what : what.isEmpty() ? first : first + " " + what;
        issues.accept(new ReadIssue(ReaderRules.FORMAT.id(), cue, line, column,
                subject + (unit.isEmpty() ? "" : times(unit)) + ": " + fix));
    }
}

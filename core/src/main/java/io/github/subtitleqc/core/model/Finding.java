package io.github.subtitleqc.core.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in one file.
 *
 * @param ruleId   the rule that reported it, e.g. {@code reading-speed}
 * @param severity how serious it is, after the user's configuration
 * @param file     the file's display path (relative to the project, {@code /} separators)
 * @param cue      1-based cue ordinal, or 0 when the finding is not about one cue
 * @param line     1-based source line, always at least 1
 * @param column   1-based column, or 0 when unknown
 * @param message  what is wrong, by how much, and what to do
 * @param value    the measured value for measured rules, else {@code null}
 * @param limit    the limit the value was compared with, else {@code null}
 */
public record Finding(String ruleId, Severity severity, String file, int cue, int line, int column,
                      String message, Double value, Double limit) {

    /** File, then line, then column, then rule id: the order of every report. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparingInt(Finding::cue)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 1) {
            line = 1;
        }
    }

    /** A copy with another severity. */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, file, cue, line, column, message, value, limit);
    }
}

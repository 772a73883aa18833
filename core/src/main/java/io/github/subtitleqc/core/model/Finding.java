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
    public static final Comparator<Finding> ORDER = new Order();

    /**
     * {@link #ORDER}: file, line, column, cue, rule id, message. One class, not a chain of
     * {@code Comparator.comparing} lambdas, each of which is a class made when this one is loaded.
     */
    private static final class Order implements Comparator<Finding>, java.io.Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(Finding a, Finding b) {
            int c = a.file().compareTo(b.file());
            if (c == 0) {
                c = Integer.compare(a.line(), b.line());
            }
            if (c == 0) {
                c = Integer.compare(a.column(), b.column());
            }
            if (c == 0) {
                c = Integer.compare(a.cue(), b.cue());
            }
            if (c == 0) {
                c = a.ruleId().compareTo(b.ruleId());
            }
            return c != 0 ? c : a.message().compareTo(b.message());
        }
    }

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

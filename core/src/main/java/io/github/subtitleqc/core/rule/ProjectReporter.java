package io.github.subtitleqc.core.rule;

/** Where a {@link ProjectRule} reports; findings go to the file they name, with the rule's severity. */
@FunctionalInterface
public interface ProjectReporter {

    /**
     * Reports a finding.
     *
     * @param file    the file's display path, as {@link RuleContext#file()} gave it
     * @param cue     the 1-based cue ordinal, or 0
     * @param line    the 1-based source line
     * @param column  the 1-based column, or 0 when unknown
     * @param message what is wrong and what to do
     * @param value   the measured value, or {@code null}
     * @param limit   the limit, or {@code null}
     */
    void report(String file, int cue, int line, int column, String message, Double value, Double limit);
}

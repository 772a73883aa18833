package io.github.subtitleqc.core.report;

import io.github.subtitleqc.core.engine.Report;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;

/**
 * Whether the build passes (SPEC §8): it fails when {@code failOnViolation} is true and the
 * findings at or above {@code violationSeverity} number more than {@code maxAllowedViolations},
 * or the build's score is below {@code minScore}.
 *
 * @param failed     true when the build must fail
 * @param exceeded   true when the limits were exceeded (the build fails unless failOnViolation is false)
 * @param violations the number of findings at or above the violation severity
 * @param sentence   one sentence that says why it failed, or that it passed
 */
public record Verdict(boolean failed, boolean exceeded, long violations, String sentence) {

    /**
     * Decides for a whole report.
     *
     * @param where where the full report is (e.g. its path), named in the sentence, or {@code null}
     */
    public static Verdict of(Report report, boolean failOnViolation, Severity violationSeverity,
                             long maxAllowedViolations, double minScore, String where) {
        return of(RunTally.of(report, violationSeverity),
                new Gate(failOnViolation, violationSeverity, maxAllowedViolations, minScore), where, null);
    }

    /**
     * Decides from a run's totals.
     *
     * @param summary the totals, tallied at the gate's violation severity
     * @param where   where the full report is (e.g. its path), named in the sentence, or {@code null}
     * @param module  the module's name, in a multi-module build, or {@code null}
     */
    public static Verdict of(RunSummary summary, Gate gate, String where, String module) {
        long violations = summary.violations();
        long maxAllowedViolations = gate.maxAllowedViolations();
        double minScore = gate.minScore();
        boolean tooMany = violations > maxAllowedViolations;
        double score = summary.score().value();
        boolean tooLow = score < minScore;
        String plural = violations == 1 ? "" : "s";
        String kind = gate.violationSeverity() == Severity.ERROR ? "error" + plural
                : "finding" + plural + " of severity " + gate.violationSeverity().id() + " or worse";
        String name = module == null ? "subtitle-qc" : "subtitle-qc (" + module + ")";
        if (!tooMany && !tooLow) {
            return new Verdict(false, false, violations, name + " passed: " + violations + " " + kind
                    + " (" + maxAllowedViolations + " allowed), score " + Numbers.format(score, 1)
                    + (minScore > 0 ? " (minScore " + Numbers.format(minScore, 1) + ")" : "") + ".");
        }
        StringBuilder why = new StringBuilder();
        if (tooMany) {
            why.append(violations).append(' ').append(kind).append(" in ")
                    .append(ConsoleReport.plural(summary.filesWithViolations(), "file"))
                    .append(", more than the ").append(maxAllowedViolations).append(" allowed by maxAllowedViolations");
            Finding f = summary.firstViolation();
            if (f != null) {
                why.append(" (the first: ").append(f.file()).append(":[").append(f.line()).append(',')
                        .append(Math.max(1, f.column())).append("] ").append(f.ruleId()).append(')');
            }
        }
        if (tooLow) {
            why.append(tooMany ? ", and " : "").append("the subtitle score ").append(Numbers.format(score, 1))
                    .append(" is below minScore ").append(Numbers.format(minScore, 1));
        }
        String see = where == null ? "" : "; see " + where + " for every finding";
        if (gate.failOnViolation()) {
            return new Verdict(true, true, violations, name + " failed: " + why + see + ".");
        }
        return new Verdict(false, true, violations, name + " found " + why + see
                + "; the build goes on because failOnViolation is false.");
    }
}

package io.github.subtitleqc.core.report;

import io.github.subtitleqc.core.engine.Report;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;

import java.util.Optional;

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
     * Decides.
     *
     * @param where where the full report is (e.g. its path), named in the sentence, or {@code null}
     */
    public static Verdict of(Report report, boolean failOnViolation, Severity violationSeverity,
                             long maxAllowedViolations, double minScore, String where) {
        long violations = report.countAtLeast(violationSeverity);
        boolean tooMany = violations > maxAllowedViolations;
        double score = report.score().value();
        boolean tooLow = score < minScore;
        String plural = violations == 1 ? "" : "s";
        String kind = violationSeverity == Severity.ERROR ? "error" + plural
                : "finding" + plural + " of severity " + violationSeverity.id() + " or worse";
        if (!tooMany && !tooLow) {
            return new Verdict(false, false, violations, "subtitle-qc passed: " + violations + " " + kind
                    + " (" + maxAllowedViolations + " allowed), score " + Numbers.format(score, 1)
                    + (minScore > 0 ? " (minScore " + Numbers.format(minScore, 1) + ")" : "") + ".");
        }
        StringBuilder why = new StringBuilder();
        if (tooMany) {
            why.append(violations).append(' ').append(kind).append(" in ").append(filesWith(report, violationSeverity))
                    .append(", more than the ").append(maxAllowedViolations).append(" allowed by maxAllowedViolations");
            Optional<Finding> first = report.findings().filter(f -> f.severity().isAtLeast(violationSeverity)).findFirst();
            first.ifPresent(f -> why.append(" (the first: ").append(f.file()).append(":[").append(f.line()).append(',')
                    .append(Math.max(1, f.column())).append("] ").append(f.ruleId()).append(')'));
        }
        if (tooLow) {
            why.append(tooMany ? ", and " : "").append("the subtitle score ").append(Numbers.format(score, 1))
                    .append(" is below minScore ").append(Numbers.format(minScore, 1));
        }
        String see = where == null ? "" : "; see " + where + " for every finding";
        if (failOnViolation) {
            return new Verdict(true, true, violations, "subtitle-qc failed: " + why + see + ".");
        }
        return new Verdict(false, true, violations, "subtitle-qc found " + why + see
                + "; the build goes on because failOnViolation is false.");
    }

    private static String filesWith(Report report, Severity severity) {
        long n = report.files().stream()
                .filter(f -> f.findings().stream().anyMatch(x -> x.severity().isAtLeast(severity))).count();
        return ConsoleReport.plural(n, "file");
    }
}

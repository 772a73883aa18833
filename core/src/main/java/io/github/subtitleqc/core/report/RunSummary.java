package io.github.subtitleqc.core.report;

import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.score.Score;

/**
 * A run's totals, tallied file by file ({@link RunTally}).
 *
 * @param files               files checked
 * @param cues                cues in all files
 * @param errors              error findings
 * @param warnings            warning findings
 * @param infos               info findings
 * @param score               the build's score and what each rule cost
 * @param violationSeverity   the lowest severity that counts as a violation
 * @param violations          findings at or above {@code violationSeverity}
 * @param filesWithViolations files with at least one such finding
 * @param firstViolation      the first such finding in report order, or {@code null}
 */
public record RunSummary(int files, long cues, long errors, long warnings, long infos, Score score,
                         Severity violationSeverity, long violations, int filesWithViolations,
                         Finding firstViolation) {

    /** The number of findings of exactly this severity. */
    public long count(Severity severity) {
        return switch (severity) {
            case ERROR -> errors;
            case WARNING -> warnings;
            case INFO -> infos;
        };
    }
}

package io.github.subtitleqc.core.report;

import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.engine.Report;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.score.Score;
import io.github.subtitleqc.core.score.Scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Tallies a run file by file, keeping per file only its cue count and score, so that the totals,
 * the build's score and the verdict come from the same stream the writers see.
 */
public final class RunTally {

    private final Severity violationSeverity;
    private final List<Integer> cues = new ArrayList<>();
    private final List<Score> scores = new ArrayList<>();
    private int files;
    private long cueCount;
    private long errors;
    private long warnings;
    private long infos;
    private long violations;
    private int filesWithViolations;
    private Finding firstViolation;

    public RunTally(Severity violationSeverity) {
        this.violationSeverity = violationSeverity;
    }

    /** The totals of a whole report at once. */
    public static RunSummary of(Report report, Severity violationSeverity) {
        RunTally tally = new RunTally(violationSeverity);
        report.files().forEach(tally::add);
        return tally.summary();
    }

    /** Counts one file; one whose cues were not checked (a chapters track...) weighs nothing in the score. */
    public void add(FileResult file) {
        files++;
        if (file.setup().checked()) {
            cues.add(file.cues());
            scores.add(file.score());
        }
        cueCount += file.cues();
        boolean violated = false;
        for (Finding f : file.findings()) {
            switch (f.severity()) {
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case INFO -> infos++;
            }
            if (f.severity().isAtLeast(violationSeverity)) {
                violations++;
                violated = true;
                if (firstViolation == null) {
                    firstViolation = f;
                }
            }
        }
        if (violated) {
            filesWithViolations++;
        }
    }

    /** The totals so far. */
    public RunSummary summary() {
        return new RunSummary(files, cueCount, errors, warnings, infos, Scoring.build(cues, scores),
                violationSeverity, violations, filesWithViolations, firstViolation);
    }
}

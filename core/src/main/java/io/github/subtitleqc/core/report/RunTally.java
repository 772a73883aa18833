package io.github.subtitleqc.core.report;

import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.engine.Report;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.score.Scoring;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tallies a run file by file, keeping per file only its cue count and score, so that the totals,
 * the build's score and the verdict come from the same stream the writers see.
 */
public final class RunTally {

    private final Severity violationSeverity;
    private final Scoring.BuildScore score = new Scoring.BuildScore();
    /** The files that have a violation, once cross-file findings come in (their files were tallied before). */
    private final Set<String> violating = new HashSet<>();
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
            score.add(file.cues(), file.score());
        }
        cueCount += file.cues();
        if (count(file.findings())) {
            filesWithViolations++;
            violating.add(file.path());
        }
    }

    /**
     * Counts the cross-file findings, after the files they name: they count in the totals and
     * the verdict, and change no score.
     */
    public void addCrossFile(List<Finding> findings) {
        for (Finding f : findings) {
            if (count(List.of(f)) && violating.add(f.file())) {
                filesWithViolations++;
            }
        }
    }

    /** Counts findings by severity; whether one of them is a violation. */
    private boolean count(List<Finding> findings) {
        boolean violated = false;
        for (Finding f : findings) {
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
        return violated;
    }

    /** The totals so far. */
    public RunSummary summary() {
        return new RunSummary(files, cueCount, errors, warnings, infos, score.score(),
                violationSeverity, violations, filesWithViolations, firstViolation);
    }
}

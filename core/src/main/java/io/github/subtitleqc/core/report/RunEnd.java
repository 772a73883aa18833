package io.github.subtitleqc.core.report;

import io.github.subtitleqc.core.model.Finding;

import java.util.List;

/**
 * What writers know when a run ends.
 *
 * @param summary   the run's totals and score (the totals count the cross-file findings too)
 * @param verdict   whether the build passes, and the sentence that says why
 * @param crossFile the findings of cross-file rules (such as {@code term-consistency}), known only
 *                  once every file has been checked: grouped by file in the order the files were
 *                  given to {@link ReportWriter#file}, each file's in {@link Finding#ORDER}. They
 *                  are not in any {@link io.github.subtitleqc.core.engine.FileResult} a writer saw,
 *                  and they do not change any score (a score measures each file on its own)
 */
public record RunEnd(RunSummary summary, Verdict verdict, List<Finding> crossFile) {

    public RunEnd {
        crossFile = List.copyOf(crossFile);
    }

    /** The end of a run without cross-file findings. */
    public RunEnd(RunSummary summary, Verdict verdict) {
        this(summary, verdict, List.of());
    }
}

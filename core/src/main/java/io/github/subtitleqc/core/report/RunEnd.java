package io.github.subtitleqc.core.report;

import io.github.subtitleqc.core.model.Finding;

import java.util.List;

/**
 * What writers know when a run ends.
 *
 * @param summary       the run's totals and score (the totals count the cross-file findings too)
 * @param verdict       whether the build passes, and the sentence that says why
 * @param crossFile     the findings of cross-file rules (such as {@code term-consistency}), known only
 *                      once every file has been checked: grouped by file in the order the files were
 *                      given to {@link ReportWriter#file}, each file's in {@link Finding#ORDER}. They
 *                      are not in any {@link io.github.subtitleqc.core.engine.FileResult} a writer saw,
 *                      and they do not change any score (a score measures each file on its own)
 * @param baselined     how many findings the baseline ({@link RunStart#baseline()}) left out: in no
 *                      list, total, score or verdict; 0 without a baseline
 * @param baselineFixed how many of the baseline's entries matched no finding (fixed since it was
 *                      written); 0 without a baseline
 */
public record RunEnd(RunSummary summary, Verdict verdict, List<Finding> crossFile, long baselined, int baselineFixed) {

    public RunEnd {
        crossFile = List.copyOf(crossFile);
    }

    /** The end of a run without a baseline. */
    public RunEnd(RunSummary summary, Verdict verdict, List<Finding> crossFile) {
        this(summary, verdict, crossFile, 0, 0);
    }

    /** The end of a run without cross-file findings. */
    public RunEnd(RunSummary summary, Verdict verdict) {
        this(summary, verdict, List.of());
    }
}

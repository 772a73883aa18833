package io.github.subtitleqc.core.report;

/**
 * What writers know when a run ends.
 *
 * @param summary the run's totals and score
 * @param verdict whether the build passes, and the sentence that says why
 */
public record RunEnd(RunSummary summary, Verdict verdict) {
}

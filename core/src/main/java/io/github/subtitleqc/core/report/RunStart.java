package io.github.subtitleqc.core.report;

import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.rule.RunRule;

import java.util.List;

/**
 * What writers know when a run starts.
 *
 * @param toolVersion       subtitle-qc's version
 * @param module            the name of the module being checked when it must be told apart from
 *                          others in one log (a multi-module build), else {@code null}
 * @param files             how many files will be checked
 * @param rules             the rules that run (reader, per-cue and cross-file rules), in a stable order
 * @param violationSeverity the lowest severity that counts as a violation
 * @param baseline          the baseline that leaves findings out of the run, or {@code null} when none
 *                          does; the counts come in {@link RunEnd}
 */
public record RunStart(String toolVersion, String module, int files, List<RunRule> rules, Severity violationSeverity,
                       BaselineFile baseline) {

    public RunStart {
        rules = List.copyOf(rules);
    }

    /** A run without a baseline. */
    public RunStart(String toolVersion, String module, int files, List<RunRule> rules, Severity violationSeverity) {
        this(toolVersion, module, files, rules, violationSeverity, null);
    }

    /** The same start with a baseline in use. */
    public RunStart withBaseline(BaselineFile newBaseline) {
        return new RunStart(toolVersion, module, files, rules, violationSeverity, newBaseline);
    }

    /**
     * A baseline in use, as the reports name it.
     *
     * @param file    the file as users see it (relative to the project)
     * @param rewrite how to write it again, for the console's advice (e.g. {@code mvn subtitle-qc:baseline})
     */
    public record BaselineFile(String file, String rewrite) {
    }
}

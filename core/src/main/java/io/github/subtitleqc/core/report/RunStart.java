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
 */
public record RunStart(String toolVersion, String module, int files, List<RunRule> rules, Severity violationSeverity) {

    public RunStart {
        rules = List.copyOf(rules);
    }
}

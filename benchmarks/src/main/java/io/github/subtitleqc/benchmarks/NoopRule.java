package io.github.subtitleqc.benchmarks;

import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.rule.RuleContext;
import io.github.subtitleqc.core.rule.RuleDescriptor;

import java.util.ArrayList;
import java.util.List;

/**
 * A per-cue rule that reads the cue's duration and how many visible lines it has, and reports
 * nothing ({@link EngineRun} with {@code -Dengine.noop=N}): the price of the rule SPI itself, a
 * view per cue and a call per rule and cue, with none of a real rule's work. The cross-file rules
 * do not run beside it.
 */
final class NoopRule implements Rule {

    private final RuleDescriptor descriptor;
    /** Written so that the JIT cannot drop the reads. */
    long seen;

    private NoopRule(int n) {
        descriptor = RuleDescriptor.of("noop-" + n, Severity.INFO, "reads a cue and reports nothing");
    }

    static List<Rule> rules(int n) {
        List<Rule> rules = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            rules.add(new NoopRule(i));
        }
        return rules;
    }

    @Override
    public RuleDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public void check(CueView cue, RuleContext context) {
        seen += cue.durationMs() + cue.visibleLines().size();
    }
}

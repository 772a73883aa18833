package io.github.subtitleqc.core.engine;

import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.ProjectRule;

/**
 * One file's summary for one cross-file rule: the rule as it runs on that file (its severity
 * there), and the summary the rule keeps, fed cue by cue.
 */
final class CrossFileSummary {
    final RuleSet.ActiveProjectRule rule;
    final Object state;
    private final FileChecker.Context context;

    CrossFileSummary(RuleSet.ActiveProjectRule rule, FileChecker.Context context, Object state) {
        this.rule = rule;
        this.context = context;
        this.state = state;
    }

    @SuppressWarnings("unchecked")
    void collect(CueView cue) {
        context.guard(cue, () -> ((ProjectRule<Object>) rule.rule()).collect(state, cue, context));
    }

    /** The file's last cue was collected: the rule may shrink its summary; the context is let go. */
    @SuppressWarnings("unchecked")
    CrossFileSummary fileDone() {
        if (!context.failed()) {
            ((ProjectRule<Object>) rule.rule()).fileDone(state);
        }
        return new CrossFileSummary(rule, null, state);
    }
}

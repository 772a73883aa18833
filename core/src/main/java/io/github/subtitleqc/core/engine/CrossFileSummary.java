package io.github.subtitleqc.core.engine;

import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.ProjectRule;
import io.github.subtitleqc.core.rule.SummaryCodec;

/**
 * One file's summary for one cross-file rule: the rule as it runs on that file (its severity
 * there), and the summary the rule keeps, fed cue by cue. A summary taken from the result cache
 * has no state: it exists only as the bytes the cache kept, which the cross-file stage spills as
 * they are and the rule decodes when it decides.
 */
final class CrossFileSummary {
    final RuleSet.ActiveProjectRule rule;
    /** The rule's summary; {@code null} for one taken from the cache, which is only bytes. */
    final Object state;
    private final FileChecker.Context context;

    CrossFileSummary(RuleSet.ActiveProjectRule rule, FileChecker.Context context, Object state) {
        this.rule = rule;
        this.context = context;
        this.state = state;
    }

    /** A summary the cache kept as bytes, not decoded here. */
    static CrossFileSummary cached(RuleSet.ActiveProjectRule rule) {
        return new CrossFileSummary(rule, null, null);
    }

    /** The summary encoded with its rule's codec; {@code null} when the rule has none. */
    @SuppressWarnings("unchecked")
    byte[] encode() throws java.io.IOException {
        SummaryCodec<Object> codec = (SummaryCodec<Object>) rule.rule().summaryCodec();
        return codec == null ? null : codec.encode(state);
    }

    /** Feeds a cue to the summary; a rule that throws is reported once and skipped for the rest of the file. */
    @SuppressWarnings("unchecked")
    void collect(CueView cue) {
        context.collect((ProjectRule<Object>) rule.rule(), state, cue); // no lambda made per cue
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

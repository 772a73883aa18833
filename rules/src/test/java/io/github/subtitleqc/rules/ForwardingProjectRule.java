package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.ProjectRule;
import io.github.subtitleqc.core.rule.RuleContext;
import io.github.subtitleqc.core.rule.RuleDescriptor;

/**
 * A cross-file rule that collects exactly as the rule it wraps and decides in its own way: tests
 * use it to see the summaries the engine made (encode them, decode them, count reads) before the
 * wrapped rule's {@code finish} runs over them.
 */
abstract class ForwardingProjectRule<S> implements ProjectRule<S> {

    protected final ProjectRule<S> rule;

    ForwardingProjectRule(ProjectRule<S> rule) {
        this.rule = rule;
    }

    @Override
    public RuleDescriptor descriptor() {
        return rule.descriptor();
    }

    @Override
    public S newSummary(RuleContext context) {
        return rule.newSummary(context);
    }

    @Override
    public void collect(S summary, CueView cue, RuleContext context) {
        rule.collect(summary, cue, context);
    }

    @Override
    public void fileDone(S summary) {
        rule.fileDone(summary);
    }
}

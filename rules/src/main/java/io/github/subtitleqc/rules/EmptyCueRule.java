package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.rule.RuleContext;
import io.github.subtitleqc.core.rule.RuleDescriptor;

/**
 * {@code empty-cue}: a cue with no visible text (none at all, only markup, or only white space,
 * no-break spaces included: a cue of {@code &nbsp;} shows nothing).
 */
public final class EmptyCueRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("empty-cue", Severity.WARNING,
            "a cue with no visible text");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(CueView cue, RuleContext context) {
        if (cue.isEmpty()) {
            context.report(cue, Messages.get("empty-cue"));
        }
    }
}

package org.example.subtitles;

import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.rule.RuleContext;
import io.github.subtitleqc.core.rule.RuleDescriptor;

/** {@code no-todo}: a translator's note left in a cue. */
public final class NoTodoRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("no-todo", Severity.ERROR,
            "a cue that still says TODO");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(CueView cue, RuleContext context) {
        for (String line : cue.visibleLines()) {
            if (line.contains("TODO")) {
                context.report(cue, "the cue still says TODO: translate it or take the note out");
                return;
            }
        }
    }
}

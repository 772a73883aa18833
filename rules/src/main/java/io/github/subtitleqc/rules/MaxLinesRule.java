package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.Parameter;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.rule.RuleContext;
import io.github.subtitleqc.core.rule.RuleDescriptor;

/**
 * {@code max-lines}: a cue with more than {@code maxLines} lines of visible text. Reported at the
 * first line past the limit.
 */
public final class MaxLinesRule implements Rule {

    static final Parameter<Integer> MAX_LINES = Parameter.integer("maxLines", "the most lines in one cue").positive();

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("max-lines", Severity.ERROR,
            "more than maxLines lines in a cue", MAX_LINES);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(CueView cue, RuleContext context) {
        int max = context.settings().get(MAX_LINES);
        int lines = cue.displayedLineCount();
        if (lines <= max) {
            return;
        }
        int seen = 0;
        int line = cue.line();
        int column = 1;
        for (int i = 0; i < cue.visibleLines().size(); i++) {
            if (!cue.isBlankLine(i) && ++seen == max + 1) {
                line = cue.textLine(i);
                column = cue.textColumn(i, 1);
                break;
            }
        }
        context.report(cue, line, column, Messages.get("max-lines", lines, max, context.profile().name()),
                (double) lines, (double) max);
    }
}

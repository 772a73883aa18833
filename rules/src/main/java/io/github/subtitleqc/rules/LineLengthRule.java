package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.report.Numbers;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.Parameter;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.rule.RuleContext;
import io.github.subtitleqc.core.rule.RuleDescriptor;

/**
 * {@code line-length}: a visible line that counts more than {@code maxChars}, counted as the
 * profile says (in CJK profiles Latin letters count 0.5). Reported at the line itself.
 */
public final class LineLengthRule implements Rule {

    static final Parameter<Double> MAX_CHARS = Parameter.decimal("maxChars",
            "the most characters on one line").positive();

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("line-length", Severity.ERROR,
            "a visible line longer than maxChars", MAX_CHARS);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(CueView cue, RuleContext context) {
        double max = context.settings().get(MAX_CHARS);
        for (int i = 0; i < cue.visibleLines().size(); i++) {
            double count = cue.lineCount(i);
            if (count > max) {
                // a cue that already shows two lines cannot take one more break
                String key = cue.displayedLineCount() >= 2 ? "line-length.full" : "line-length";
                context.report(cue, cue.textLine(i), cue.textColumn(i, 1), Messages.get(key, Numbers.format(count, 1),
                        Numbers.format(max, 1), context.profile().name()), count, max);
            }
        }
    }
}

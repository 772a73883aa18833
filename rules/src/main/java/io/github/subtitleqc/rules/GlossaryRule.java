package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.glossary.Glossary;
import io.github.subtitleqc.core.glossary.GlossaryEntry;
import io.github.subtitleqc.core.glossary.TermMatch;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.rule.RuleContext;
import io.github.subtitleqc.core.rule.RuleDescriptor;

/**
 * {@code glossary}: a variant the run's glossaries forbid (SPEC §6), found in the visible text of
 * each line and reported at that line and column, naming the preferred term and the glossary line
 * that says so. Does nothing without a glossary.
 */
public final class GlossaryRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("glossary", Severity.ERROR,
            "a term the glossary forbids; the message names the preferred term");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(CueView cue, RuleContext context) {
        Glossary glossary = context.glossary();
        if (glossary.isEmpty()) {
            return;
        }
        for (int i = 0; i < cue.visibleLines().size(); i++) {
            String line = cue.visibleLines().get(i);
            for (TermMatch m : glossary.find(line, context.language())) {
                GlossaryEntry e = m.entry();
                String message = e.note() == null
                        ? Messages.get("glossary", m.found(), e.preferred(), e.source())
                        : Messages.get("glossary.note", m.found(), e.preferred(), e.source(), e.note());
                context.report(cue, cue.textLine(i), cue.textColumn(i, line.codePointCount(0, m.start()) + 1), message,
                        null, null);
            }
        }
    }
}

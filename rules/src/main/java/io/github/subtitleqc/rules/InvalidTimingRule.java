package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.rule.RuleContext;
import io.github.subtitleqc.core.rule.RuleDescriptor;
import io.github.subtitleqc.core.time.Timecode;

/**
 * {@code invalid-timing}: a cue that ends at or before its start, or starts before the previous cue
 * starts. The previous cue is the previous of the same {@linkplain CueView#group() group}: in an ASS
 * script, signs listed after the dialogue they sit over are not out of order; SubRip and WebVTT
 * cues are all in one group.
 */
public final class InvalidTimingRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("invalid-timing", Severity.ERROR,
            "end at or before start, or a start before the previous cue's start");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(CueView cue, RuleContext context) {
        if (cue.endMs() == cue.startMs()) {
            context.report(cue, Messages.get("invalid-timing.zero", Timecode.format(cue.startMs())));
        } else if (cue.endMs() < cue.startMs()) {
            context.report(cue, Messages.get("invalid-timing.end", Timecode.format(cue.endMs()),
                    Timecode.format(cue.startMs())));
        }
        CueView previous = context.perFile(Previous.class, Previous::new).swap(cue);
        if (previous != null && cue.startMs() < previous.startMs()) {
            context.report(cue, Messages.get("invalid-timing.order", Timecode.format(cue.startMs()),
                    previous.ordinal(), Timecode.format(previous.startMs())));
        }
    }

    /** This rule's own latest cue of each group. */
    private static final class Previous extends LatestByGroup {
    }
}

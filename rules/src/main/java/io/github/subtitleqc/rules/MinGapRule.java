package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.Parameter;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.rule.RuleContext;
import io.github.subtitleqc.core.rule.RuleDescriptor;
import io.github.subtitleqc.core.time.FrameRate;
import io.github.subtitleqc.core.time.TimeLimit;

/**
 * {@code min-gap}: the gap from a cue to the next is at least 0 but less than {@code minGap}.
 * Reported on the earlier cue, whose end is what usually moves. Overlaps (negative gaps) are
 * {@code overlap}'s.
 *
 * <p>The next cue is the next of the same {@linkplain CueView#group() group}: in an ASS file, a
 * cue on another layer or in another style (a sign) does not shorten the gap between two lines
 * of dialogue. SubRip and WebVTT cues are all in one group: the next cue in the file.
 */
public final class MinGapRule implements Rule {

    static final Parameter<TimeLimit> MIN_GAP = Parameter.duration("minGap",
            "the shortest gap between two cues (ms, s or frames)");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("min-gap", Severity.WARNING,
            "a gap to the next cue of at least 0 and below minGap", MIN_GAP);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(CueView cue, RuleContext context) {
        CueView previous = context.perFile(Previous.class, Previous::new).swap(cue);
        if (previous == null) {
            return;
        }
        long gap = cue.startMs() - previous.endMs();
        FrameRate rate = context.frameRate();
        TimeLimit min = context.settings().get(MIN_GAP);
        if (gap >= 0 && min.isBelow(gap, rate)) {
            context.report(previous, previous.line(), 1, Messages.get("min-gap", Durations.measured(gap, min, rate),
                    cue.ordinal(), Durations.limit(min), context.profile().name()),
                    Durations.value(gap, min, rate), (double) min.amount());
        }
    }

    /** This rule's own latest cue of each group. */
    private static final class Previous extends LatestByGroup {
    }
}

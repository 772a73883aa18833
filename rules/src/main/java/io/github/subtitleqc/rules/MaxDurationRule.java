package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.Parameter;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.rule.RuleContext;
import io.github.subtitleqc.core.rule.RuleDescriptor;
import io.github.subtitleqc.core.time.FrameRate;
import io.github.subtitleqc.core.time.TimeLimit;

/** {@code max-duration}: a cue that lasts longer than {@code maxDuration}. */
public final class MaxDurationRule implements Rule {

    static final Parameter<TimeLimit> MAX_DURATION = Parameter.duration("maxDuration",
            "the longest a cue may last (ms, s or frames)");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("max-duration", Severity.WARNING,
            "duration above maxDuration", MAX_DURATION);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(CueView cue, RuleContext context) {
        FrameRate rate = context.frameRate();
        TimeLimit max = context.settings().get(MAX_DURATION);
        long duration = cue.durationMs();
        if (max.isAbove(duration, rate)) {
            context.report(cue, cue.line(), 1, Messages.get("max-duration", Durations.measured(duration, max, rate),
                    Durations.limit(max), context.profile().name()),
                    Durations.value(duration, max, rate), (double) max.amount());
        }
    }
}

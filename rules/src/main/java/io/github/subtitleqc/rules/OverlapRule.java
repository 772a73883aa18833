package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.rule.RuleContext;
import io.github.subtitleqc.core.rule.RuleDescriptor;
import io.github.subtitleqc.core.time.Timecode;

/**
 * {@code overlap}: a cue starts before the previous one ends, but not before it starts (that is
 * {@code invalid-timing}). Reported on the later cue; the value is the overlap in milliseconds (how
 * much earlier the previous cue would have to end). A cue that lies entirely within the previous
 * one is told to have the previous one end earlier, since starting it later cannot work.
 */
public final class OverlapRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("overlap", Severity.ERROR,
            "a cue starts before the previous one ends");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(CueView cue, RuleContext context) {
        CueView previous = context.previous();
        if (previous == null || cue.startMs() < previous.startMs() || cue.startMs() >= previous.endMs()) {
            return;
        }
        long overlap = previous.endMs() - cue.startMs();
        String message = cue.endMs() <= previous.endMs()
                // starting this cue when the previous one ends would put its start after its end
                ? Messages.get("overlap.inside", Timecode.format(cue.startMs()), Timecode.format(cue.endMs()),
                        previous.ordinal(), Timecode.format(previous.endMs()))
                : Messages.get("overlap", Timecode.format(cue.startMs()), Timecode.duration(overlap),
                        previous.ordinal(), Timecode.format(previous.endMs()));
        context.report(cue, cue.line(), 1, message, (double) overlap, 0.0);
    }
}

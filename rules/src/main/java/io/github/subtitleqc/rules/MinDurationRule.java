package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.Parameter;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.rule.RuleContext;
import io.github.subtitleqc.core.rule.RuleDescriptor;
import io.github.subtitleqc.core.time.FrameRate;
import io.github.subtitleqc.core.time.TimeLimit;
import io.github.subtitleqc.core.time.Timecode;

/**
 * {@code min-duration}: a cue shorter than {@code minDuration}, or shorter than
 * {@code minDurationPerWord} times its word count (the BBC's 0.3 s per word) when that is set. A
 * limit in frames is compared in frames (SPEC §4.6). Cues whose duration is not positive are left
 * to {@code invalid-timing}.
 */
public final class MinDurationRule implements Rule {

    static final Parameter<TimeLimit> MIN_DURATION = Parameter.duration("minDuration",
            "the shortest a cue may last (ms, s or frames)");
    static final Parameter<TimeLimit> MIN_DURATION_PER_WORD = Parameter.duration("minDurationPerWord",
            "the shortest a cue may last per word (checked only when set)");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("min-duration", Severity.WARNING,
            "duration below minDuration", MIN_DURATION, MIN_DURATION_PER_WORD);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(CueView cue, RuleContext context) {
        long duration = cue.durationMs();
        if (duration <= 0) {
            return;
        }
        FrameRate rate = context.frameRate();
        String profile = context.profile().name();
        TimeLimit min = context.settings().get(MIN_DURATION);
        if (min.isBelow(duration, rate)) {
            context.report(cue, cue.line(), 1, Messages.get("min-duration", Durations.measured(duration, min, rate),
                    Durations.limit(min), profile),
                    Durations.value(duration, min, rate), (double) min.amount());
            return;
        }
        TimeLimit perWord = context.settings().valueOrNull(MIN_DURATION_PER_WORD);
        if (perWord != null) {
            int words = cue.words();
            long needed = perWord.toMillis(rate) * words;
            if (duration < needed) {
                String wordCount = words == 1 ? "1 word" : words + " words";
                context.report(cue, cue.line(), 1, Messages.get("min-duration.per-word", wordCount,
                        Timecode.duration(duration), Timecode.duration(perWord.toMillis(rate)),
                        Timecode.duration(needed), profile), (double) duration, (double) needed);
            }
        }
    }
}

package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.report.Numbers;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.Parameter;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.rule.RuleContext;
import io.github.subtitleqc.core.rule.RuleDescriptor;
import io.github.subtitleqc.core.text.Counting;

/**
 * {@code reading-speed}: visible characters per second above {@code maxCps}, or words per minute
 * above {@code maxWpm} (the BBC's measure). Characters are counted as the profile says (SPEC §4);
 * with {@code countSpaces=false} spaces count 0. Cues whose duration is not positive are left to
 * {@code invalid-timing}.
 */
public final class ReadingSpeedRule implements Rule {

    static final Parameter<Double> MAX_CPS = Parameter.decimal("maxCps",
            "the most visible characters per second").positive();
    static final Parameter<Double> MAX_WPM = Parameter.decimal("maxWpm",
            "the most words per minute (checked only when set)").positive();
    static final Parameter<Boolean> COUNT_SPACES = Parameter.bool("countSpaces",
            "whether spaces count towards the reading speed").withDefault("true");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("reading-speed", Severity.ERROR,
            "visible characters per second above maxCps (or words per minute above maxWpm)",
            MAX_CPS, MAX_WPM, COUNT_SPACES);

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
        String profile = context.profile().name();
        Double maxCps = context.settings().valueOrNull(MAX_CPS);
        if (maxCps != null) {
            double max = maxCps;
            double count = cue.count(context.settings().get(COUNT_SPACES));
            double cps = count * 1000 / duration;
            if (cps > max) {
                // what fits is a count the text can have: whole characters, or halves under CJK weighting
                double step = cue.counting() == Counting.ALL_ONE ? 1 : 0.5;
                double fits = Math.floor(max * duration / 1000 / step) * step;
                context.report(cue, cue.line(), 1, Messages.get("reading-speed.cps", Numbers.exceeding(cps, max),
                        Numbers.format(max, 2), profile, seconds(count / max), Numbers.format(fits, 1)), cps, max);
            }
        }
        Double maxWpm = context.settings().valueOrNull(MAX_WPM);
        if (maxWpm != null) {
            double max = maxWpm;
            int words = cue.words();
            double wpm = words * 60_000.0 / duration;
            if (wpm > max) {
                long fits = (long) Math.floor(max * duration / 60_000);
                context.report(cue, cue.line(), 1, Messages.get("reading-speed.wpm", Numbers.exceeding(wpm, max),
                        Numbers.format(max, 2), profile, seconds(words * 60 / max), fits), wpm, max);
            }
        }
    }

    /** Seconds rounded up to hundredths, so that the advice is enough. */
    private static String seconds(double s) {
        return Numbers.format(Math.ceil(s * 100 - 1e-9) / 100, 2);
    }
}

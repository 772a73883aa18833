package io.github.subtitleqc.core.engine;

import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.report.Numbers;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.Parameter;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.rule.RuleContext;
import io.github.subtitleqc.core.rule.RuleDescriptor;
import io.github.subtitleqc.core.time.TimeLimit;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Small rules for engine tests (the built-in rules live in another module). Each reports a message
 * that shows what the engine handed it, so a test can see settings, profile and context arrive.
 */
public final class TestRules {

    private TestRules() {
    }

    /** The usual set, in this order: reading-speed, min-gap, every-cue. */
    static List<Rule> standard() {
        return List.of(new ReadingSpeed(), new MinGap(), new EveryCue());
    }

    /** Characters per second above {@code maxCps} (from the profile unless configured). */
    public static final class ReadingSpeed implements Rule {
        static final Parameter<Double> MAX_CPS = Parameter.decimal("maxCps", "the most characters per second").positive();
        static final Parameter<Boolean> COUNT_SPACES = Parameter.bool("countSpaces", "whether spaces count").withDefault("true");
        private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("reading-speed", Severity.ERROR,
                "too fast to read", MAX_CPS, COUNT_SPACES);

        @Override
        public RuleDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public void check(CueView cue, RuleContext context) {
            if (cue.durationMs() <= 0) {
                return;
            }
            context.settings().find(MAX_CPS).ifPresent(max -> {
                double cps = cue.count(context.settings().get(COUNT_SPACES)) * 1000 / cue.durationMs();
                if (cps > max) {
                    context.report(cue, cue.line(), 1, Numbers.format(cps, 1) + " chars/s, limit "
                            + Numbers.format(max, 2) + " (" + context.profile().name() + ")", cps, max);
                }
            });
        }
    }

    /** A gap to the previous cue below {@code minGap}, measured in the limit's unit. */
    public static final class MinGap implements Rule {
        static final Parameter<TimeLimit> MIN_GAP = Parameter.duration("minGap", "the least gap between cues");
        private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("min-gap", Severity.WARNING,
                "cues too close", MIN_GAP);

        @Override
        public RuleDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public void check(CueView cue, RuleContext context) {
            CueView previous = context.previous();
            if (previous == null) {
                return;
            }
            long gap = cue.startMs() - previous.endMs();
            TimeLimit min = context.settings().get(MIN_GAP);
            if (gap >= 0 && min.isBelow(gap, context.frameRate())) {
                context.report(cue, cue.line(), 1, "gap " + gap + " ms is " + min.measure(gap, context.frameRate())
                        + " at " + context.frameRate() + ", limit " + min, (double) gap, (double) min.toMillis(context.frameRate()));
            }
        }
    }

    /** Reports every cue with what it was told about the file. */
    public static final class EveryCue implements Rule {
        private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("every-cue", Severity.INFO, "every cue");

        @Override
        public RuleDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public void check(CueView cue, RuleContext context) {
            context.report(cue, "cue " + cue.ordinal() + " after " + (context.previous() == null ? "none"
                    : "cue " + context.previous().ordinal()) + ", " + context.profile().name() + ", language "
                    + context.language() + ", first line counts " + Numbers.format(cue.lineCount(0), 1));
        }
    }

    /** Reports the cues it sees and throws on the second one. */
    public static final class Boom implements Rule {
        private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("boom", Severity.INFO, "fails on cue 2");

        @Override
        public RuleDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public void check(CueView cue, RuleContext context) {
            if (cue.ordinal() == 2) {
                throw new IllegalStateException("kaboom");
            }
            context.report(cue, "boom saw cue " + cue.ordinal());
        }
    }

    /** Sleeps as many milliseconds as the first cue's text says and records the thread it ran on. */
    public static final class Slow implements Rule {
        private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("slow", Severity.INFO, "sleeps");
        final Set<String> threads = ConcurrentHashMap.newKeySet();

        @Override
        public RuleDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public void check(CueView cue, RuleContext context) {
            threads.add(Thread.currentThread().getName() + "#" + Thread.currentThread().getId());
            try {
                Thread.sleep(Long.parseLong(cue.visibleLines().get(0).strip()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

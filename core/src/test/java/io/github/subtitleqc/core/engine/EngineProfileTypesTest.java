package io.github.subtitleqc.core.engine;

import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.Parameter;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.rule.RuleContext;
import io.github.subtitleqc.core.rule.RuleDescriptor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Profiles give typed values; a rule that declares a profile's parameter with another type fails before any file is read. */
class EngineProfileTypesTest {

    /** Declares maxChars, which every profile sets as a decimal number, as a whole number; reports its value. */
    static final class WholeMaxChars implements Rule {
        private static final Parameter<Integer> MAX_CHARS = Parameter.integer("maxChars", "the most characters");
        private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("whole-max-chars", Severity.ERROR,
                "declares maxChars as a whole number", MAX_CHARS);

        @Override
        public RuleDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public void check(CueView cue, RuleContext context) {
            Integer max = context.settings().get(MAX_CHARS);
            context.report(cue, cue.line(), 1, "maxChars " + max, null, null);
        }
    }

    @Test
    void aRuleThatDeclaresAProfileParameterWithAnotherTypeIsAConfigurationError() {
        assertThatThrownBy(() -> new Engine(EngineConfig.defaults(), List.of(new WholeMaxChars())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("rule 'whole-max-chars': maxChars: the profile's value 42.0 is a decimal number, but the"
                        + " rule declares a whole number: declare the parameter with the type the profiles give it"
                        + " (see ProfileParameters)");
    }

    @Test
    void aValueFromThePomStillParsesToTheRulesOwnType() {
        // the POM's text is parsed with the rule's declaration, so the same rule works when the POM sets it
        Engine engine = new Engine(EngineConfig.defaults().withProfile("netflix-en").withRules(List.of(
                new RuleOverride("whole-max-chars", null, null, java.util.Map.of("maxChars", "40")))),
                List.of(new WholeMaxChars()));
        FileResult result = engine.check("a.en.srt",
                "1\n00:00:01,000 --> 00:00:03,000\nHello.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        org.assertj.core.api.Assertions.assertThat(result.findings())
                .extracting(io.github.subtitleqc.core.model.Finding::ruleId, io.github.subtitleqc.core.model.Finding::line,
                        io.github.subtitleqc.core.model.Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("whole-max-chars", 2, "maxChars 40"));
    }

    /** Declares minGap as more than zero: every Netflix profile's 2 frames pass, bbc's 0 ms, the last profile, does not. */
    static final class PositiveMinGap implements Rule {
        private static final Parameter<io.github.subtitleqc.core.time.TimeLimit> MIN_GAP =
                Parameter.duration("minGap", "the least gap").positive();
        private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("positive-min-gap", Severity.ERROR,
                "declares minGap as more than zero", MIN_GAP);

        @Override
        public RuleDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public void check(CueView cue, RuleContext context) {
            context.report(cue, cue.line(), 1, "minGap " + context.settings().get(MIN_GAP).amount(), null, null);
        }
    }

    @Test
    void aValueOnlyTheLastProfileGivesIsCheckedBeforeAnyFileToo() {
        // the first profile passes; the message is the one of the profile that fails, whichever profile is configured
        for (String profile : List.of("auto", "netflix-en", "bbc")) {
            assertThatThrownBy(() -> new Engine(EngineConfig.defaults().withProfile(profile), List.of(new PositiveMinGap())))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("rule 'positive-min-gap': minGap: '0 ms' must be greater"
                            + " than 0");
        }
    }

    @Test
    void aValueFromThePomIsNotTheProfilesAndIsNotCheckedAgainstIt() {
        Engine engine = new Engine(EngineConfig.defaults().withProfile("bbc").withRules(List.of(
                new RuleOverride("positive-min-gap", null, null, java.util.Map.of("minGap", "3f")))),
                List.of(new PositiveMinGap()));
        FileResult result = engine.check("a.en.srt",
                "1\n00:00:01,000 --> 00:00:03,000\nHello.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        org.assertj.core.api.Assertions.assertThat(result.findings())
                .extracting(io.github.subtitleqc.core.model.Finding::message)
                .containsExactly("minGap 3");
    }

    @Test
    void eachFileGetsItsOwnProfilesValues() {
        // settings are made per profile when a file needs them: two files, two profiles, two values
        Engine engine = new Engine(EngineConfig.defaults(), List.of(new EchoMaxCps()));
        byte[] srt = "1\n00:00:01,000 --> 00:00:03,000\nHello.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(engine.check("a.en.srt", srt).findings())
                .extracting(io.github.subtitleqc.core.model.Finding::message).containsExactly("maxCps 20.0");
        org.assertj.core.api.Assertions.assertThat(engine.check("a.ja.srt", srt).findings())
                .extracting(io.github.subtitleqc.core.model.Finding::message).containsExactly("maxCps 4.0");
    }

    /** Takes maxCps from the profile and reports it. */
    static final class EchoMaxCps implements Rule {
        private static final Parameter<Double> MAX_CPS = Parameter.decimal("maxCps", "the most characters per second");
        private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("echo-max-cps", Severity.ERROR,
                "reports maxCps", MAX_CPS);

        @Override
        public RuleDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public void check(CueView cue, RuleContext context) {
            context.report(cue, cue.line(), 1, "maxCps " + context.settings().get(MAX_CPS), null, null);
        }
    }
}

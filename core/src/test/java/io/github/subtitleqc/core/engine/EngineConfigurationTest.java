package io.github.subtitleqc.core.engine;

import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.Parameter;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.rule.RuleContext;
import io.github.subtitleqc.core.rule.RuleDescriptor;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The configuration is checked when the engine is built, before any file is read. */
class EngineConfigurationTest {

    private static final String KNOWN = "known rules: encoding, parse-error, format, track-kind, reading-speed, min-gap, every-cue";

    private static Engine engine(RuleOverride... overrides) {
        return new Engine(EngineConfig.defaults().withRules(Arrays.asList(overrides)), TestRules.standard());
    }

    private static RuleOverride parameters(String ruleId, Map<String, String> parameters) {
        return new RuleOverride(ruleId, null, null, parameters);
    }

    @Test
    void aValidConfigurationBuilds() {
        assertThatCode(() -> engine(
                parameters("reading-speed", Map.of("maxCps", "17", "countSpaces", "false")),
                new RuleOverride("min-gap", null, "error", Map.of("minGap", "3f")),
                new RuleOverride("every-cue", false, null, null),
                new RuleOverride("format", null, "warning", null))).doesNotThrowAnyException();
    }

    @Test
    void aMisspeltRuleIdGetsASuggestion() {
        assertThatThrownBy(() -> engine(parameters("reading-sped", Map.of())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("unknown rule id 'reading-sped' in the rules configuration (did you mean 'reading-speed'?); "
                        + KNOWN);
    }

    @Test
    void anUnknownRuleIdListsTheKnownOnes() {
        assertThatThrownBy(() -> engine(parameters("spelling-check", Map.of())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("unknown rule id 'spelling-check' in the rules configuration; " + KNOWN);
    }

    @Test
    void aRuleWithoutIdIsUnknown() {
        assertThatThrownBy(() -> engine(parameters(null, Map.of())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("unknown rule id 'null' in the rules configuration; " + KNOWN);
    }

    @Test
    void aMisspeltParameterGetsASuggestion() {
        assertThatThrownBy(() -> engine(parameters("reading-speed", Map.of("maxCsp", "9"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("rule 'reading-speed' has no parameter 'maxCsp' (did you mean 'maxCps'?); "
                        + "its parameters: maxCps, countSpaces");
    }

    @Test
    void aParameterForARuleThatTakesNone() {
        assertThatThrownBy(() -> engine(parameters("encoding", Map.of("charset", "UTF-8"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("rule 'encoding' has no parameter 'charset'; it takes none");
    }

    @Test
    void aBadParameterValueNamesTheRuleAndTheParameter() {
        assertThatThrownBy(() -> engine(parameters("reading-speed", Map.of("maxCps", "fast"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("rule 'reading-speed': maxCps: 'fast' is not a number: write e.g. 17 or 15.5");
        assertThatThrownBy(() -> engine(parameters("reading-speed", Map.of("maxCps", "0"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("rule 'reading-speed': maxCps: '0' must be greater than 0");
        assertThatThrownBy(() -> engine(parameters("min-gap", Map.of("minGap", "2 fps"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("rule 'min-gap': minGap: invalid duration '2 fps': use milliseconds (833 or 833ms),"
                        + " seconds (0.833s, 5/6s) or frames (2f, 2 frames)");
        assertThatThrownBy(() -> engine(parameters("min-gap", Map.of("minGap", "1/0s"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("rule 'min-gap': minGap: invalid duration '1/0s': a fraction cannot have 0 below the line");
    }

    @Test
    void aBadSeverity() {
        assertThatThrownBy(() -> engine(new RuleOverride("reading-speed", null, "fatal", null)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("rule 'reading-speed': unknown severity 'fatal': use one of info, warning, error");
        assertThatThrownBy(() -> engine(new RuleOverride("parse-error", null, "", null)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("rule 'parse-error': unknown severity '': use one of info, warning, error");
    }

    @Test
    void aRuleConfiguredTwice() {
        assertThatThrownBy(() -> engine(parameters("reading-speed", Map.of("maxCps", "17")),
                new RuleOverride("reading-speed", null, "warning", null)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("rule 'reading-speed' is configured twice: merge the two entries");
    }

    @Test
    void anUnknownProfile() {
        assertThatThrownBy(() -> new Engine(EngineConfig.defaults().withProfile("netflix-xx"), TestRules.standard()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("unknown profile 'netflix-xx': use auto or one of netflix-en, netflix-en-children,"
                        + " netflix-zh-hans, netflix-zh-hans-children, netflix-zh-hant, netflix-zh-hant-children,"
                        + " netflix-ja, netflix-ko, netflix-ko-children, netflix-ar, netflix-ar-children, netflix-bg,")
                .hasMessageEndingWith(", netflix-zu, netflix-zu-children, bbc");
    }

    /** A rule whose parameter cannot read a profile's value: found before any file, whatever the file's profile. */
    @Test
    void aProfileValueTheRuleCannotReadIsFoundUpFront() {
        Rule strict = new Rule() {
            private final RuleDescriptor descriptor = RuleDescriptor.of("strict-lines", Severity.ERROR, "lines",
                    Parameter.bool("maxLines", "a flag by mistake"));

            @Override
            public RuleDescriptor descriptor() {
                return descriptor;
            }

            @Override
            public void check(CueView cue, RuleContext context) {
            }
        };
        assertThatThrownBy(() -> new Engine(EngineConfig.defaults().withProfile("bbc"), List.of(strict)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("rule 'strict-lines': maxLines: the profile's value 2 is a whole number, but the rule declares"
                        + " true or false: declare the parameter with the type the profiles give it (see ProfileParameters)");
    }

    /** What the plugin prints after "subtitle-qc: ": the glossary's path, the line and the fix, no parser class. */
    @Test
    void aBrokenGlossaryIsAConfigurationErrorInPlainWords(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        java.nio.file.Path csv = java.nio.file.Files.writeString(tmp.resolve("glossary.csv"),
                "preferred,forbidden\nOpenAI,Open AI\nBedrock,\"betawork\n");

        assertThatThrownBy(() -> new Engine(EngineConfig.defaults().withGlossaries(List.of(csv)), TestRules.standard()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(csv + ":3: a quoted field is not closed (its quote opens at column 9): close the quote or"
                        + " remove it");
    }
}

package io.github.subtitleqc.core.rule;

import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.time.TimeLimit;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A parameter's value comes from the POM, else the profile, else its default. */
class RuleSettingsTest {

    private static final Parameter<Double> MAX_CPS = Parameter.decimal("maxCps", "cps").positive();
    private static final Parameter<Boolean> COUNT_SPACES = Parameter.bool("countSpaces", "spaces").withDefault("true");
    private static final Parameter<TimeLimit> MIN_GAP = Parameter.duration("minGap", "gap").withDefault("0ms");
    private static final Parameter<Double> MAX_WPM = Parameter.decimal("maxWpm", "wpm");

    private static final RuleDescriptor RULE = RuleDescriptor.of("reading-speed", Severity.ERROR, "too fast",
            MAX_CPS, COUNT_SPACES, MIN_GAP, MAX_WPM);

    @Test
    void thePomWinsOverTheProfileWhichWinsOverTheDefault() {
        RuleSettings s = RuleSettings.resolve(RULE,
                Map.of("maxCps", "12"),
                Map.of("maxCps", 9.0, "minGap", TimeLimit.ofFrames(2), "countSpaces", true));
        assertThat(s.get(MAX_CPS)).isEqualTo(12.0);
        assertThat(s.get(MIN_GAP)).isEqualTo(TimeLimit.ofFrames(2));
        assertThat(s.get(COUNT_SPACES)).isTrue();

        RuleSettings pomOverDefault = RuleSettings.resolve(RULE, Map.of("countSpaces", "false"), Map.of());
        assertThat(pomOverDefault.get(COUNT_SPACES)).isFalse();
        assertThat(pomOverDefault.get(MIN_GAP)).isEqualTo(TimeLimit.ofMillis(0));
    }

    @Test
    void aParameterNobodySetsHasNoValue() {
        RuleSettings s = RuleSettings.resolve(RULE, Map.of(), Map.of("maxCps", 20.0));
        assertThat(s.find(MAX_WPM)).isEmpty();
        assertThatThrownBy(() -> s.get(MAX_WPM)).isInstanceOf(IllegalStateException.class)
                .hasMessage("parameter maxWpm has no value: set it in the rule's configuration or give it a default");
    }

    @Test
    void profileValuesForOtherRulesAreIgnored() {
        RuleSettings s = RuleSettings.resolve(RULE, Map.of(), Map.of("maxChars", 42, "maxCps", 20.0));
        assertThat(s.get(MAX_CPS)).isEqualTo(20.0);
        assertThat(s.find(Parameter.integer("maxChars", "chars"))).isEmpty();
    }

    @Test
    void aParameterIsFoundByItsNameAsWellAsByTheRulesOwnObject() {
        RuleSettings s = RuleSettings.resolve(RULE, Map.of("maxCps", "12"), Map.of());
        assertThat(s.get(MAX_CPS)).isEqualTo(12.0);
        assertThat(s.get(Parameter.decimal("maxCps", "another object of the same name"))).isEqualTo(12.0);
        assertThat(s.get(Parameter.bool("countSpaces", "the default's, by name"))).isTrue();
    }

    @Test
    void aBadValueIsRejectedWithTheParametersName() {
        assertThatThrownBy(() -> RuleSettings.resolve(RULE, Map.of("maxCps", "0"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxCps: '0' must be greater than 0");
        assertThatThrownBy(() -> RuleSettings.resolve(RULE, Map.of(), Map.of("maxCps", -3.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxCps: '-3.0' must be greater than 0");
    }

    @Test
    void aProfileValueOfAnotherTypeThanTheRuleDeclaresIsRejected() {
        assertThatThrownBy(() -> RuleSettings.resolve(RULE, Map.of(), Map.of("minGap", 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minGap: the profile's value 2 is a whole number, but the rule declares a duration:"
                        + " declare the parameter with the type the profiles give it (see ProfileParameters)");
    }

    @Test
    void aBadProfileValueIsNotReadWhenThePomOverridesIt() {
        RuleSettings s = RuleSettings.resolve(RULE, Map.of("maxCps", "15"), Map.of("maxCps", "fast"));
        // (a profile's text is never parsed by a rule: profiles are typed when they load)
        assertThat(s.get(MAX_CPS)).isEqualTo(15.0);
    }
}

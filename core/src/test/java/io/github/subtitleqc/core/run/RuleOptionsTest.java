package io.github.subtitleqc.core.run;

import io.github.subtitleqc.core.engine.ConfigurationException;
import io.github.subtitleqc.core.engine.RuleOverride;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleOptionsTest {

    @Test
    void oneOverridePerRuleInTheOrderRulesWereFirstNamed() {
        assertThat(RuleOptions.overrides(List.of("reading-speed:maxCps=17", " line-length : maxChars = 40", "reading-speed:maxWpm=200"),
                List.of("whitespace"), List.of("reading-speed=warning", "overlap=info")))
                .containsExactly(
                        new RuleOverride("reading-speed", null, "warning", Map.of("maxCps", "17", "maxWpm", "200")),
                        new RuleOverride("line-length", null, null, Map.of("maxChars", "40")),
                        new RuleOverride("whitespace", false, null, Map.of()),
                        new RuleOverride("overlap", null, "info", Map.of()));
    }

    @Test
    void badShapesSayHowToWriteThem() {
        assertThatThrownBy(() -> RuleOptions.overrides(List.of("reading-speed=17"), List.of(), List.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("--rule reading-speed=17: write it as id:parameter=value, such as reading-speed:maxCps=17");
        assertThatThrownBy(() -> RuleOptions.overrides(List.of(), List.of(), List.of("warning")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("--severity warning: write it as id=level, such as reading-speed=warning");
    }
}

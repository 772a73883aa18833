package io.github.subtitleqc.core.rule;

import io.github.subtitleqc.core.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleDescriptorTest {

    private static final Parameter<Double> MAX_CPS = Parameter.decimal("maxCps", "cps");
    private static final Parameter<Boolean> COUNT_SPACES = Parameter.bool("countSpaces", "spaces");

    @Test
    void findsItsParametersByName() {
        RuleDescriptor d = RuleDescriptor.of("reading-speed", Severity.ERROR, "too fast", MAX_CPS, COUNT_SPACES);
        assertThat(d.id()).isEqualTo("reading-speed");
        assertThat(d.defaultSeverity()).isEqualTo(Severity.ERROR);
        assertThat(d.description()).isEqualTo("too fast");
        assertThat(d.parameters()).containsExactly(MAX_CPS, COUNT_SPACES);
        assertThat(d.parameter("countSpaces")).contains(COUNT_SPACES);
        assertThat(d.parameter("maxcps")).isEmpty();
        assertThat(RuleDescriptor.of("empty-cue", Severity.WARNING, "no text").parameters()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"reading-speed", "a", "min-gap", "rule2", "x-2-y"})
    void acceptsKebabCaseIds(String id) {
        assertThat(RuleDescriptor.of(id, Severity.INFO, "d").id()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Reading-Speed", "reading_speed", "readingSpeed", "reading--speed", "-reading",
            "reading-", "2rule", "reading speed", ""})
    void rejectsOtherIds(String id) {
        assertThatThrownBy(() -> RuleDescriptor.of(id, Severity.INFO, "d"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule id '" + id + "' must be lower-case kebab case, e.g. reading-speed");
    }
}

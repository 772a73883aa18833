package io.github.subtitleqc.core.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeverityTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(textBlock = """
            error,     ERROR
            ERROR,     ERROR
            ' Error ', ERROR
            warning,   WARNING
            warn,      WARNING
            WARN,      WARNING
            info,      INFO
            """)
    void parses(String text, Severity severity) {
        assertThat(Severity.parse(text)).isEqualTo(severity);
    }

    @Test
    void rejectsOthersListingTheAcceptedValues() {
        assertThatThrownBy(() -> Severity.parse("fatal")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown severity 'fatal': use one of info, warning, error");
        assertThatThrownBy(() -> Severity.parse(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown severity 'null': use one of info, warning, error");
    }

    @Test
    void isOrderedFromInfoToError() {
        assertThat(Severity.ERROR.isAtLeast(Severity.WARNING)).isTrue();
        assertThat(Severity.WARNING.isAtLeast(Severity.WARNING)).isTrue();
        assertThat(Severity.INFO.isAtLeast(Severity.WARNING)).isFalse();
        assertThat(Severity.WARNING.id()).isEqualTo("warning");
    }
}

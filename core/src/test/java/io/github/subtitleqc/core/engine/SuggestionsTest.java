package io.github.subtitleqc.core.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionsTest {

    private static final List<String> RULES = List.of("reading-speed", "line-length", "max-lines", "min-gap", "min-duration");

    @Test
    void suggestsTheNearestNameWithinThreeEdits() {
        assertThat(Suggestions.didYouMean("reading-sped", RULES)).isEqualTo(" (did you mean 'reading-speed'?)");
        assertThat(Suggestions.didYouMean("max-line", RULES)).isEqualTo(" (did you mean 'max-lines'?)");
        assertThat(Suggestions.didYouMean("mingap", RULES)).isEqualTo(" (did you mean 'min-gap'?)");
    }

    @Test
    void suggestsNothingWhenNothingIsNear() {
        assertThat(Suggestions.didYouMean("spelling", RULES)).isEmpty();
        assertThat(Suggestions.didYouMean(null, RULES)).isEmpty();
        assertThat(Suggestions.didYouMean("x", List.of())).isEmpty();
    }
}

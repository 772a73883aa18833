package io.github.subtitleqc.core.rule;

import io.github.subtitleqc.core.time.TimeLimit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParameterTest {

    private static final Parameter<Double> MAX_CPS = Parameter.decimal("maxCps", "the most characters per second");
    private static final Parameter<Integer> MAX_LINES = Parameter.integer("maxLines", "the most lines");
    private static final Parameter<TimeLimit> MIN_GAP = Parameter.duration("minGap", "the least gap");
    private static final Parameter<Boolean> COUNT_SPACES = Parameter.bool("countSpaces", "whether spaces count");

    @Test
    void parsesEachType() {
        assertThat(MAX_CPS.parse("17")).isEqualTo(17.0);
        assertThat(MAX_CPS.parse(" 15.5 ")).isEqualTo(15.5);
        assertThat(MAX_CPS.parse("-3")).isEqualTo(-3.0);
        assertThat(MAX_LINES.parse("2")).isEqualTo(2);
        assertThat(MIN_GAP.parse("2f")).isEqualTo(TimeLimit.ofFrames(2));
        assertThat(MIN_GAP.parse("5/6s")).isEqualTo(TimeLimit.ofMillis(833));
        assertThat(COUNT_SPACES.parse("true")).isTrue();
        assertThat(COUNT_SPACES.parse("FALSE")).isFalse();
    }

    @Test
    void badValuesNameTheParameterAndSayWhatToWrite() {
        assertThatThrownBy(() -> MAX_CPS.parse("fast")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxCps: 'fast' is not a number: write e.g. 17 or 15.5");
        assertThatThrownBy(() -> MAX_CPS.parse("NaN")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxCps: 'NaN' is not a number: write e.g. 17 or 15.5");
        assertThatThrownBy(() -> MAX_CPS.parse("Infinity")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxCps: 'Infinity' is not a number: write e.g. 17 or 15.5");
        assertThatThrownBy(() -> MAX_CPS.parse(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxCps: '' is not a number: write e.g. 17 or 15.5");
        assertThatThrownBy(() -> MAX_LINES.parse("2.5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxLines: '2.5' is not a whole number: write e.g. 2");
        assertThatThrownBy(() -> COUNT_SPACES.parse("yes")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("countSpaces: 'yes' is not true or false");
        assertThatThrownBy(() -> MIN_GAP.parse("2 fps")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minGap: invalid duration '2 fps': use milliseconds (833 or 833ms), seconds (0.833s, 5/6s)"
                        + " or frames (2f, 2 frames)");
        assertThatThrownBy(() -> MIN_GAP.parse("5/0s")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minGap: invalid duration '5/0s': a fraction cannot have 0 below the line");
    }

    @Test
    void positiveRejectsZeroAndBelow() {
        Parameter<Double> maxCps = MAX_CPS.positive();
        assertThat(maxCps.parse("0.5")).isEqualTo(0.5);
        assertThatThrownBy(() -> maxCps.parse("0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxCps: '0' must be greater than 0");
        assertThatThrownBy(() -> maxCps.parse("-1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxCps: '-1' must be greater than 0");
        Parameter<Integer> maxLines = MAX_LINES.positive();
        assertThat(maxLines.parse("1")).isEqualTo(1);
        assertThatThrownBy(() -> maxLines.parse("0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxLines: '0' must be greater than 0");
        // the original is unchanged
        assertThat(MAX_LINES.parse("0")).isZero();
    }

    @Test
    void positiveWorksForDurationsToo() {
        Parameter<TimeLimit> minGap = MIN_GAP.positive();
        assertThat(minGap.parse("2f")).isEqualTo(TimeLimit.ofFrames(2));
        assertThatThrownBy(() -> minGap.parse("0f")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minGap: '0f' must be greater than 0");
        assertThatThrownBy(() -> minGap.parse("0ms")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minGap: '0ms' must be greater than 0");
    }

    @Test
    void aDefaultIsParsedWhenItIsGiven() {
        Parameter<Boolean> withDefault = COUNT_SPACES.withDefault("true");
        assertThat(withDefault.defaultValue()).isEqualTo("true");
        assertThat(COUNT_SPACES.defaultValue()).isNull();
        assertThatThrownBy(() -> COUNT_SPACES.withDefault("maybe")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("countSpaces: 'maybe' is not true or false");
        assertThatThrownBy(() -> MAX_CPS.positive().withDefault("0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxCps: '0' must be greater than 0");
        // positive() keeps the default
        assertThat(MAX_CPS.withDefault("20").positive().defaultValue()).isEqualTo("20");
    }

    @Test
    void describesItself() {
        assertThat(MAX_CPS.name()).isEqualTo("maxCps");
        assertThat(MAX_CPS.description()).isEqualTo("the most characters per second");
        assertThat(MAX_CPS).hasToString("maxCps");
    }

    @Test
    void acceptsEveryValueOfAParameterOfTheSameTypeNoStricterThanIt() {
        Parameter<Double> any = Parameter.decimal("maxCps", "any");
        Parameter<Double> positive = Parameter.decimal("maxCps", "more than 0").positive();
        assertThat(any.acceptsEveryValueOf(positive)).isTrue();
        assertThat(positive.acceptsEveryValueOf(positive)).isTrue();
        assertThat(any.acceptsEveryValueOf(any)).isTrue();
        assertThat(positive.acceptsEveryValueOf(any)).isFalse(); // 0 passes any, not positive
        assertThat(positive.accept(0.0 + 1)).isEqualTo(1.0);
        assertThat(Parameter.integer("maxLines", "whole").acceptsEveryValueOf(any)).isFalse();
        assertThat(Parameter.duration("minGap", "d").acceptsEveryValueOf(Parameter.duration("minGap", "d"))).isTrue();
        assertThat(Parameter.duration("minGap", "d").positive()
                .acceptsEveryValueOf(Parameter.duration("minGap", "d"))).isFalse();
    }
}

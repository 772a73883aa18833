package io.github.subtitleqc.core.time;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Duration limits in milliseconds or frames (SPEC §4.6). */
class TimeLimitTest {

    private static final FrameRate FILM = FrameRate.parse("23.976");

    @ParameterizedTest(name = "''{0}'' = {1} ms")
    @CsvSource(textBlock = """
            833,        833
            833ms,      833
            833 ms,     833
            833MS,      833
            0.833s,     833
            5/6s,       833
            5/6 s,      833
            7s,         7000
            7 sec,      7000
            7 seconds,  7000
            1 second,   1000
            0.3s,       300
            0.0005s,    1
            0,          0
            ' 42 ',     42
            """)
    void parsesMilliseconds(String text, long millis) {
        assertThat(TimeLimit.parse(text)).isEqualTo(TimeLimit.ofMillis(millis));
    }

    @ParameterizedTest(name = "''{0}'' = {1} frames")
    @CsvSource(textBlock = """
            2f,       2
            2 f,      2
            2F,       2
            2 frames, 2
            1 frame,  1
            0f,       0
            4/2f,     2
            """)
    void parsesFrames(String text, long frames) {
        assertThat(TimeLimit.parse(text)).isEqualTo(TimeLimit.ofFrames(frames));
    }

    @Test
    void fiveSixthsOfASecondIs833Milliseconds() {
        assertThat(TimeLimit.parse("5/6s").amount()).isEqualTo(833);
        assertThat(TimeLimit.parse("5/6s").frames()).isFalse();
    }

    @Test
    void an833MillisecondCueIsNotBelowFiveSixthsOfASecond() {
        assertThat(TimeLimit.parse("5/6s").isBelow(833, FILM)).isFalse();
        assertThat(TimeLimit.parse("833ms").isBelow(833, FILM)).isFalse();
        assertThat(TimeLimit.parse("5/6s").isBelow(832, FILM)).isTrue();
    }

    @Test
    void an83MillisecondGapIsTwoFramesAtFilmRate() {
        TimeLimit twoFrames = TimeLimit.parse("2f");
        assertThat(twoFrames.measure(83, FILM)).isEqualTo(2);
        assertThat(twoFrames.isBelow(83, FILM)).isFalse();
    }

    @Test
    void an82MillisecondGapIsTwoFramesToo() {
        // 82 ms is 1.966 frames at 24000/1001: it rounds to 2 and passes a 2-frame minimum
        TimeLimit twoFrames = TimeLimit.parse("2f");
        assertThat(twoFrames.measure(82, FILM)).isEqualTo(2);
        assertThat(twoFrames.isBelow(82, FILM)).isFalse();
        // the first gap below 2 frames is 62 ms (1.487 frames)
        assertThat(twoFrames.isBelow(63, FILM)).isFalse();
        assertThat(twoFrames.isBelow(62, FILM)).isTrue();
    }

    @Test
    void aboveComparesInTheLimitsUnit() {
        TimeLimit sevenSeconds = TimeLimit.parse("7000ms");
        assertThat(sevenSeconds.isAbove(7000, FILM)).isFalse();
        assertThat(sevenSeconds.isAbove(7001, FILM)).isTrue();
        TimeLimit frames = TimeLimit.ofFrames(168); // 7007 ms at 23.976
        assertThat(frames.isAbove(7020, FILM)).isFalse(); // 168.3 frames -> 168
        assertThat(frames.isAbove(7030, FILM)).isTrue(); // 168.5 frames -> 169
    }

    @Test
    void convertsToMillis() {
        assertThat(TimeLimit.parse("2f").toMillis(FILM)).isEqualTo(83);
        assertThat(TimeLimit.parse("2f").toMillis(FrameRate.parse("25"))).isEqualTo(80);
        assertThat(TimeLimit.parse("833ms").toMillis(FILM)).isEqualTo(833);
    }

    @Test
    void printsWithItsUnit() {
        assertThat(TimeLimit.parse("5/6s")).hasToString("833 ms");
        assertThat(TimeLimit.parse("2f")).hasToString("2 frames");
        assertThat(TimeLimit.parse("1f")).hasToString("1 frame");
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"", "fast", "-5ms", "5 minutes", "1h", "2 fps", "ms", "1,5s", "5/s", "/6s", ".5s"})
    void rejectsWhatIsNotADuration(String text) {
        assertThatThrownBy(() -> TimeLimit.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid duration '" + text
                        + "': use milliseconds (833 or 833ms), seconds (0.833s, 5/6s) or frames (2f, 2 frames)");
    }

    @Test
    void framesMustBeWhole() {
        assertThatThrownBy(() -> TimeLimit.parse("2.5f"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid duration '2.5f': frames must be a whole number");
        assertThatThrownBy(() -> TimeLimit.parse("5/6 frames"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid duration '5/6 frames': frames must be a whole number");
    }

    @Test
    void aFractionOverZeroIsRejectedWithAMessage() {
        assertThatThrownBy(() -> TimeLimit.parse("5/0s"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid duration '5/0s': a fraction cannot have 0 below the line");
    }

    @Test
    void aNumberTooLargeIsRejectedWithAMessage() {
        assertThatThrownBy(() -> TimeLimit.parse("99999999999999999999ms"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid duration '99999999999999999999ms': the number is too large");
        assertThatThrownBy(() -> TimeLimit.parse("99999999999999999999f"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid duration '99999999999999999999f': the number is too large");
    }

    @Test
    void aLimitCannotBeNegative() {
        assertThatThrownBy(() -> TimeLimit.ofMillis(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a time limit cannot be negative");
    }
}

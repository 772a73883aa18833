package io.github.subtitleqc.core.time;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SPEC §4.6: exact frame rates, rounding to the nearest frame half away from zero. */
class FrameRateTest {

    /** The long arithmetic every cue's duration takes gives what the exact decimal division gives. */
    @net.jqwik.api.Property(tries = 3000)
    void framesInLongArithmeticAreTheExactDivisionRounded(
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.LongRange(min = -90_000_000, max = 90_000_000) long millis,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.LongRange(min = 1, max = 240_000) long numerator,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.LongRange(min = 1, max = 1001) long denominator) {
        long exact = java.math.BigDecimal.valueOf(millis).multiply(java.math.BigDecimal.valueOf(numerator))
                .divide(java.math.BigDecimal.valueOf(denominator * 1000L), 0, java.math.RoundingMode.HALF_UP)
                .longValueExact();
        assertThat(new FrameRate(numerator, denominator).toFrames(millis)).isEqualTo(exact);
    }

    private static final FrameRate FILM = FrameRate.parse("23.976");
    private static final FrameRate PAL = FrameRate.parse("25");

    @ParameterizedTest(name = "{0} -> {1}/{2}")
    @CsvSource(textBlock = """
            23.976,     24000, 1001
            23.98,      24000, 1001
            29.97,      30000, 1001
            47.952,     48000, 1001
            59.94,      60000, 1001
            119.88,    120000, 1001
            24,            24,    1
            24.0,          24,    1
            25,            25,    1
            30,            30,    1
            50,            50,    1
            ' 25 ',        25,    1
            24000/1001, 24000, 1001
            30000 / 1001, 30000, 1001
            """)
    void parses(String text, long numerator, long denominator) {
        assertThat(FrameRate.parse(text)).isEqualTo(new FrameRate(numerator, denominator));
    }

    @Test
    void theDefaultIsFilmRate() {
        assertThat(FrameRate.FILM_NTSC).isEqualTo(new FrameRate(24000, 1001)).isEqualTo(FILM);
    }

    @Test
    void printsAsPeopleWriteIt() {
        assertThat(FILM).hasToString("23.976");
        assertThat(FrameRate.parse("29.97")).hasToString("29.97");
        assertThat(PAL).hasToString("25");
        assertThat(FrameRate.parse("12.5")).hasToString("12.5");
    }

    @ParameterizedTest(name = "{0} ms = {1} frames at 23.976")
    @CsvSource(textBlock = """
            0,    0
            41,   1
            62,   1
            63,   2
            82,   2
            83,   2
            84,   2
            104,  2
            105,  3
            833,  20
            1001, 24
            7000, 168
            """)
    void convertsMillisToFramesAtFilmRate(long millis, long frames) {
        // 1.5 frames at 24000/1001 is 62.5625 ms: 62 rounds down, 63 up
        assertThat(FILM.toFrames(millis)).isEqualTo(frames);
    }

    @Test
    void roundsHalfAwayFromZero() {
        // at 25 fps a frame is exactly 40 ms, so these are exact halves
        assertThat(PAL.toFrames(20)).isEqualTo(1);
        assertThat(PAL.toFrames(60)).isEqualTo(2);
        assertThat(PAL.toFrames(100)).isEqualTo(3); // half-even would give 2
        assertThat(PAL.toFrames(-20)).isEqualTo(-1);
        assertThat(PAL.toFrames(-100)).isEqualTo(-3);
        assertThat(PAL.toFrames(19)).isZero();
    }

    @Test
    void convertsFramesToMillis() {
        assertThat(FILM.toMillis(2)).isEqualTo(83); // 83.42
        assertThat(FILM.toMillis(1)).isEqualTo(42); // 41.71
        assertThat(FILM.toMillis(24)).isEqualTo(1001);
        assertThat(PAL.toMillis(2)).isEqualTo(80);
        assertThat(FrameRate.parse("29.97").toMillis(1)).isEqualTo(33); // 33.37
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"", "  ", "fast", "0", "-25", "0.0", "1001", "24000/0", "0/1001", "/1001", "24/", "25fps",
            "23,976", "NaN"})
    void rejectsWhatIsNotAPositiveRate(String text) {
        assertThatThrownBy(() -> FrameRate.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid frame rate '" + text + "': use a positive number such as 23.976, 24, 25, 29.97"
                        + " or a fraction such as 24000/1001");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> FrameRate.parse(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid frame rate 'null': use a positive number");
    }

    @Test
    void aRateMustBePositive() {
        assertThatThrownBy(() -> new FrameRate(0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a frame rate must be positive");
        assertThatThrownBy(() -> new FrameRate(25, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a frame rate must be positive");
    }
}

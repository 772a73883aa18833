package io.github.subtitleqc.core.time;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimecodeTest {

    @Test
    void formatsTimes() {
        assertThat(Timecode.format(0)).isEqualTo("00:00:00.000");
        assertThat(Timecode.format(3_723_004)).isEqualTo("01:02:03.004");
        assertThat(Timecode.format(100L * 3_600_000)).isEqualTo("100:00:00.000");
        assertThat(Timecode.format(-1500)).isEqualTo("-00:00:01.500");
    }

    @Test
    void formatsDurations() {
        assertThat(Timecode.duration(200)).isEqualTo("200 ms");
        assertThat(Timecode.duration(999)).isEqualTo("999 ms");
        assertThat(Timecode.duration(1000)).isEqualTo("1 s");
        assertThat(Timecode.duration(2230)).isEqualTo("2.23 s");
        assertThat(Timecode.duration(8500)).isEqualTo("8.5 s");
        assertThat(Timecode.duration(-200)).isEqualTo("-200 ms");
        assertThat(Timecode.duration(-1500)).isEqualTo("-1.5 s");
        // written without BigDecimal: the same text as its stripTrailingZeros().toPlainString()
        for (long ms : new long[] {1005, 1050, 1023, 1230, 1234, 10_000, 60_001, -1023, -10_020, 999_999_999_999L,
                Long.MAX_VALUE, Long.MIN_VALUE + 1}) {
            assertThat(Timecode.duration(ms)).as("%d ms", ms).isEqualTo(
                    java.math.BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString() + " s");
        }
        new java.util.Random(7).longs(100_000).map(l -> l % 100_000_000).forEach(ms -> assertThat(Timecode.duration(ms))
                .isEqualTo(Math.abs(ms) < 1000 ? ms + " ms"
                        : java.math.BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString() + " s"));
    }
}

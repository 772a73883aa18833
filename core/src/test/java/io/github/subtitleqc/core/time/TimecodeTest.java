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
    }
}

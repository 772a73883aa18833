package io.github.subtitleqc.core.fix;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimestampTest {

    @Test
    void findsTheEndTimeAfterTheArrowAndItsForm() {
        String line = "00:00:01,000 --> 00:01:02,345 X1:10 X2:20 Y1:5 Y2:9";
        Timestamp t = Timestamp.endOf(line);
        assertThat(line.substring(t.start(), t.end())).isEqualTo("00:01:02,345");
        assertThat(t.millis()).isEqualTo(62_345);
        assertThat(t.format(61_002)).isEqualTo("00:01:01,002");
    }

    @Test
    void writesEachFormAsItWasWritten() {
        assertThat(Timestamp.at("01:02.500", 0).format(3_723_004)).isEqualTo("62:03.004"); // no hours: minutes run on
        assertThat(Timestamp.at("1:00:02.5", 0).format(3_601_900)).isEqualTo("1:00:01.9");
        assertThat(Timestamp.at("100:00:02.50", 0).format(7_260_120)).isEqualTo("002:01:00.12");
        assertThat(Timestamp.at("00:00:02", 0).format(5_000)).isEqualTo("00:00:05");
        assertThat(Timestamp.at("00:00:02;4567", 0).format(5_120)).isEqualTo("00:00:05;1200");
    }

    @Test
    void roundsToWhatTheFormCanWrite() {
        Timestamp tenths = Timestamp.at("00:00:02.5", 0);
        assertThat(tenths.floor(3_417)).isEqualTo(3_400);
        assertThat(tenths.ceil(3_417)).isEqualTo(3_500);
        Timestamp seconds = Timestamp.at("00:00:02", 0);
        assertThat(seconds.floor(3_999)).isEqualTo(3_000);
        Timestamp millis = Timestamp.at("00:00:02.500", 0);
        assertThat(millis.floor(3_417)).isEqualTo(3_417);
    }

    @Test
    void readsAsTheReadersDo() {
        assertThat(Timestamp.at("00:00:02,45", 0).millis()).isEqualTo(2_450);
        assertThat(Timestamp.at("00:00:02,4567", 0).millis()).isEqualTo(2_456);
        assertThat(Timestamp.at("00:0", 0)).isNull();
        assertThat(Timestamp.endOf("00:00:01,000 -> 00:00:02,000")).isNull();
    }
}

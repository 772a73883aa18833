package io.github.subtitleqc.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {

    @Test
    void cueNumbersAboveNineHundredNinetyNineAreNotGrouped() {
        // a feature film has well over a thousand cues
        assertThat(Messages.get("overlap", "00:20:00.000", "1 s", 1234, "00:20:01.000")).isEqualTo(
                "cue starts at 00:20:00.000, 1 s before cue 1234 ends at 00:20:01.000: start it at 00:20:01.000"
                        + " or later, or end cue 1234 earlier");
        assertThat(Messages.get("invalid-timing.order", "00:20:00.000", 1234L, "00:20:01.000")).isEqualTo(
                "cue starts at 00:20:00.000, before the previous cue (cue 1234) starts at 00:20:01.000: put the cues"
                        + " in time order or fix the start time");
    }
}

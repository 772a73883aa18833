package io.github.subtitleqc.rules;

import org.junit.jupiter.api.Test;

class MaxDurationRuleTest {

    private final RuleCases cases = new RuleCases(new MaxDurationRule());

    @Test
    void clean() {
        cases.verify("clean.srt");
    }

    @Test
    void boundary() {
        cases.verify("boundary.srt");
    }

    @Test
    void configured() {
        cases.verify("configured.srt");
    }

    @Test
    void frames() {
        cases.verify("frames.srt");
    }
}

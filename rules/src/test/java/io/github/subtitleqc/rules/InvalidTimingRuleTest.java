package io.github.subtitleqc.rules;

import org.junit.jupiter.api.Test;

class InvalidTimingRuleTest {

    private final RuleCases cases = new RuleCases(new InvalidTimingRule());

    @Test
    void clean() {
        cases.verify("clean.srt");
    }

    @Test
    void both() {
        cases.verify("both.srt");
    }

    @Test
    void endBeforeStart() {
        cases.verify("end-before-start.srt");
    }

    @Test
    void endEqualsStart() {
        cases.verify("end-equals-start.srt");
    }

    @Test
    void startBeforePreviousStart() {
        cases.verify("start-before-previous-start.srt");
    }

    @Test
    void webvttEndBeforeStart() {
        cases.verify("webvtt-end-before-start.vtt");
    }
}

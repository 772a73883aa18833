package io.github.subtitleqc.rules;

import org.junit.jupiter.api.Test;

class MinGapRuleTest {

    private final RuleCases cases = new RuleCases(new MinGapRule());

    @Test
    void clean() {
        cases.verify("clean.srt");
    }

    @Test
    void bbc() {
        cases.verify("bbc.srt");
    }

    @Test
    void frames25() {
        cases.verify("frames-25.srt");
    }

    @Test
    void milliseconds() {
        cases.verify("milliseconds.srt");
    }

    @Test
    void netflix23976() {
        cases.verify("netflix-23976.srt");
    }

    @Test
    void overlapIsNotMinGap() {
        cases.verify("overlap-is-not-min-gap.srt");
    }

    @Test
    void assLayersAndStyles() {
        cases.verify("ass-layers.ass");
    }
}

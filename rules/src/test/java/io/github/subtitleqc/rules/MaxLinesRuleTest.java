package io.github.subtitleqc.rules;

import org.junit.jupiter.api.Test;

class MaxLinesRuleTest {

    private final RuleCases cases = new RuleCases(new MaxLinesRule());

    @Test
    void clean() {
        cases.verify("clean.srt");
    }

    @Test
    void configured() {
        cases.verify("configured.srt");
    }

    @Test
    void threeLines() {
        cases.verify("three-lines.srt");
    }

    @Test
    void webvttBlankLines() {
        cases.verify("webvtt-blank-lines.vtt");
    }
}

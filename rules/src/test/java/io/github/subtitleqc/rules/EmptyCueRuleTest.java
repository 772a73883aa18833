package io.github.subtitleqc.rules;

import org.junit.jupiter.api.Test;

class EmptyCueRuleTest {

    private final RuleCases cases = new RuleCases(new EmptyCueRule());

    @Test
    void clean() {
        cases.verify("clean.srt");
    }

    @Test
    void invisibleCharacters() {
        cases.verify("invisible-characters.srt");
    }

    @Test
    void noText() {
        cases.verify("no-text.srt");
    }

    @Test
    void onlySpaces() {
        cases.verify("only-spaces.srt");
    }

    @Test
    void onlyTags() {
        cases.verify("only-tags.srt");
    }

    @Test
    void webvttOnlySpaces() {
        cases.verify("webvtt-only-spaces.vtt");
    }
}

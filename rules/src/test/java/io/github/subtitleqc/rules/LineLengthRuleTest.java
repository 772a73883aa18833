package io.github.subtitleqc.rules;

import org.junit.jupiter.api.Test;

class LineLengthRuleTest {

    private final RuleCases cases = new RuleCases(new LineLengthRule());

    @Test
    void clean() {
        cases.verify("clean.srt");
    }

    @Test
    void bbc() {
        cases.verify("bbc.srt");
    }

    @Test
    void configured() {
        cases.verify("configured.srt");
    }

    @Test
    void graphemes() {
        cases.verify("graphemes.srt");
    }

    @Test
    void netflixEn4243() {
        cases.verify("netflix-en-42-43.srt");
    }

    @Test
    void netflixZhHans() {
        cases.verify("netflix-zh-hans.srt");
    }

    @Test
    void webvttTags() {
        cases.verify("webvtt-tags.vtt");
    }

    @Test
    void ttmlColumn() {
        cases.verify("ttml-column.ttml");
    }
}

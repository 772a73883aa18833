package io.github.subtitleqc.rules;

import org.junit.jupiter.api.Test;

class WhitespaceRuleTest {

    private final RuleCases cases = new RuleCases(new WhitespaceRule());

    @Test
    void clean() {
        cases.verify("clean.srt");
    }

    @Test
    void cjkPunctuation() {
        cases.verify("cjk-punctuation.srt");
    }

    @Test
    void doubleSpace() {
        cases.verify("double-space.srt");
    }

    @Test
    void french() {
        cases.verify("french.srt");
    }

    @Test
    void inTags() {
        cases.verify("in-tags.srt");
    }

    @Test
    void leading() {
        cases.verify("leading.srt");
    }

    @Test
    void notFlagged() {
        cases.verify("not-flagged.srt");
    }

    @Test
    void severalOnOneLine() {
        cases.verify("several-on-one-line.srt");
    }

    @Test
    void spaceBeforePunctuation() {
        cases.verify("space-before-punctuation.srt");
    }

    @Test
    void trailing() {
        cases.verify("trailing.srt");
    }

    @Test
    void webvttTags() {
        cases.verify("webvtt-tags.vtt");
    }

    @Test
    void aTagThatOnlyStartsWithFrIsNotFrench() {
        cases.verify("not-french.srt");
    }

    @Test
    void ttmlColumns() {
        cases.verify("ttml-columns.ttml");
    }
}

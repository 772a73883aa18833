package io.github.subtitleqc.rules;

import org.junit.jupiter.api.Test;

class ReadingSpeedRuleTest {

    private final RuleCases cases = new RuleCases(new ReadingSpeedRule());

    @Test
    void clean() {
        cases.verify("clean.srt");
    }

    @Test
    void boundary() {
        cases.verify("boundary.srt");
    }

    @Test
    void justOverTheLimit() {
        cases.verify("just-over-the-limit.srt");
    }

    @Test
    void lineBreakCountsZero() {
        cases.verify("line-break-counts-zero.srt");
    }

    @Test
    void seedCue() {
        cases.verify("seed-cue.srt");
    }

    @Test
    void cjkBoundary() {
        cases.verify("cjk-boundary.srt");
    }

    @Test
    void countSpacesFalse() {
        cases.verify("count-spaces-false.srt");
    }

    @Test
    void countSpacesDefault() {
        cases.verify("count-spaces-default.srt");
    }

    @Test
    void bbcWordsPerMinute() {
        cases.verify("bbc-words-per-minute.srt");
    }

    @Test
    void zeroAndNegativeDuration() {
        cases.verify("zero-and-negative-duration.srt");
    }

    @Test
    void tagsDoNotCount() {
        cases.verify("tags-do-not-count.srt");
    }

    @Test
    void webvttTagsDoNotCount() {
        cases.verify("webvtt-tags-do-not-count.vtt");
    }
}

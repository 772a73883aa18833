package io.github.subtitleqc.rules;

import org.junit.jupiter.api.Test;

class MinDurationRuleTest {

    private final RuleCases cases = new RuleCases(new MinDurationRule());

    @Test
    void withInvalidTiming() {
        new RuleCases(new MinDurationRule(), new InvalidTimingRule()).verify("with-invalid-timing.srt");
    }

    @Test
    void clean() {
        cases.verify("clean.srt");
    }

    @Test
    void bbcPerWord() {
        cases.verify("bbc-per-word.srt");
    }

    @Test
    void configured() {
        cases.verify("configured.srt");
    }

    @Test
    void fiveSixthsOfASecond() {
        cases.verify("five-sixths-of-a-second.srt");
    }

    @Test
    void frames() {
        cases.verify("frames.srt");
    }

    @Test
    void netflixEn() {
        cases.verify("netflix-en.srt");
    }

    @Test
    void netflixJa() {
        cases.verify("netflix-ja.srt");
    }

    @Test
    void zeroAndNegativeDuration() {
        cases.verify("zero-and-negative-duration.srt");
    }
}

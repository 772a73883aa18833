package io.github.subtitleqc.rules;

import org.junit.jupiter.api.Test;

class OverlapRuleTest {

    private final RuleCases cases = new RuleCases(new OverlapRule());

    @Test
    void clean() {
        cases.verify("clean.srt");
    }

    @Test
    void earlierLongCue() {
        cases.verify("earlier-long-cue.srt");
    }

    @Test
    void misplacedCue() {
        cases.verify("misplaced-cue.srt");
    }

    @Test
    void insidePrevious() {
        cases.verify("inside-previous.srt");
    }

    @Test
    void overlap() {
        cases.verify("overlap.srt");
    }

    @Test
    void sameStart() {
        cases.verify("same-start.srt");
    }

    @Test
    void startBeforePreviousStart() {
        cases.verify("start-before-previous-start.srt");
    }

    @Test
    void assLayersAndStyles() {
        cases.verify("ass-layers.ass");
    }

    @Test
    void assEndBeforeStartIsInvalidTiming() {
        new RuleCases(new OverlapRule(), new InvalidTimingRule()).verify("ass-end-before-start.ass");
    }
}

package io.github.subtitleqc.rules;

import org.junit.jupiter.api.Test;

class GlossaryRuleTest {

    private final RuleCases cases = new RuleCases(new GlossaryRule());

    @Test
    void theSeedsTranscriptionSlips() {
        cases.verify("seed-slips.zh-Hans.srt");
    }

    @Test
    void latinTermsMatchOnWordBoundaries() {
        cases.verify("boundaries.en.srt");
    }

    @Test
    void caseInsensitiveEntries() {
        cases.verify("case-insensitive.en.srt");
    }

    @Test
    void entriesForAnotherLanguageDoNotApply() {
        cases.verify("other-language.ja.srt");
    }

    @Test
    void withoutAGlossaryNothingIsReported() {
        cases.verify("without-glossary.en.srt");
    }

    @Test
    void aTbxGlossary() {
        cases.verify("tbx.en.srt");
    }
}

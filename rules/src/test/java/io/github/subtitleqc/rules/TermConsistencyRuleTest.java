package io.github.subtitleqc.rules;

import org.junit.jupiter.api.Test;

class TermConsistencyRuleTest {

    private final RuleCases cases = new RuleCases(new TermConsistencyRule());

    @Test
    void theSeedsInsights() {
        cases.verify("seed-insights.zh-Hans.srt");
    }

    @Test
    void sentenceInitialCapitalsAreIgnored() {
        cases.verify("sentence-initial.en.srt");
    }

    @Test
    void ordinaryWordsAreNotTerms() {
        cases.verify("ordinary-words.en.srt");
    }

    @Test
    void hyphenAndSpaceVariants() {
        cases.verify("hyphen-space.en.srt");
    }

    @Test
    void fullAndHalfWidth() {
        cases.verify("width.zh-Hans.srt");
    }

    @Test
    void acrossTheFilesOfOneRun() {
        cases.verify("across-files.en.srt");
    }

    @Test
    void aLoanwordsCaseInCjkTextIsNotComparedWithLatinText() {
        cases.verify("loanword-case.zh-Hans.srt");
    }

    @Test
    void characterReferencesAreNotTerms() {
        // &amp and &AMP; show "&": before they were decoded as HTML does, "amp" and "AMP" were a finding
        cases.verify("character-references.en.vtt");
    }

    @Test
    void aCommonWordsCaseIsGrammarNotSpelling() {
        cases.verify("common-word-case.en.srt");
    }

    @Test
    void aLineInCapitalsGivesNoSpelling() {
        cases.verify("capitals-line.en.srt");
    }

    @Test
    void wordsWithinOneLanguageNamesAcrossLanguages() {
        cases.verify("across-languages.en.srt");
    }

    @Test
    void aGlossaryTermsCaseIsCompared() {
        cases.verify("glossary-case.en.srt");
    }

    @Test
    void aTtmlTermIsReportedAtItsColumnInTheXml() {
        cases.verify("ttml-columns.en.ttml");
    }
}

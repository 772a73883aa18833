package io.github.subtitleqc.rules;

import org.junit.jupiter.api.Test;

class TermNearMissRuleTest {

    private final RuleCases cases = new RuleCases(new TermNearMissRule());

    @Test
    void aTermOneEditFromAMoreFrequentOne() {
        cases.verify("antropic.en.srt");
    }

    @Test
    void pluralsNumbersAndShortWordsAreNotNearMisses() {
        cases.verify("not-misspellings.en.srt");
    }

    @Test
    void minLengthCanBeLowered() {
        cases.verify("shorter-limit.en.srt");
    }

    @Test
    void wordsWithinOneLanguageNamesAcrossLanguages() {
        cases.verify("across-languages.en.srt");
    }

    @Test
    void commonWordsAreNotNearMisses() {
        cases.verify("common-words.fr.srt");
    }
}

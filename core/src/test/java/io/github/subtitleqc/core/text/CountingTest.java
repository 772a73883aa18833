package io.github.subtitleqc.core.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.subtitleqc.core.text.Counting.ALL_ONE;
import static io.github.subtitleqc.core.text.Counting.CJK_WEIGHTED;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC §4.2–4.5: what one line counts, under each counting. */
class CountingTest {

    @Test
    void cjkCountsHanAsOneAndLatinAsHalf() {
        // SPEC §4.4's own example: 10 Han + 8 Latin letters × 0.5
        assertThat(CJK_WEIGHTED.count("就是亚马逊Facebook这样的公司")).isEqualTo(14.0);
        assertThat(CJK_WEIGHTED.halfUnits("就是亚马逊Facebook这样的公司", true)).isEqualTo(28);
    }

    @Test
    void cjkCountsHalfWidthPunctuationAndSpacesAsHalf() {
        // 2 Han + "pre-training," (13) + " " (1) + "post-training" (13) half-width = 2 + 13.5
        assertThat(CJK_WEIGHTED.count("然后pre-training, post-training")).isEqualTo(15.5);
    }

    @Test
    void seventeenHanCharactersCountSeventeen() {
        String line = "我们今天要讨论的是大型语言模型的训练";
        assertThat(line.codePointCount(0, line.length())).isEqualTo(18);
        assertThat(CJK_WEIGHTED.count(line.substring(0, 17))).isEqualTo(17.0);
        assertThat(ALL_ONE.count(line.substring(0, 17))).isEqualTo(17.0);
    }

    @ParameterizedTest(name = "''{0}'' counts 1 under CJK")
    @ValueSource(strings = {"…", "⋯", "“", "”", "‘", "’", "—", "·", "\u3000"})
    void ambiguousWidthMarksCommonInCjkCountOne(String mark) {
        assertThat(CJK_WEIGHTED.count(mark)).isEqualTo(1.0);
        assertThat(ALL_ONE.count(mark)).isEqualTo(1.0);
    }

    @Test
    void otherAmbiguousOrHalfWidthMarksCountHalfUnderCjk() {
        assertThat(CJK_WEIGHTED.count("–")).isEqualTo(0.5); // en dash: not in the list
        assertThat(CJK_WEIGHTED.count(",")).isEqualTo(0.5);
        assertThat(CJK_WEIGHTED.count("ｱ")).isEqualTo(0.5); // half-width katakana: East Asian Width H
        assertThat(CJK_WEIGHTED.count("，")).isEqualTo(1.0); // full-width comma: F
        assertThat(CJK_WEIGHTED.count("Ａ")).isEqualTo(1.0); // full-width A: F
    }

    @Test
    void quotedCjkSentenceWithEllipsis() {
        // “ + 4 Han + … + ” = 7, and ' 3 ' = 1.5
        assertThat(CJK_WEIGHTED.count("“我不知道…” 3 ")).isEqualTo(8.5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            e with combining acute | e\u0301 | 1.0 | 0.5
            flag of Japan          | 🇯🇵   | 1.0 | 1.0
            heart with VS16        | \u2764\uFE0F | 1.0 | 1.0
            family ZWJ sequence    | 👨‍👩‍👧 | 1.0 | 1.0
            emoji with skin tone   | 👍🏽   | 1.0 | 1.0
            Hangul jamo syllable   | \u1100\u1161 | 1.0 | 1.0
            """)
    void aGraphemeClusterCountsOnce(String what, String grapheme, double allOne, double cjk) {
        assertThat(grapheme.length()).isGreaterThan(1);
        assertThat(Counting.graphemes(grapheme)).isEqualTo(1);
        assertThat(ALL_ONE.count(grapheme)).isEqualTo(allOne);
        // under CJK the base character's East Asian Width decides (the man emoji is Wide), except
        // for emoji shown wide on a Neutral base: flags (regional indicators) and VS16 sequences
        assertThat(CJK_WEIGHTED.count(grapheme)).isEqualTo(cjk);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ZWJ before a letter              | \u200Da           | 1.0 | 0.5
            ZWNJ before a letter             | \u200Ca           | 1.0 | 0.5
            ZWJ alone                        | \u200D            | 0.0 | 0.0
            ZWNJ and ZWJ alone               | \u200C\u200D      | 0.0 | 0.0
            ZWJ before Han                   | \u200D中          | 1.0 | 1.0
            ZWJ before a line of Latin       | \u200DHello       | 5.0 | 2.5
            ZWJ before a lone combining mark | \u200D\u0301      | 1.0 | 0.5
            """)
    void aStrayJoinerThatJoinsNothingCountsZero(String what, String text, double allOne, double cjk) {
        assertThat(ALL_ONE.count(text)).isEqualTo(allOne);
        assertThat(CJK_WEIGHTED.count(text)).isEqualTo(cjk);
        assertThat(Counting.graphemes(text)).isEqualTo((int) allOne);
    }

    @Test
    void joinersInsideASequenceStayPartOfThatOneGrapheme() {
        // emoji ZWJ sequence: one grapheme
        assertThat(ALL_ONE.count("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67")).isEqualTo(1.0);
        // Devanagari half form: KA + VIRAMA + ZWJ + SSA is one conjunct
        assertThat(ALL_ONE.count("\u0915\u094D\u200D\u0937")).isEqualTo(1.0);
        // Persian ZWNJ: می‌خواهم shows 7 letters; the ZWNJ stays with the letter before it
        assertThat(ALL_ONE.count("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645")).isEqualTo(7.0);
        // a joiner after a letter or a space adds nothing either
        assertThat(ALL_ONE.count("a\u200Cb")).isEqualTo(2.0);
        assertThat(ALL_ONE.count("a\u200D")).isEqualTo(1.0);
        assertThat(ALL_ONE.count("a \u200Db")).isEqualTo(3.0);
        assertThat(ALL_ONE.halfUnits("a \u200Db", false)).isEqualTo(4);
    }

    @Test
    void aSymbolInTextPresentationIsNotWide() {
        assertThat(CJK_WEIGHTED.count("\u2764")).isEqualTo(0.5);
    }

    @Test
    void allOneCountsEveryGraphemeOne() {
        assertThat(ALL_ONE.count("就是亚马逊Facebook这样的公司")).isEqualTo(18.0);
        assertThat(ALL_ONE.count("Hello, world!")).isEqualTo(13.0);
        assertThat(ALL_ONE.count("Cafe\u0301 🇯🇵!")).isEqualTo(7.0);
        assertThat(ALL_ONE.count("")).isEqualTo(0.0);
    }

    @Test
    void spacesCanBeLeftOut() {
        assertThat(ALL_ONE.halfUnits("Hello world", true)).isEqualTo(22);
        assertThat(ALL_ONE.halfUnits("Hello world", false)).isEqualTo(20);
        assertThat(ALL_ONE.halfUnits("a\tb  c", false)).isEqualTo(6);
        assertThat(CJK_WEIGHTED.halfUnits("然后 pre", false)).isEqualTo(7);
        assertThat(CJK_WEIGHTED.halfUnits("然后 pre", true)).isEqualTo(8);
        // the ideographic space and the no-break space are spaces too
        assertThat(CJK_WEIGHTED.halfUnits("然后\u3000是", false)).isEqualTo(6);
        assertThat(ALL_ONE.halfUnits("a\u00A0b", false)).isEqualTo(4);
    }

    @Test
    void graphemesOfPlainAndComplexText() {
        assertThat(Counting.graphemes("abc")).isEqualTo(3);
        assertThat(Counting.graphemes("")).isZero();
        assertThat(Counting.graphemes("e\u0301👨‍👩‍👧🇯🇵中")).isEqualTo(4);
    }
}

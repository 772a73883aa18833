package io.github.subtitleqc.core.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Counting} weighs text whose characters are each a grapheme by themselves from a table,
 * without ICU's break iterator; whatever the text, the count must be the break iterator's.
 */
class CountingFastPathTest {

    @Provide
    Arbitrary<String> mixedText() {
        return Arbitraries.strings()
                .withChars("aZ9 ,.-'!?\t\r\n\u0085\u00A0\u00AD")
                .withChars("就是亚马逊这样的公司")
                .withChars("こんにちはカタカナ안녕하세요")
                .withChars("\u1100\u1161\u11A8\uAC00\uAC01") // jamo L, V, T; syllables LV, LVT
                .withChars("…⋯“”‘’—·\u3000，。！")
                .withChars("\u0301\u0308\u200C\u200D\uFE0F\u0903\u0600\u094D\u0915") // marks, joiners, prepend, virama
                .withChars("\u2764\u263A\u00A9\uD83C\uDDEF\uDDF5\uD83D\uDE00") // emoji, regional indicators, surrogates
                .withCharRange('\u00C0', '\u024F')
                .withCharRange('\u0400', '\u045F')
                .ofMaxLength(30);
    }

    /**
     * Plain ASCII text keeps its own older path, which takes only space and tab for white space
     * (a vertical tab or CR counts there): it is not what is compared here.
     */
    @Property(tries = 3000)
    void countsAsTheBreakIteratorDoes(@ForAll("mixedText") String text) {
        Assume.that(!VisibleText.isPlainAscii(text));
        for (Counting counting : Counting.values()) {
            assertThat(counting.halfUnits(text, true)).isEqualTo(counting.halfUnitsByGraphemes(text, true));
            assertThat(counting.halfUnits(text, false)).isEqualTo(counting.halfUnitsByGraphemes(text, false));
        }
        assertThat(Counting.graphemes(text)).isEqualTo(Counting.graphemesByIterator(text));
    }

    /** Every BMP character between two others of the fast path's kinds is weighed as the iterator weighs it. */
    @Test
    void everyCharacterOfTheBasicPlane() {
        for (char c = 1; c < 0xFFFF; c++) {
            String text = "a" + c + "字" + c + "\u00E9";
            for (Counting counting : Counting.values()) {
                assertThat(counting.halfUnits(text, false)).as("U+%04X", (int) c)
                        .isEqualTo(counting.halfUnitsByGraphemes(text, false));
                assertThat(counting.halfUnits(text, true)).as("U+%04X", (int) c)
                        .isEqualTo(counting.halfUnitsByGraphemes(text, true));
            }
            assertThat(Counting.graphemes(text)).as("U+%04X", (int) c).isEqualTo(Counting.graphemesByIterator(text));
        }
    }

    @Test
    void theIdeographShortcutGivesWhatTheTableGives() {
        for (char c = 0x3400; c <= 0x9FFF; c++) {
            assertThat(Counting.kind(c)).as("U+%04X", (int) c).isEqualTo(Counting.kindFromTable(c));
        }
    }

    @Test
    void examples() {
        assertThat(Counting.CJK_WEIGHTED.halfUnits("你好 world", true)).isEqualTo(4 + 1 + 5);
        assertThat(Counting.CJK_WEIGHTED.halfUnits("你好 world", false)).isEqualTo(4 + 5);
        assertThat(Counting.ALL_ONE.halfUnits("café au lait", true)).isEqualTo(24);
        assertThat(Counting.ALL_ONE.halfUnits("\u3000\u00A0x", false)).isEqualTo(2);
    }
}

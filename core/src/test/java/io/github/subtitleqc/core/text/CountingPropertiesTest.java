package io.github.subtitleqc.core.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;

/** Counting invariants over generated text. */
class CountingPropertiesTest {

    @Provide
    Arbitrary<String> subtitleText() {
        return Arbitraries.strings()
                .withChars("aZ9 ,.-'!?\t")
                .withChars("就是亚马逊这样的公司")
                .withChars("こんにちはカタカナ안녕하세요")
                .withChars("…⋯“”‘’—·\u3000，。")
                .withChars("\u0301\u0308\u200D")
                .withCharRange('\u00C0', '\u00FF')
                .ofMaxLength(40);
    }

    @Property
    void allOneCountsGraphemes(@ForAll("subtitleText") String text) {
        assertThat(Counting.ALL_ONE.count(text)).isEqualTo(Counting.graphemes(text));
    }

    @Property
    void cjkWeighsEachGraphemeHalfOrOne(@ForAll("subtitleText") String text) {
        int graphemes = Counting.graphemes(text);
        assertThat(Counting.CJK_WEIGHTED.halfUnits(text, true)).isBetween(graphemes, 2 * graphemes);
    }

    @Property
    void leavingSpacesOutNeverCountsMore(@ForAll("subtitleText") String text) {
        for (Counting counting : Counting.values()) {
            assertThat(counting.halfUnits(text, false)).isLessThanOrEqualTo(counting.halfUnits(text, true));
        }
    }

    /** Plain ASCII takes a fast path; it must agree with the grapheme path the rest of the text takes. */
    @Property
    void asciiFastPathAgreesWithGraphemePath(
            @ForAll @StringLength(max = 30) @CharRange(from = ' ', to = '~') @Chars('\t') String ascii,
            @ForAll boolean countSpaces) {
        for (Counting counting : Counting.values()) {
            int han = counting.halfUnits("中", countSpaces);
            assertThat(counting.halfUnits(ascii + "中", countSpaces))
                    .isEqualTo(counting.halfUnits(ascii, countSpaces) + han);
        }
    }

    /** What a caller that knows its text is ASCII asks for is what any caller gets. */
    @Property
    void asciiHalfUnitsAreHalfUnits(
            @ForAll @StringLength(max = 30) @CharRange(from = 0, to = 0x7F) String ascii,
            @ForAll boolean countSpaces) {
        for (Counting counting : Counting.values()) {
            assertThat(counting.asciiHalfUnits(ascii, countSpaces)).isEqualTo(counting.halfUnitsByGraphemes(ascii, countSpaces));
        }
    }
}

package io.github.subtitleqc.core.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link VisibleText} passes a line over without dropping or normalising when each of its
 * characters is one that neither would change anywhere; what it gives must be what dropping the
 * invisible controls and normalising to NFC gives, whatever the neighbours.
 */
class VisibleTextSettledTest {

    private static final String INVISIBLE = "[\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]";

    @Property(tries = 3000)
    void aLineIsWhatDroppingAndNormalisingGive(@ForAll("lines") String line) {
        String expected = VisibleText.isPlainAscii(line) ? line
                : Normalizers.nfc().normalize(line.replaceAll(INVISIBLE, ""));
        assertThat(VisibleText.of(line)).isEqualTo(expected);
        List<String> visible = new ArrayList<>();
        long[] facts = new long[1];
        VisibleText.of(List.of(line), visible, facts);
        assertThat(visible).containsExactly(expected);
        assertThat(AsciiFacts.isAscii(facts[0])).isEqualTo(VisibleText.isPlainAscii(line));
    }

    @Test
    void everyCharacterTakenAsSettledIsLeftAloneByTheNormaliserAndTheDrop() {
        int settled = 0;
        for (char c = 0x80; c < 0xFFFF; c++) {
            String s = String.valueOf(c);
            if (VisibleText.settled(s) == 2) {
                continue;
            }
            settled++;
            // in NFC by itself, and joins nothing before it
            assertThat(Normalizers.nfc().normalize(s)).as("U+%04X", (int) c).isEqualTo(s);
            assertThat(Normalizers.nfc().spanQuickCheckYes(s)).as("U+%04X", (int) c).isEqualTo(1);
            for (String before : List.of("e", "\u00E9", "か", "가", "\u1100", "漢")) {
                assertThat(Normalizers.nfc().spanQuickCheckYes(before + s)).as("U+%04X after %s", (int) c, before).isEqualTo(2);
            }
            assertThat(s.matches(INVISIBLE)).as("U+%04X", (int) c).isFalse();
        }
        // Han, Kana, Hangul syllables, Latin-1 letters and the like: most of the BMP
        assertThat(settled).isGreaterThan(40_000);
        assertThat(VisibleText.settled("漢字とかなと한글, café")).isEqualTo(1);
        assertThat(VisibleText.settled("cafe\u0301")).isEqualTo(2); // a combining mark joins its letter
        assertThat(VisibleText.settled("a\u200Bb")).isEqualTo(2);  // an invisible control is dropped
        assertThat(VisibleText.settled("\uF900")).isEqualTo(2);     // a CJK compatibility ideograph maps to U+8C48
        assertThat(VisibleText.settled("\u1100\u1161")).isEqualTo(2); // jamo compose to 가
        assertThat(VisibleText.settled("か\u3099")).isEqualTo(2);     // a voicing mark joins its kana
        assertThat(VisibleText.settled("plain")).isEqualTo(0);
    }

    @Provide
    Arbitrary<String> lines() {
        // ASCII, Latin-1, combining marks, Hangul jamo and a syllable, Han, a compatibility
        // ideograph, the Angstrom sign, full-width Latin, invisible controls, a surrogate pair, ideographic space
        return Arbitraries.of("a", "Z", " ", ".", "é", "Å", "\u0301", "\u030A", "\u0308", "\u1100", "\u1161", "\u11A8",
                        "가", "漢", "字", "\uF900", "\u212B", "Ａ", "\u200B", "\u200E", "\uFEFF", "\u202A", "😀",
                        "\u3000", "ﬁ", "\u0627", "\u0653", "か", "は", "\u3099", "\u309A", "ﾊ", "ﾞ", "ü")
                .list().ofMaxSize(12).map(parts -> String.join("", parts));
    }
}

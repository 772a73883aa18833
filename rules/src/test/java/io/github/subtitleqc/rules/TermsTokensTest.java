package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.text.Counting;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Terms} scans lines for tokens by hand, and works out each token's hash while it scans;
 * it must find what the expression it was written with finds, at the same columns, and enter a
 * token met again in the line into its table once.
 */
class TermsTokensTest {

    private static final Pattern TOKEN = Pattern.compile("[\\p{IsLatin}\\p{Nd}]+(?:[-‐'’][\\p{IsLatin}\\p{Nd}]+)*");

    @Property(tries = 3000)
    void tokensAreWhereTheExpressionFindsThemAndEachIsEnteredOnce(@ForAll("lines") String line) {
        Terms terms = new Terms("f.srt");
        CueView view = new CueView(new Cue(1, null, 0, 1000, List.of(line), 1, 2, ""), Counting.ALL_ONE);
        terms.collect(view);
        String visible = view.visibleLines().get(0);

        List<String> expected = new ArrayList<>();
        Set<String> distinct = new HashSet<>();
        Matcher m = TOKEN.matcher(visible);
        while (m.find()) {
            distinct.add(m.group());
            if (m.group().codePoints().anyMatch(Character::isLetter)) {
                expected.add(visible.codePointCount(0, m.start()) + 1 + ":" + m.group());
            }
        }
        List<String> found = new ArrayList<>();
        for (var spellings : terms.spellingsSoFar().values()) {
            for (Terms.Spelling s : spellings.values()) {
                for (int k = 0; k < s.stored; k++) {
                    found.add(s.positions[k * 3 + 2] + ":" + s.text);
                }
            }
        }
        if (expected.isEmpty()) {
            assertThat(found).isEmpty();
            return;
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
        // a word written with a capital at a sentence's start is also entered lower case, for its pairs
        Set<String> lowered = new HashSet<>();
        for (String token : distinct) {
            String l = Character.toString(Character.toLowerCase(token.codePointAt(0)))
                    + token.substring(Character.charCount(token.codePointAt(0)));
            if (!distinct.contains(l)) {
                lowered.add(l);
            }
        }
        assertThat(terms.distinctTokens()).isBetween(distinct.size(), distinct.size() + lowered.size());
    }

    @Test
    void aRepeatedTokenIsOneEntry() {
        Terms terms = new Terms("f.srt");
        String line = "the Bedrock and the bedrock-ish Bedrock, 𐒠𐒡x and 𐒠𐒡x, fine‐tune fine‐tune";
        terms.collect(new CueView(new Cue(1, null, 0, 1000, List.of(line), 1, 2, ""), Counting.ALL_ONE));
        // the, Bedrock, and, bedrock-ish, 𐒠𐒡x, fine‐tune
        assertThat(terms.distinctTokens()).isEqualTo(6);
    }

    /** After the table has grown, a token is found again by the hash worked out while scanning. */
    @Test
    void tokensMetAgainAfterTheTableGrewAreOneEntryEach() {
        Terms terms = new Terms("f.srt");
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < 1500; i++) {
            line.append("w").append(i).append(i % 2 == 0 ? "-a" : "’b").append(i % 3 == 0 ? "𐒠 " : " ");
        }
        for (int cue = 1; cue <= 2; cue++) {
            terms.collect(new CueView(new Cue(cue, null, cue * 1000L, cue * 1000L + 500, List.of(line.toString()), cue * 4,
                    cue * 4 + 1, ""), Counting.ALL_ONE));
        }
        assertThat(terms.distinctTokens()).isEqualTo(1500);
    }

    /**
     * The quick test before the tokenizer takes a line for having a Latin letter when it holds a
     * character of the ranges it was written with: ASCII letters, U+00C0-U+024F, Latin Extended
     * Additional and full-width Latin; every BMP character, alone and after others.
     */
    /**
     * A word starts a sentence when no letter or digit stands between it and the line's start or
     * a full stop: for every BMP character before a word, as Character.isLetterOrDigit says (the
     * scan tests ASCII by ranges).
     */
    @Test
    void whatStandsBeforeAWordDecidesWhetherItStartsASentence() {
        for (char c = 0; c < 0xFFFF; c++) {
            boolean expected = !Character.isLetterOrDigit(c);
            assertThat(Terms.sentenceInitial(new char[] {c, ' ', 'W'}, 2)).as("U+%04X", (int) c).isEqualTo(expected);
        }
        assertThat(Terms.sentenceInitial("Yes. Well".toCharArray(), 5)).isTrue();
        assertThat(Terms.sentenceInitial("a9 Well".toCharArray(), 3)).isFalse();
        assertThat(Terms.sentenceInitial("- Well".toCharArray(), 2)).isTrue();
    }

    @Test
    void theLatinLetterTestTakesExactlyItsRanges() {
        for (char c = 0; c < 0xFFFF; c++) {
            boolean expected = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c < 0x250)
                    || (c >= 0xFF21 && c <= 0xFF5A) || (c >= 0x1E00 && c < 0x1F00);
            assertThat(Terms.hasLatinLetter(String.valueOf(c))).as("U+%04X", (int) c).isEqualTo(expected);
            assertThat(Terms.hasLatinLetter("中文 1, " + c)).as("U+%04X after others", (int) c).isEqualTo(expected);
        }
    }

    /** CJK symbols, kana and ideographs (U+3000-U+9FFF) are passed over without a table look-up: none is a token character. */
    @Test
    void noCharacterOfTheCjkRangeIsPartOfAToken() {
        Pattern tokenChar = Pattern.compile("[\\p{IsLatin}\\p{Nd}]");
        StringBuilder line = new StringBuilder("x");
        int chars = 0;
        for (char c = 0x3000; c <= 0x9FFF; c++) {
            assertThat(tokenChar.matcher(String.valueOf(c)).matches()).as("U+%04X", (int) c).isFalse();
            line.append(c).append('x');
            chars++;
        }
        Terms terms = new Terms("f.srt");
        terms.collect(new CueView(new Cue(1, null, 0, 1000, List.of(line.toString()), 1, 2, ""), Counting.ALL_ONE));
        int found = 0;
        for (var spellings : terms.spellingsSoFar().values()) {
            for (Terms.Spelling sp : spellings.values()) {
                assertThat(sp.text).isEqualTo("x");
                found += sp.count;
            }
        }
        assertThat(found).isEqualTo(chars + 1);
    }

    @Provide
    Arbitrary<String> lines() {
        // Latin letters the quick filter knows, digits (one outside the BMP: Osmanya), joiners,
        // spaces, sentence marks, Han
        return Arbitraries.of('a', 'b', 'T', 'é', 'ß', 'ł', 'ẞ', 'Ａ', '1', '-', '‐', '\'', '’', ' ', ' ', '.', '?', '中',
                        '\uD801')
                .list().ofMaxSize(30)
                .map(chars -> {
                    StringBuilder b = new StringBuilder();
                    for (char c : chars) {
                        if (c == '\uD801') {
                            b.append("\uD801\uDCA0"); // U+104A0 OSMANYA DIGIT ZERO, a decimal digit
                        } else {
                            b.append(c);
                        }
                    }
                    return b.toString();
                });
    }
}

package io.github.subtitleqc.core.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * How characters are counted (SPEC §4): grapheme clusters, never Java {@code char}s.
 *
 * <ul>
 *   <li>{@link #ALL_ONE}: every grapheme counts 1 (Latin, Cyrillic, Arabic… profiles);</li>
 *   <li>{@link #CJK_WEIGHTED}: a grapheme whose base character has East Asian Width W or F counts
 *       1, and so do the marks {@code … ⋯ “ ” ‘ ’ — · 　} and emoji shown wide although their base
 *       is not W (flags made of regional indicators such as 🇯🇵, and text symbols turned emoji by
 *       U+FE0F such as ❤️); everything else (Latin letters, digits, half-width punctuation, spaces)
 *       counts 0.5.</li>
 * </ul>
 *
 * Counts are kept in half units so that they add up exactly.
 *
 * <p>Stray joiners count 0. The zero-width joiner and non-joiner (U+200D, U+200C) extend the
 * grapheme cluster before them, so inside an emoji sequence (👨‍👩‍👧), a conjunct (क्‍ष) or a Persian
 * word (می‌خواهم) they are part of that one grapheme and add nothing. A joiner that has nothing
 * before it to join — at the start of the text, after a control character, or after a space that
 * {@link String#strip()} removed — is a cluster of its own (or leads one) although it shows
 * nothing: so a grapheme is weighed by its first code point that is not a joiner, and a cluster
 * made of joiners only counts 0 (U+200D followed by {@code a} counts 1, U+200D alone 0). The
 * text keeps its joiners ({@link VisibleText} does not drop them): only the count ignores the
 * stray ones.
 */
public enum Counting {
    ALL_ONE,
    CJK_WEIGHTED;

    private static final String FULL_WIDTH_MARKS = "…⋯“”‘’—·\u3000";

    /** Each thread's grapheme break iterator, made on first use: text that is ASCII or simple never needs one. */
    private static final class Graphemes {
        static final ThreadLocal<BreakIterator> ITERATOR =
                ThreadLocal.withInitial(() -> BreakIterator.getCharacterInstance(ULocale.ROOT));
    }

    /** The count of {@code visible}, in characters (may end in .5). */
    public double count(String visible) {
        return halfUnits(visible, true) / 2.0;
    }

    /**
     * The count of {@code visible} in half units (a count of 14 is 28).
     *
     * @param countSpaces false to count white space as 0
     */
    public int halfUnits(String visible, boolean countSpaces) {
        if (VisibleText.isPlainAscii(visible)) {
            return asciiHalfUnits(visible, countSpaces);
        }
        int simple = simpleHalfUnits(visible, countSpaces);
        return simple >= 0 ? simple : halfUnitsByGraphemes(visible, countSpaces);
    }

    /** {@link #halfUnits} by ICU's grapheme clusters, whatever the text: what the fast paths must agree with. */
    int halfUnitsByGraphemes(String visible, boolean countSpaces) {
        BreakIterator it = Graphemes.ITERATOR.get();
        it.setText(visible);
        int total = 0;
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int base = base(visible, start, end);
            if (base < 0) {
                continue; // only joiners: nothing shows
            }
            if (!countSpaces && UCharacter.isUWhiteSpace(base)) {
                continue;
            }
            total += this == CJK_WEIGHTED && isWideEmoji(visible, start, end, base) ? 2 : weight(base);
        }
        return total;
    }

    /**
     * The count of a text made only of {@linkplain #isAlone characters that are a grapheme by
     * themselves} (Latin-1 and most Latin, Cyrillic, Greek; Han, Kana, Hangul syllables, CJK and
     * full-width punctuation): each character is weighed alone, from a table, with no break
     * iterator. -1 when some character is not such a one (a combining mark, a joiner, a variation
     * selector, a surrogate, a Hangul jamo, CR or LF): then the clusters must be found.
     */
    private int simpleHalfUnits(String s, boolean countSpaces) {
        int total = 0;
        int wideFlag = this == CJK_WEIGHTED ? WIDE : 0;
        for (int i = 0; i < s.length(); i++) {
            int kind = kind(s.charAt(i));
            if ((kind & ALONE) == 0) {
                return -1;
            }
            if (!countSpaces && (kind & SPACE) != 0) {
                continue;
            }
            total += this == ALL_ONE ? 2 : (kind & wideFlag) != 0 ? 2 : 1;
        }
        return total;
    }

    /** The character is known: its other bits are set. */
    private static final int KNOWN = 1;
    /** A grapheme cluster by itself whatever is around it (see {@link #isAlone}). */
    private static final int ALONE = 2;
    /** Counts 1, not 0.5, under {@link #CJK_WEIGHTED}. */
    private static final int WIDE = 4;
    /** White space ({@link UCharacter#isUWhiteSpace}): counts 0 when spaces do not count. */
    private static final int SPACE = 8;
    /** Each BMP character's bits, worked out once. */
    private static final CharTable KINDS = new CharTable(c -> KNOWN | (isAlone((char) c) ? ALONE : 0)
            | (CJK_WEIGHTED.weight(c) == 2 ? WIDE : 0)
            | (UCharacter.isUWhiteSpace(c) ? SPACE : 0));

    static int kind(char c) {
        // CJK ideographs (U+3400-U+9FFF): each a cluster by itself, wide; most of a Chinese line, no table look-up
        return c >= 0x3400 && c <= 0x9FFF ? IDEOGRAPH : KINDS.get(c);
    }

    /** The kind of every character U+3400-U+9FFF (CountingFastPathTest checks it against the table). */
    static final int IDEOGRAPH = KNOWN | ALONE | WIDE;

    /** The kind of {@code c} as the table works it out. */
    static int kindFromTable(char c) {
        return KINDS.get(c);
    }

    /**
     * Whether {@code c} is a grapheme cluster by itself next to any other such character: its
     * Grapheme_Cluster_Break is Other, Control (CR and LF aside: CR LF is one cluster), LV or LVT
     * (a Hangul syllable joins only a following jamo, which is not such a character). Every rule
     * that joins two characters (UAX #29 GB3, GB6–GB9c, GB11–GB13) needs one of the others (Extend,
     * ZWJ, SpacingMark, Prepend, L, V, T, a regional indicator) or a surrogate, and is no joiner
     * either, so a text made only of these breaks between every two characters.
     */
    static boolean isAlone(char c) {
        if (Character.isSurrogate(c) || c == '\r' || c == '\n' || isJoiner(c)) {
            return false;
        }
        int gcb = UCharacter.getIntPropertyValue(c, UProperty.GRAPHEME_CLUSTER_BREAK);
        return gcb == UCharacter.GraphemeClusterBreak.OTHER || gcb == UCharacter.GraphemeClusterBreak.CONTROL
                || gcb == UCharacter.GraphemeClusterBreak.LV || gcb == UCharacter.GraphemeClusterBreak.LVT;
    }

    /** True for the zero-width non-joiner and joiner, U+200C and U+200D. */
    static boolean isJoiner(int c) {
        return c == 0x200C || c == 0x200D;
    }

    /**
     * The code point that grapheme {@code [start, end)} is weighed by: its first one that is not a
     * joiner, or -1 when it is made of joiners only.
     */
    private static int base(String s, int start, int end) {
        for (int i = start; i < end; ) {
            int c = s.codePointAt(i);
            if (!isJoiner(c)) {
                return c;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /**
     * {@link #halfUnits} of text the caller knows to be plain ASCII (see
     * {@code CueView#isPlainAscii}): every character is a cluster of its own and weighs the same.
     */
    public int asciiHalfUnits(String s, boolean countSpaces) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' && c != '\t' || c == 0x7F) {
                // a control character: its weight, and CR LF being one cluster, are the grapheme path's
                return halfUnitsByGraphemes(s, countSpaces);
            }
            if (countSpaces || !(c == ' ' || c == '\t')) {
                n++;
            }
        }
        return asciiHalfUnits(n);
    }

    /** The count in half units of {@code chars} printable ASCII characters (or tabs). */
    public int asciiHalfUnits(int chars) {
        return this == ALL_ONE ? 2 * chars : chars;
    }

    /** A flag (a pair of regional indicators) or a symbol in emoji presentation (followed by U+FE0F). */
    private static boolean isWideEmoji(String s, int start, int end, int base) {
        return UCharacter.hasBinaryProperty(base, UProperty.REGIONAL_INDICATOR) || s.indexOf('\uFE0F', start) >= 0
                && s.indexOf('\uFE0F', start) < end;
    }

    /** The weight of one grapheme with base character {@code base}, in half units. */
    private int weight(int base) {
        if (this == ALL_ONE) {
            return 2;
        }
        int width = UCharacter.getIntPropertyValue(base, UProperty.EAST_ASIAN_WIDTH);
        if (width == UCharacter.EastAsianWidth.WIDE || width == UCharacter.EastAsianWidth.FULLWIDTH
                || FULL_WIDTH_MARKS.indexOf(base) >= 0) {
            return 2;
        }
        return 1;
    }

    /** The number of graphemes in {@code s}, not counting a stray joiner (a cluster of joiners only). */
    public static int graphemes(String s) {
        if (VisibleText.isPlainAscii(s)) {
            return s.length();
        }
        if (allAlone(s)) {
            return s.length();
        }
        return graphemesByIterator(s);
    }

    private static boolean allAlone(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ((kind(s.charAt(i)) & ALONE) == 0) {
                return false;
            }
        }
        return true;
    }

    /** {@link #graphemes} by ICU's grapheme clusters, whatever the text. */
    static int graphemesByIterator(String s) {
        BreakIterator it = Graphemes.ITERATOR.get();
        it.setText(s);
        int n = 0;
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            if (base(s, start, end) >= 0) {
                n++;
            }
        }
        return n;
    }
}

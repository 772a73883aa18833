package io.github.subtitleqc.core.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import org.jsoup.parser.Parser;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The text a viewer sees, from a line as written (SPEC §4.1): SRT/HTML-like and WebVTT tags
 * ({@code <i>}, {@code <font …>}, {@code <v Speaker>}, {@code <c.x>}, {@code <lang en>},
 * {@code <00:01.000>}) and ASS override blocks ({@code {\an8}}) removed, and ruby text with them;
 * character references decoded; NFC-normalised; zero-width and bidi control characters dropped.
 *
 * <p>Character references are decoded as the W3C WebVTT cue text tokenizer says: by HTML's
 * "consume a character reference" in text content, which jsoup's {@link Parser#unescapeEntities}
 * implements with the full HTML5 list of named references. So the legacy forms without {@code ;}
 * decode ({@code &amp}, {@code &lt}, {@code &nbsp}, {@code &copy}, {@code &AMP}), and so does the
 * longest legacy name that starts a longer word ({@code &notit;} shows {@code ¬it;}); numeric
 * references need no {@code ;} either ({@code &#65}, {@code &#x41}), {@code &#0;} and code points
 * beyond U+10FFFF become U+FFFD and {@code &#x80;}–{@code &#x9F;} the Windows-1252 characters;
 * names HTML does not know ({@code &unknown;}, {@code &Amp;}) stay as written. Decoding comes after
 * the tags are removed and happens once: {@code &lt;i&gt;} shows {@code <i>}, {@code &amp;lt;}
 * shows {@code &lt;}.
 *
 * <p>Ruby follows the tree of the W3C WebVTT cue text parsing rules, tag names compared ignoring
 * case: {@code <ruby>}, {@code <c>}, {@code <i>}, {@code <b>}, {@code <u>}, {@code <v>} and
 * {@code <lang>} open an element; an end tag closes the current element only when it names it, and
 * {@code </ruby>} also closes an open {@code <rt>} ({@code <ruby>漢<rt>かん</ruby>字} shows
 * {@code 漢字}); {@code <rt>} opens ruby text only directly inside {@code <ruby>} (elsewhere the tag
 * is ignored and its text shows, as in WebVTT). Text inside ruby text is not visible, nor text
 * inside {@code <rp>} (HTML's fallback parentheses, {@code display: none} where ruby is shown),
 * which is handled like {@code <rt>} but anywhere. Other tags ({@code <font>}, {@code <s>}…) are
 * removed without opening an element. An {@code <rt>} left open hides the rest of the line.
 */
public final class VisibleText {

    private static final Pattern ASS_OVERRIDE = Pattern.compile("\\{\\\\[^}]*}");

    private VisibleText() {
    }

    /** The visible text of one line as written. */
    public static String of(String written) {
        String s = withoutMarkup(written);
        return settled(s) != UNSETTLED ? s : normalised(s);
    }

    /**
     * The visible text of each line as written, added to {@code visible} in order, with the
     * {@link AsciiFacts} of each in {@code facts} (as long as {@code written}), found on the way so
     * that what reads the lines next can skip its own scan. A line whose facts are
     * {@link AsciiFacts#NOT_ASCII} may still be ASCII (an invisible character dropped), never the
     * other way round.
     */
    public static void of(List<String> written, List<String> visible, long[] facts) {
        of(written, visible, facts, null);
    }

    /**
     * {@link #of(List, List, long[])} with what the reader found of each line: {@code known[i]}
     * the line's {@link AsciiFacts#ofPlain(byte[], int, int)}, {@link AsciiFacts#NOT_ASCII} when
     * not found; {@code known} null when the reader found nothing (it may be {@code facts} itself:
     * each entry is read before it is written). A line found plain is its own visible text,
     * without another scan.
     */
    static void of(List<String> written, List<String> visible, long[] facts, long[] known) {
        for (int i = 0; i < written.size(); i++) {
            String w = written.get(i);
            // most lines: ASCII with no markup, their own visible text, in one scan (the reader's, when it made one)
            long plain = known != null ? known[i] : AsciiFacts.ofPlain(w);
            if (plain != AsciiFacts.NOT_ASCII) {
                facts[i] = plain;
                visible.add(w);
                continue;
            }
            String s = withoutMarkup(w);
            long ascii = AsciiFacts.of(s);
            if (ascii == AsciiFacts.NOT_ASCII && settled(s) == UNSETTLED) {
                s = normalised(s);
            }
            facts[i] = ascii;
            visible.add(s);
        }
    }

    /** Tags, ASS override blocks and character references taken out. */
    private static String withoutMarkup(String written) {
        String s = written;
        if (s.indexOf('<') >= 0) {
            s = stripTags(s);
        }
        if (s.indexOf('{') >= 0) {
            s = ASS_OVERRIDE.matcher(s).replaceAll("");
        }
        if (mayHaveReference(s)) {
            // HTML's "consume a character reference" in text content, as the WebVTT tokenizer says
            s = Parser.unescapeEntities(s, false);
        }
        return s;
    }

    private static final int ASCII = 0;
    private static final int SETTLED = 1;
    private static final int UNSETTLED = 2;

    /**
     * In one scan: {@link #ASCII} when {@code s} is plain ASCII; {@link #SETTLED} when no character
     * is an invisible control and each is a starter (combining class 0) whose NFC quick check is
     * Yes: by UAX #15's quick check such text is in NFC already, so {@link #normalised} would leave
     * it as it is; else {@link #UNSETTLED}, and {@link #normalised} must look. Most Chinese,
     * Japanese, Korean and Latin-1 lines are settled, and skip the drop and the normaliser.
     */
    static int settled(String s) {
        int kind = ASCII;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                // CJK ideographs (U+3400-U+9FFF), most of a Chinese line, are all settled: no table look-up
                if ((c < 0x3400 || c > 0x9FFF) && SETTLED_CHARS.get(c) != 1) {
                    return UNSETTLED;
                }
                kind = SETTLED;
            }
        }
        return kind;
    }

    /** {@link UProperty#NFC_QUICK_CHECK}'s value Yes (No is 0, Maybe 2). */
    private static final int NFC_QUICK_CHECK_YES = 1;
    /** 1: a BMP starter with NFC quick check Yes, not an invisible control; 2: not (surrogates included). */
    private static final CharTable SETTLED_CHARS = new CharTable(c -> !Character.isSurrogate((char) c) && !isInvisibleControl(c)
            && UCharacter.getCombiningClass(c) == 0
            && UCharacter.getIntPropertyValue(c, UProperty.NFC_QUICK_CHECK) == NFC_QUICK_CHECK_YES ? 1 : 2);

    /** Text that is not plain ASCII without its invisible characters, in NFC. */
    private static String normalised(String text) {
        // drop first: an invisible character between a letter and its accent would keep them apart
        String s = dropInvisible(text);
        if (Normalizers.nfc().spanQuickCheckYes(s) < s.length()) { // most text is in NFC already: keep it as it is
            s = Normalizers.nfc().normalize(s);
        }
        return s;
    }

    // the elements of the WebVTT cue text tree that decide what is ruby text; 0: any other tag
    private static final int C = 1;
    private static final int I = 2;
    private static final int B = 3;
    private static final int U = 4;
    private static final int V = 5;
    private static final int LANG = 6;
    private static final int RUBY = 7;
    private static final int RT = 8;
    private static final int RP = 9;

    /**
     * {@code s} without its tags, and without the text inside ruby text and {@code <rp>}: one pass
     * that builds the WebVTT tree's stack of open elements (see the class comment). What looks like
     * a tag is {@code <} then an ASCII letter up to the next {@code >} with no {@code <} between,
     * the same after {@code </}, {@code </>}, or a timestamp {@code <} digits, {@code :} and
     * {@code .} {@code >}; any other {@code <} is text.
     */
    static String stripTags(String s) {
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        int[] open = null;
        int depth = 0;
        int hiding = 0; // open rt and rp elements
        int text = 0; // start of the text not yet copied
        for (int i = s.indexOf('<'); i >= 0; i = s.indexOf('<', i)) {
            int end = tagEnd(s, i);
            if (end < 0) {
                i++;
                continue;
            }
            if (hiding == 0) {
                out.append(s, text, i);
            }
            text = end + 1;
            if (s.charAt(i + 1) == '/') {
                int name = element(s, i + 2, end);
                int current = depth == 0 ? 0 : open[depth - 1];
                if (name != 0 && name == current) {
                    depth--;
                } else if (name == RUBY && (current == RT || current == RP) && depth >= 2 && open[depth - 2] == RUBY) {
                    depth -= 2; // </ruby> closes the ruby text too
                } else {
                    current = 0;
                }
                if (current == RT || current == RP) {
                    hiding--;
                }
            } else if (isAsciiLetter(s.charAt(i + 1))) {
                int name = element(s, i + 1, end);
                if (name == RT && (depth == 0 || open[depth - 1] != RUBY)) {
                    name = 0; // ruby text only directly inside ruby
                }
                if (name != 0) {
                    if (open == null) {
                        open = new int[8];
                    } else if (depth == open.length) {
                        open = java.util.Arrays.copyOf(open, depth * 2);
                    }
                    open[depth++] = name;
                    if (name == RT || name == RP) {
                        hiding++;
                    }
                }
            }
            i = end + 1;
        }
        if (hiding == 0) {
            out.append(s, text, n);
        }
        return out.toString();
    }

    /** The index of the {@code >} that ends the tag starting at {@code s[i] == '<'}, or -1 if none does. */
    private static int tagEnd(String s, int i) {
        int n = s.length();
        int j = i + 1;
        if (j < n && s.charAt(j) == '/') {
            j++;
            if (j < n && s.charAt(j) == '>') {
                return j; // </>
            }
        }
        if (j >= n) {
            return -1;
        }
        char first = s.charAt(j);
        if (isAsciiLetter(first)) {
            for (j++; j < n; j++) {
                char c = s.charAt(j);
                if (c == '>') {
                    return j;
                }
                if (c == '<') {
                    return -1;
                }
            }
            return -1;
        }
        if (first >= '0' && first <= '9' && j == i + 1) {
            for (j++; j < n; j++) {
                char c = s.charAt(j);
                if (c == '>') {
                    return j;
                }
                if (!(c >= '0' && c <= '9' || c == ':' || c == '.')) {
                    return -1;
                }
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The element named by the tag name starting at {@code from} (up to white space, '.' or '>'), or 0. */
    private static int element(String s, int from, int end) {
        int to = from;
        while (to < end && !Character.isWhitespace(s.charAt(to)) && s.charAt(to) != '.') {
            to++;
        }
        switch (to - from) {
            case 1:
                switch (Character.toLowerCase(s.charAt(from))) {
                    case 'c':
                        return C;
                    case 'i':
                        return I;
                    case 'b':
                        return B;
                    case 'u':
                        return U;
                    case 'v':
                        return V;
                    default:
                        return 0;
                }
            case 2:
                return s.regionMatches(true, from, "rt", 0, 2) ? RT : s.regionMatches(true, from, "rp", 0, 2) ? RP : 0;
            case 4:
                return s.regionMatches(true, from, "ruby", 0, 4) ? RUBY
                        : s.regionMatches(true, from, "lang", 0, 4) ? LANG : 0;
            default:
                return 0;
        }
    }

    /**
     * True for the zero-width and bidi control characters that are never displayed: U+200B,
     * U+200E–U+200F, U+202A–U+202E, U+2066–U+2069, U+FEFF. The zero-width non-joiner and joiner
     * (U+200C, U+200D), though in SPEC §4.1's range U+200B–U+200F, are kept: dropping the joiner
     * would split an emoji sequence such as 👨‍👩‍👧 into three, or change Persian and Indic shaping.
     * They extend the grapheme before them, and {@link Counting} counts a stray one, which joins
     * nothing, 0.
     */
    public static boolean isInvisibleControl(int c) {
        return c == 0x200B || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
    }

    private static String dropInvisible(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isInvisibleControl(c)) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** True when an {@code &} is followed by a letter, a digit or {@code #}: else no reference can start. */
    private static boolean mayHaveReference(String s) {
        for (int i = s.indexOf('&'); i >= 0 && i + 1 < s.length(); i = s.indexOf('&', i + 1)) {
            char c = s.charAt(i + 1);
            if (c == '#' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}

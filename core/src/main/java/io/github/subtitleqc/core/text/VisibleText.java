package io.github.subtitleqc.core.text;

import com.ibm.icu.text.Normalizer2;
import org.apache.commons.text.StringEscapeUtils;

import java.util.regex.Pattern;

/**
 * The text a viewer sees, from a line as written (SPEC §4.1): ruby text ({@code <rt>…</rt>},
 * {@code <rp>…</rp>}) removed with its content; SRT/HTML-like and WebVTT tags ({@code <i>},
 * {@code <font …>}, {@code <v Speaker>}, {@code <c.x>}, {@code <lang en>}, {@code <00:01.000>})
 * and ASS override blocks ({@code {\an8}}) removed; character references decoded; NFC-normalised;
 * zero-width and bidi control characters dropped.
 */
public final class VisibleText {

    private static final Pattern RUBY_TEXT = Pattern.compile("(?i)<(rt|rp)(?:[.\\s][^<>]*)?>.*?(?:</\\1\\s*>|$)");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>]*>|</>|<\\d[\\d:.]*>");
    private static final Pattern ASS_OVERRIDE = Pattern.compile("\\{\\\\[^}]*}");
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private VisibleText() {
    }

    /** The visible text of one line as written. */
    public static String of(String written) {
        String s = written;
        if (s.indexOf('<') >= 0) {
            s = RUBY_TEXT.matcher(s).replaceAll("");
            s = TAG.matcher(s).replaceAll("");
        }
        if (s.indexOf('{') >= 0) {
            s = ASS_OVERRIDE.matcher(s).replaceAll("");
        }
        if (s.indexOf('&') >= 0) {
            s = StringEscapeUtils.unescapeHtml4(s);
        }
        if (!isPlainAscii(s)) {
            // drop first: an invisible character between a letter and its accent would keep them apart
            s = NFC.normalize(dropInvisible(s));
        }
        return s;
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

    static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}

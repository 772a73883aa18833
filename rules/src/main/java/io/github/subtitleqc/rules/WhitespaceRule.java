package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.rule.RuleContext;
import io.github.subtitleqc.core.rule.RuleDescriptor;
import io.github.subtitleqc.core.text.AsciiFacts;
import io.github.subtitleqc.core.text.VisibleText;

import java.util.List;
import java.util.Locale;

/**
 * {@code whitespace}: white space a viewer would not want. Leading and trailing white space are
 * found in the visible text (so {@code <i> Hi</i>} counts); several spaces in a row and a space
 * before punctuation are found in the line as written, each one where it is. A single
 * space between CJK phrases, a common pause mark in Chinese subtitles, is not a finding. Space
 * before {@code ; : ! ?} is correct in French and not flagged in French files; an ellipsis
 * ({@code ...}, {@code …}) and a decimal ({@code .5}) after a space are not flagged.
 */
public final class WhitespaceRule implements Rule {

    /*
     * What the rule finds in the line as written, as the java.util.regex patterns it was first
     * written with (here as Java string literals; \\S is any character but the ASCII white space
     * [ \\t\\n\\x0B\\f\\r], so U+3000 counts as \\S), each match found by Matcher.find:
     *   several spaces   (?<=\\S)[ \\t\\u3000]{2,}(?=\\S)
     *   before a mark    (?<=\\S)[ \\t]+([,.;:!?](?![.\\p{L}\\p{N}])|[\\uFF0C\\u3002\\uFF01\\uFF1F\\uFF1B\\uFF1A\\u3001])
     * Half-width marks followed by a dot, letter or digit are not flagged ({@code ...}, {@code .5},
     * {@code .NET}); full-width marks are, since in CJK text a Han character follows them directly
     * ({@code 你好 ，世界}). They run for every line of every cue, so they are scanned by hand
     * below (multipleEnd, punctuationEnd), giving the same matches as Matcher.find would.
     */
    private static final List<String> FRENCH_SPACED = List.of(";", ":", "!", "?");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("whitespace", Severity.INFO,
            "leading or trailing spaces, several spaces in a row, a space before punctuation");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(CueView cue, RuleContext context) {
        boolean french = isFrench(context.language());
        for (int i = 0; i < cue.visibleLines().size(); i++) {
            String visible = cue.visibleLines().get(i);
            if (cue.isBlankLine(i)) {
                continue;
            }
            String written = cue.cue().lines().get(i);
            int line = cue.textLine(i);
            long ascii = cue.asciiFacts(i);
            boolean counted = AsciiFacts.isCounted(ascii); // no control character: only space and tab are white space
            if (counted ? AsciiFacts.hasLeadingSpace(ascii)
                    : Character.isWhitespace(visible.codePointAt(0)) || visible.charAt(0) == '\u3000') {
                context.report(cue, line, cue.textColumn(i, column(written, leadingSpace(written, visible))),
                        Messages.get("whitespace.leading"), null, null);
            }
            if (counted ? AsciiFacts.hasTrailingSpace(ascii) : endsWithSpace(visible)) {
                context.report(cue, line, cue.textColumn(i, column(written, trailingSpace(written, visible.stripTrailing()))),
                        Messages.get("whitespace.trailing"), null, null);
            }
            // a line without markup is its own visible text (the same string), whose facts are known
            boolean known = written == visible && AsciiFacts.isAscii(ascii);
            if (known ? !AsciiFacts.hasSpaceBeforeSpaceOrMark(ascii) : !spaceBeforeSpaceOrMark(written)) {
                continue; // neither several spaces nor a space before a mark
            }
            for (int[] run : severalSpaces(written)) {
                int column = cue.textColumn(i, column(written, run[0]));
                context.report(cue, line, column, Messages.get("whitespace.double", column), null, null);
            }
            for (int[] run : spacesBeforeMarks(written)) {
                String mark = written.substring(run[1] - 1, run[1]);
                if (french && FRENCH_SPACED.contains(mark)) {
                    continue;
                }
                int column = cue.textColumn(i, column(written, run[0]));
                context.report(cue, line, column, Messages.get("whitespace.before-punctuation", mark, column),
                        null, null);
            }
        }
    }

    /**
     * Whether a space, tab or ideographic space is followed by another or by a punctuation mark:
     * where neither holds, {@link #severalSpaces} and {@link #spacesBeforeMarks} find nothing, and
     * most lines are passed over in this one scan (one loop over the line: quicker than a
     * {@code String.indexOf} for each space of a line with many).
     */
    static boolean spaceBeforeSpaceOrMark(String written) {
        int last = written.length() - 1;
        for (int i = 0; i < last; i++) {
            char c = written.charAt(i);
            if (c == ' ' || c == '\t' || c == '\u3000') {
                char next = written.charAt(i + 1);
                if (next == ' ' || next == '\t' || next == '\u3000' || isHalfWidthMark(next) || isFullWidthMark(next)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Each run of several spaces in {@code written}, as {@code [start, end)} char indices, in order. */
    static List<int[]> severalSpaces(String written) {
        return matches(written, false);
    }

    /** Each run of spaces before a punctuation mark, the mark included, as {@code [start, end)}, in order. */
    static List<int[]> spacesBeforeMarks(String written) {
        return matches(written, true);
    }

    /** What Matcher.find would find one match after the other, each search starting where the last match ended. */
    private static List<int[]> matches(String s, boolean beforeMarks) {
        List<int[]> found = List.of();
        int from = 0;
        while (from < s.length()) {
            int start = from;
            int end = -1;
            for (; start < s.length(); start++) {
                char c = s.charAt(start);
                if (c != ' ' && c != '\t' && c != '\u3000') {
                    continue; // both runs start with a space
                }
                end = beforeMarks ? punctuationEnd(s, start) : multipleEnd(s, start);
                if (end >= 0) {
                    break;
                }
            }
            if (end < 0) {
                break;
            }
            if (found.isEmpty()) {
                found = new java.util.ArrayList<>(2);
            }
            found.add(new int[] {start, end});
            from = end;
        }
        return found;
    }

    /** Whether the last character of {@code visible} is white space or the ideographic space. */
    private static boolean endsWithSpace(String visible) {
        int last = visible.codePointBefore(visible.length());
        return Character.isWhitespace(last) || last == '\u3000';
    }

    /** Whether a language tag's primary subtag is French ({@code fr}, {@code fr-CA}, {@code FR_ca}). */
    private static boolean isFrench(String language) {
        return language != null && language.length() >= 2 && language.regionMatches(true, 0, "fr", 0, 2)
                && (language.length() == 2 || language.charAt(2) == '-' || language.charAt(2) == '_');
    }

    /** {@code \\s} of java.util.regex without UNICODE_CHARACTER_CLASS: ASCII white space only. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /**
     * The end of the run of several spaces that starts at {@code p}, or -1 when none starts there:
     * after a character that is not (ASCII) white space, the longest run of at least two
     * {@code [ \t\u3000]} that is followed by such a character.
     */
    private static int multipleEnd(String s, int p) {
        if (p == 0 || isRegexSpace(s.charAt(p - 1))) {
            return -1;
        }
        int e = p;
        while (e < s.length() && (s.charAt(e) == ' ' || s.charAt(e) == '\t' || s.charAt(e) == '\u3000')) {
            e++;
        }
        for (int q = e; q - p >= 2; q--) {
            if (q < s.length() && !isRegexSpace(s.charAt(q))) {
                return q;
            }
        }
        return -1;
    }

    /**
     * The end (just after the mark) of spaces before punctuation starting at {@code p}, or -1:
     * after a character that is not (ASCII) white space, spaces and tabs then a half-width mark
     * not followed by a dot, letter or digit, or a full-width mark.
     */
    private static int punctuationEnd(String s, int p) {
        if (p == 0 || isRegexSpace(s.charAt(p - 1))) {
            return -1;
        }
        int e = p;
        while (e < s.length() && (s.charAt(e) == ' ' || s.charAt(e) == '\t')) {
            e++;
        }
        if (e == p || e == s.length()) {
            return -1;
        }
        char mark = s.charAt(e);
        if (isHalfWidthMark(mark)) {
            if (e + 1 < s.length()) {
                int next = s.codePointAt(e + 1);
                if (next == '.' || Character.isLetter(next) || isNumber(next)) {
                    return -1;
                }
            }
            return e + 1;
        }
        return isFullWidthMark(mark) ? e + 1 : -1;
    }

    /** {@code [,.;:!?]}: flagged after a space unless a dot, letter or digit follows. */
    private static boolean isHalfWidthMark(char c) {
        return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
    }

    /** {@code [\uFF0C\u3002\uFF01\uFF1F\uFF1B\uFF1A\u3001]}: the full-width marks, always flagged after a space. */
    private static boolean isFullWidthMark(char c) {
        return c == '\uFF0C' || c == '\u3002' || c == '\uFF01' || c == '\uFF1F' || c == '\uFF1B' || c == '\uFF1A'
                || c == '\u3001';
    }

    /** {@code \\p{N}}: a decimal digit, a letter number or another number. */
    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /**
     * Where the visible text's leading white space is in the line as written: after any markup
     * before it ({@code <i> Hi} gives 3). The last start from which the rest of the line shows the
     * same visible text.
     */
    private static int leadingSpace(String written, String visible) {
        for (int i = written.length(); i > 0; i--) {
            if (VisibleText.of(written.substring(i)).equals(visible)) {
                return i;
            }
        }
        return 0;
    }

    /**
     * Where the visible text's trailing white space is in the line as written: after the last
     * visible character and any markup up to the space ({@code <i>Hi </i>} gives 5). The last end
     * up to which the line shows the visible text without its trailing white space.
     */
    private static int trailingSpace(String written, String visibleStripped) {
        for (int end = written.length(); end > 0; end--) {
            if (VisibleText.of(written.substring(0, end)).equals(visibleStripped)) {
                return end;
            }
        }
        return written.stripTrailing().length();
    }

    /** The 1-based column, in code points, of char index {@code index}. */
    private static int column(String s, int index) {
        return s.codePointCount(0, Math.min(index, s.length())) + 1;
    }
}

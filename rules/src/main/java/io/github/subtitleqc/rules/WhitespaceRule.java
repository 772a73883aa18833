package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.rule.RuleContext;
import io.github.subtitleqc.core.rule.RuleDescriptor;
import io.github.subtitleqc.core.text.VisibleText;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code whitespace}: white space a viewer would not want. Leading and trailing white space are
 * found in the visible text (so {@code <i> Hi</i>} counts); several spaces in a row and a space
 * before punctuation are found in the line as written, each one where it is. A single
 * space between CJK phrases, a common pause mark in Chinese subtitles, is not a finding. Space
 * before {@code ; : ! ?} is correct in French and not flagged in French files; an ellipsis
 * ({@code ...}, {@code …}) and a decimal ({@code .5}) after a space are not flagged.
 */
public final class WhitespaceRule implements Rule {

    private static final Pattern MULTIPLE = Pattern.compile("(?<=\\S)[ \\t\\u3000]{2,}(?=\\S)");
    /**
     * A space before punctuation. Half-width marks followed by a dot, letter or digit are not
     * flagged ({@code ...}, {@code .5}, {@code .NET}); full-width marks are, since in CJK text a
     * Han character follows them directly ({@code 你好 ，世界}).
     */
    private static final Pattern BEFORE_PUNCTUATION = Pattern.compile(
            "(?<=\\S)[ \\t]+([,.;:!?](?![.\\p{L}\\p{N}])|[\\uFF0C\\u3002\\uFF01\\uFF1F\\uFF1B\\uFF1A\\u3001])");
    private static final List<String> FRENCH_SPACED = List.of(";", ":", "!", "?");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("whitespace", Severity.INFO,
            "leading or trailing spaces, several spaces in a row, a space before punctuation");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(CueView cue, RuleContext context) {
        boolean french = context.language() != null
                && context.language().toLowerCase(Locale.ROOT).split("[-_]")[0].equals("fr");
        for (int i = 0; i < cue.visibleLines().size(); i++) {
            String visible = cue.visibleLines().get(i);
            if (CueView.isBlank(visible)) {
                continue;
            }
            String written = cue.cue().lines().get(i);
            int line = cue.textLine(i);
            if (Character.isWhitespace(visible.codePointAt(0)) || visible.charAt(0) == '\u3000') {
                context.report(cue, line, column(written, leadingSpace(written, visible)),
                        Messages.get("whitespace.leading"), null, null);
            }
            int last = visible.codePointBefore(visible.length());
            if (Character.isWhitespace(last) || last == '\u3000') {
                context.report(cue, line, column(written, trailingSpace(written, visible.stripTrailing())),
                        Messages.get("whitespace.trailing"), null, null);
            }
            Matcher multiple = MULTIPLE.matcher(written);
            while (multiple.find()) {
                int column = column(written, multiple.start());
                context.report(cue, line, column, Messages.get("whitespace.double", column), null, null);
            }
            Matcher before = BEFORE_PUNCTUATION.matcher(written);
            while (before.find()) {
                if (french && FRENCH_SPACED.contains(before.group(1))) {
                    continue;
                }
                int column = column(written, before.start());
                context.report(cue, line, column, Messages.get("whitespace.before-punctuation", before.group(1), column),
                        null, null);
            }
        }
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

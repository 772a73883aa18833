package io.github.subtitleqc.rules;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link WhitespaceRule} scans lines by hand instead of with the regular expressions it was
 * written with; on any line it must find the same runs, at the same places, as those expressions.
 */
class WhitespaceScanTest {

    private static final Pattern MULTIPLE = Pattern.compile("(?<=\\S)[ \\t\\u3000]{2,}(?=\\S)");
    private static final Pattern BEFORE_PUNCTUATION = Pattern.compile(
            "(?<=\\S)[ \\t]+([,.;:!?](?![.\\p{L}\\p{N}])|[\\uFF0C\\u3002\\uFF01\\uFF1F\\uFF1B\\uFF1A\\u3001])");

    @Property(tries = 5000)
    void severalSpacesAreWhereTheExpressionFindsThem(@ForAll("lines") String line) {
        assertThat(WhitespaceRule.severalSpaces(line)).containsExactlyElementsOf(regex(MULTIPLE, line));
    }

    @Property(tries = 5000)
    void spacesBeforeMarksAreWhereTheExpressionFindsThem(@ForAll("lines") String line) {
        assertThat(WhitespaceRule.spacesBeforeMarks(line)).containsExactlyElementsOf(regex(BEFORE_PUNCTUATION, line));
    }

    @Property(tries = 5000)
    void aLinePassedOverHasNothingEitherExpressionFinds(@ForAll("lines") String line) {
        if (!WhitespaceRule.spaceBeforeSpaceOrMark(line)) {
            assertThat(regex(MULTIPLE, line)).isEmpty();
            assertThat(regex(BEFORE_PUNCTUATION, line)).isEmpty();
        }
    }

    @Test
    void linesPassedOver() {
        assertThat(WhitespaceRule.spaceBeforeSpaceOrMark("Nothing to see here")).isFalse();
        assertThat(WhitespaceRule.spaceBeforeSpaceOrMark("a  b")).isTrue();
        assertThat(WhitespaceRule.spaceBeforeSpaceOrMark("a ,b")).isTrue();
        assertThat(WhitespaceRule.spaceBeforeSpaceOrMark("你好\u3000\uFF0C")).isTrue();
    }

    @Test
    void examples() {
        assertThat(WhitespaceRule.severalSpaces("a  b\u3000\u3000c  ")).containsExactly(new int[] {1, 3}, new int[] {4, 6});
        // U+3000 is not white space to \S: a run may start after one, and end before one
        assertThat(WhitespaceRule.severalSpaces("a\u3000  \u3000\r")).containsExactly(new int[] {1, 4});
        assertThat(WhitespaceRule.spacesBeforeMarks("a ,b a , a .5 a \uFF0C")).containsExactly(new int[] {6, 8},
                new int[] {15, 17});
    }

    @Provide
    Arbitrary<String> lines() {
        return Arbitraries.of(' ', '\t', '\u3000', 'a', 'Z', '5', '.', ',', '!', '?', ';', ':', '\uFF0C', '\u3002',
                        '\u3001', '\r', '\u000B', '\n', '\u00A0', '\u2167', '\uD83D', '\uDE00', '\u00BD', '字')
                .list().ofMaxSize(14).map(chars -> {
                    StringBuilder b = new StringBuilder();
                    chars.forEach(b::append);
                    return b.toString();
                });
    }

    private static List<int[]> regex(Pattern pattern, String line) {
        List<int[]> found = new ArrayList<>();
        Matcher m = pattern.matcher(line);
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        return found;
    }
}

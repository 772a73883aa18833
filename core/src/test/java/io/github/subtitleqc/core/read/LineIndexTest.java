package io.github.subtitleqc.core.read;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link LineIndex} (and {@link Lines#split}, made from it) find the lines that a split at every
 * CRLF, LF or lone CR gives, but for the empty line after a final terminator.
 */
class LineIndexTest {

    @Property(tries = 2000)
    void sameLinesAsSplittingAtEachTerminator(@ForAll @Chars({'\n', '\r', ' ', '\t', 'a', '1'}) @CharRange(from = 'x', to = 'z')
                          @Size(max = 200) String text) {
        assertSameLines(text);
    }

    @Example
    void edgeCases() {
        for (String text : List.of("", "\n", "\r", "\r\n", "\n\r", "a", "a\n", "a\r", "a\r\n", "\r\r\n\n", "a\nb",
                "a\rb\r\nc\nd", " \t\n\t", "x".repeat(100) + "\n".repeat(40))) {
            assertSameLines(text);
        }
    }

    private static void assertSameLines(String text) {
        LineIndex index = LineIndex.of(text);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < index.count(); i++) {
            lines.add(index.line(i));
            assertThat(index.isBlank(i)).isEqualTo(Lines.isBlank(index.line(i)));
            assertThat(text.substring(index.start(i), index.end(i))).isEqualTo(index.line(i));
        }
        assertThat(lines).isEqualTo(bySplitting(text)).isEqualTo(Lines.split(text));
    }

    /** The lines as a regular expression cuts them: what the index must agree with. */
    private static List<String> bySplitting(String text) {
        List<String> parts = new ArrayList<>(List.of(text.split("\r\n|\r|\n", -1)));
        if (parts.get(parts.size() - 1).isEmpty()) {
            parts.remove(parts.size() - 1); // "" has no line; "a\n" has one
        }
        return parts;
    }
}

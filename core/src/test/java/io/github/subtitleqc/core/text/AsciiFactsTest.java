package io.github.subtitleqc.core.text;

import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.rule.CueView;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link AsciiFacts}, found in one scan while the visible text is made, must say of every line what
 * the scans it spares would find: the count {@link Counting} gives the stripped line, whether it
 * is blank, its leading and trailing white space, its letters, a space before a space or a mark.
 */
class AsciiFactsTest {

    private static final Pattern SPACE_BEFORE_SPACE_OR_MARK = Pattern.compile("[ \t][ \t,.;:!?]");

    @Property(tries = 5000)
    void theFactsAreWhatTheLineSays(@ForAll("lines") String line) {
        long facts = AsciiFacts.of(line);
        boolean ascii = line.chars().allMatch(c -> c < 0x80);
        assertThat(AsciiFacts.isAscii(facts)).isEqualTo(ascii);
        if (!ascii) {
            assertThat(facts).isEqualTo(AsciiFacts.NOT_ASCII);
            return;
        }
        boolean control = line.chars().anyMatch(c -> c < ' ' && c != '\t' || c == 0x7F);
        assertThat(AsciiFacts.hasControl(facts)).isEqualTo(control);
        assertThat(AsciiFacts.isCounted(facts)).isEqualTo(!control);
        assertThat(AsciiFacts.hasLetter(facts)).isEqualTo(line.chars().anyMatch(Character::isLetter));
        assertThat(AsciiFacts.hasLower(facts)).isEqualTo(line.chars().anyMatch(Character::isLowerCase));
        assertThat(AsciiFacts.hasSpaceBeforeSpaceOrMark(facts)).isEqualTo(SPACE_BEFORE_SPACE_OR_MARK.matcher(line).find());
        if (control) {
            return;
        }
        String stripped = line.strip();
        for (Counting counting : Counting.values()) {
            assertThat(counting.asciiHalfUnits(AsciiFacts.strippedLength(facts)))
                    .isEqualTo(counting.halfUnits(stripped, true));
            assertThat(counting.asciiHalfUnits(AsciiFacts.nonSpaceLength(facts)))
                    .isEqualTo(counting.halfUnits(stripped, false));
        }
        assertThat(AsciiFacts.strippedLength(facts) == 0).isEqualTo(CueView.isBlank(line));
        assertThat(AsciiFacts.hasLeadingSpace(facts)).isEqualTo(!line.isEmpty() && Character.isWhitespace(line.charAt(0)));
        assertThat(AsciiFacts.hasTrailingSpace(facts))
                .isEqualTo(!line.isEmpty() && Character.isWhitespace(line.charAt(line.length() - 1)));
    }

    /**
     * A line of plain ASCII with no {@code <}, {@code {} or {@code &} is its own visible text, and
     * its facts are found in the one scan; any other line is left to the visible text.
     */
    @Property(tries = 3000)
    void aPlainLineIsItsOwnVisibleText(@ForAll("lines") String line) {
        long plain = AsciiFacts.ofPlain(line);
        boolean markup = line.indexOf('<') >= 0 || line.indexOf('{') >= 0 || line.indexOf('&') >= 0;
        if (!AsciiFacts.isAscii(AsciiFacts.of(line)) || markup) {
            assertThat(plain).isEqualTo(AsciiFacts.NOT_ASCII);
            return;
        }
        assertThat(plain).isEqualTo(AsciiFacts.of(line));
        assertThat(VisibleText.of(line)).isEqualTo(line);
    }

    /**
     * A reader finds the same facts in the line's UTF-8 bytes, before it is a string, but leaves a
     * line with {@code >} (where an arrow may end) to the visible text too.
     */
    @Property(tries = 3000)
    void theFactsOfTheBytesAreThoseOfTheString(@ForAll("lines") String line, @ForAll("padding") String before,
                                               @ForAll("padding") String after) {
        byte[] utf8 = (before + line + after).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int from = before.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        int to = from + line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        long fromBytes = AsciiFacts.ofPlain(utf8, from, to);
        assertThat(fromBytes).isEqualTo(line.indexOf('>') >= 0 ? AsciiFacts.NOT_ASCII : AsciiFacts.ofPlain(line));
    }

    @Test
    void aLineWithAnArrowIsLeftToItsString() {
        byte[] arrow = "A --> B".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(AsciiFacts.ofPlain(arrow, 0, arrow.length)).isEqualTo(AsciiFacts.NOT_ASCII);
        assertThat(AsciiFacts.ofPlain(arrow, 0, 3)).isEqualTo(AsciiFacts.ofPlain("A -"));
    }

    @Property(tries = 1000)
    void aViewCountsAndBlanksByTheFactsAsByTheText(@ForAll("lines") String a, @ForAll("lines") String b) {
        Cue cue = new Cue(1, "1", 0, 1_000, List.of(a, b), 2, 3, "");
        for (Counting counting : Counting.values()) {
            CueView view = new CueView(cue, counting);
            int displayed = 0;
            for (int i = 0; i < 2; i++) {
                String visible = view.visibleLines().get(i);
                assertThat(view.lineCount(i)).as("%s line %d", counting, i).isEqualTo(counting.count(visible.strip()));
                assertThat(view.isBlankLine(i)).isEqualTo(CueView.isBlank(visible));
                displayed += CueView.isBlank(visible) ? 0 : 1;
            }
            assertThat(view.displayedLineCount()).isEqualTo(displayed);
            assertThat(view.count(false)).isEqualTo((counting.halfUnits(view.visibleLines().get(0).strip(), false)
                    + counting.halfUnits(view.visibleLines().get(1).strip(), false)) / 2.0);
        }
    }

    @Test
    void examples() {
        long facts = AsciiFacts.of("  Hello ,  world\t");
        assertThat(AsciiFacts.strippedLength(facts)).isEqualTo(14);
        assertThat(AsciiFacts.nonSpaceLength(facts)).isEqualTo(11);
        assertThat(AsciiFacts.hasLeadingSpace(facts)).isTrue();
        assertThat(AsciiFacts.hasTrailingSpace(facts)).isTrue();
        assertThat(AsciiFacts.hasSpaceBeforeSpaceOrMark(facts)).isTrue();
        assertThat(AsciiFacts.hasLower(facts)).isTrue();

        long shout = AsciiFacts.of("STOP, NOW!");
        assertThat(AsciiFacts.hasLetter(shout)).isTrue();
        assertThat(AsciiFacts.hasLower(shout)).isFalse();
        assertThat(AsciiFacts.hasSpaceBeforeSpaceOrMark(shout)).isFalse();
        assertThat(AsciiFacts.strippedLength(shout)).isEqualTo(10);

        assertThat(AsciiFacts.strippedLength(AsciiFacts.of(" \t "))).isZero();
        assertThat(AsciiFacts.isCounted(AsciiFacts.of("a\rb"))).isFalse(); // CR: counted by graphemes
        assertThat(AsciiFacts.of("café")).isEqualTo(AsciiFacts.NOT_ASCII);
        assertThat(AsciiFacts.of("")).isEqualTo(0L); // empty: nothing, counts 0
        assertThat(AsciiFacts.ofPlain("STOP, NOW!")).isEqualTo(shout);
        for (String markup : List.of("<i>Yes</i>", "{\\an8}Up here", "Fish &amp; chips", "Fish & chips")) {
            assertThat(AsciiFacts.ofPlain(markup)).as(markup).isEqualTo(AsciiFacts.NOT_ASCII);
        }
    }

    /** What may be around a line in a file's bytes: other lines, a CR, non-ASCII text. */
    @Provide
    Arbitrary<String> padding() {
        return Arbitraries.of("", "\n", "\r\n", "x\n", "漢\n", "<i>", ">").list().ofMaxSize(3).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> lines() {
        // letters, digits, spaces, tabs, the marks, other punctuation, control characters (CR, LF,
        // vertical tab, form feed, unit separator, DEL), markup, and a few characters beyond ASCII
        return Arbitraries.of("a", "Z", "7", " ", " ", "\t", ",", ".", ";", ":", "!", "?", "-", "'", "\r", "\n",
                        "\u000B", "\f", "\u001F", "\u007F", "\u0000", "<i>", "</i>", "&amp;", "-->", ">", "é", "\u3000", "漢", "\u200B")
                .list().ofMaxSize(10).map(parts -> String.join("", parts));
    }
}

package io.github.subtitleqc.core.rule;

import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.text.Counting;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CueViewTest {

    private static Cue cue(String... lines) {
        return new Cue(3, "3", 1_000, 3_500, List.of(lines), 9, 10, "");
    }

    @Test
    void aTagWrappedWebVttLineIsMeasuredByItsVisibleText() {
        CueView view = new CueView(cue("<v Bob><i>Hello</i></v>"), Counting.ALL_ONE);
        assertThat(view.visibleLines()).containsExactly("Hello");
        assertThat(view.lineCount(0)).isEqualTo(5.0);
        assertThat(view.count(true)).isEqualTo(5.0);
    }

    @Test
    void countsEachLineUnderTheFilesCounting() {
        CueView view = new CueView(cue("<font color=\"red\">就是亚马逊Facebook</font>", "{\\an8}这样的公司"),
                Counting.CJK_WEIGHTED);
        assertThat(view.lineCount(0)).isEqualTo(9.0);
        assertThat(view.lineCount(1)).isEqualTo(5.0);
        // the line break counts 0
        assertThat(view.count(true)).isEqualTo(14.0);
        assertThat(view.counting()).isEqualTo(Counting.CJK_WEIGHTED);
    }

    @Test
    void leadingAndTrailingSpacesDoNotCount() {
        CueView view = new CueView(cue("  Hi there  ", "\tok\t"), Counting.ALL_ONE);
        assertThat(view.lineCount(0)).isEqualTo(8.0);
        assertThat(view.lineCount(1)).isEqualTo(2.0);
        assertThat(view.count(true)).isEqualTo(10.0);
        assertThat(view.count(false)).isEqualTo(9.0);
    }

    @Test
    void spacesCanBeLeftOutOfTheTotal() {
        CueView view = new CueView(cue("然后 pre-training,", "post training"), Counting.CJK_WEIGHTED);
        assertThat(view.count(true)).isEqualTo(2 + 0.5 * 14 + 0.5 * 13);
        assertThat(view.count(false)).isEqualTo(2 + 0.5 * 13 + 0.5 * 12);
    }

    @Test
    void aStrayJoinerShowsNothingAndCountsZero() {
        // after <i> is removed (or the leading space is stripped) the joiner has nothing to join
        CueView view = new CueView(cue("<i>\u200D</i>Hi", " \u200DHo", "\u200D"), Counting.ALL_ONE);
        assertThat(view.visibleLines()).containsExactly("\u200DHi", " \u200DHo", "\u200D");
        assertThat(view.lineCount(0)).isEqualTo(2.0);
        assertThat(view.lineCount(1)).isEqualTo(2.0);
        assertThat(view.lineCount(2)).isEqualTo(0.0);
        assertThat(view.count(true)).isEqualTo(4.0);
        assertThat(view.displayedLineCount()).isEqualTo(2);
        assertThat(new CueView(cue("\u200D", "\u200C "), Counting.ALL_ONE).isEmpty()).isTrue();
    }

    @Test
    void linesWithoutVisibleTextAreNotDisplayed() {
        CueView view = new CueView(cue("<i></i>", "Hi", "{\\an8}", "\u3000"), Counting.ALL_ONE);
        assertThat(view.visibleLines()).containsExactly("", "Hi", "", "\u3000");
        assertThat(view.displayedLineCount()).isEqualTo(1);
        assertThat(view.isEmpty()).isFalse();
        assertThat(new CueView(cue("<b></b>", " "), Counting.ALL_ONE).isEmpty()).isTrue();
        assertThat(new CueView(cue(), Counting.ALL_ONE).isEmpty()).isTrue();
    }

    @Test
    void countsWordsAcrossLines() {
        assertThat(new CueView(cue("<i>Hello,</i> big", "world!"), Counting.ALL_ONE).words()).isEqualTo(3);
        assertThat(new CueView(cue("♪ ♪"), Counting.ALL_ONE).words()).isZero();
    }

    @Test
    void exposesTheCueAsWritten() {
        Cue cue = cue("a", "b");
        CueView view = new CueView(cue, Counting.ALL_ONE);
        assertThat(view.cue()).isSameAs(cue);
        assertThat(view.ordinal()).isEqualTo(3);
        assertThat(view.line()).isEqualTo(9);
        assertThat(view.textLine(0)).isEqualTo(10);
        assertThat(view.textLine(1)).isEqualTo(11);
        assertThat(view.startMs()).isEqualTo(1_000);
        assertThat(view.endMs()).isEqualTo(3_500);
        assertThat(view.durationMs()).isEqualTo(2_500);
    }

    @Test
    void knowsWhichVisibleLinesArePlainAscii() {
        // ASCII once the tags are gone; an accent; a reference to a non-ASCII character; CJK; an
        // ASCII reference; a line that is ASCII as written
        CueView view = new CueView(cue("<i>Hello</i> there", "café", "caf&eacute;", "日本", "fish &amp; chips", "plain"),
                Counting.ALL_ONE);
        assertThat(view.visibleLines()).containsExactly("Hello there", "café", "café", "日本", "fish & chips", "plain");
        assertThat(List.of(0, 1, 2, 3, 4, 5)).map(view::isPlainAscii)
                .containsExactly(true, false, false, false, true, true);
    }

    @Test
    void linesPastTheSixtyFourthAreKnownAsciiToo() {
        String[] lines = new String[70];
        java.util.Arrays.fill(lines, "abc");
        CueView view = new CueView(cue(lines), Counting.ALL_ONE);
        assertThat(view.isPlainAscii(63)).isTrue();
        assertThat(view.isPlainAscii(69)).isTrue();
        assertThat(view.visibleLines()).hasSize(70);
    }
}

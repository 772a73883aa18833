package io.github.subtitleqc.core.text;

import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.model.Format;
import io.github.subtitleqc.core.model.SubtitleDocument;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class VisibleCuesTest {

    private static final SubtitleDocument DOCUMENT = new SubtitleDocument(Format.SRT, List.of(
            new Cue(1, "1", 0, 1_000, List.of("<i>Hello</i>", "café"), 2, 3, ""),
            new Cue(2, "2", 2_000, 3_000, List.of("你好 &amp; bye"), 6, 7, "")), Optional.empty());

    @Test
    void eachCueHasTheVisibleTextOfItsLinesAndKnowsWhichAreAscii() {
        VisibleCues visible = new VisibleCues(DOCUMENT);
        assertThat(visible.lines(0)).containsExactly("Hello", "café");
        assertThat(visible.facts(0)).hasSize(2);
        assertThat(visible.facts(0)[0]).isEqualTo(AsciiFacts.of("Hello")).isNotEqualTo(AsciiFacts.NOT_ASCII);
        assertThat(visible.facts(0)[1]).isEqualTo(AsciiFacts.NOT_ASCII);
        assertThat(visible.lines(1)).containsExactly("你好 & bye");
        assertThat(visible.facts(1)).containsExactly(AsciiFacts.NOT_ASCII);
    }

    @Test
    void linesAreMadeOnceAndTakenOnce() {
        VisibleCues visible = new VisibleCues(DOCUMENT);
        List<String> first = visible.lines(0);
        assertThat(visible.lines(0)).isSameAs(first);
        long[] facts = visible.facts(0);
        assertThat(visible.take(0)).isSameAs(first);
        // taken: asked again, they are made again, equal but not the same list
        assertThat(visible.lines(0)).isEqualTo(first).isNotSameAs(first);
        assertThat(visible.facts(0)).isEqualTo(facts).isNotSameAs(facts);
    }
}

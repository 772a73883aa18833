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

    @Test
    void aCueTheReaderFoundPlainIsItsOwnVisibleTextAndTheOthersAreMadeAsWithout() {
        SubtitleDocument document = new SubtitleDocument(Format.SRT, List.of(
                new Cue(1, "1", 0, 1_000, List.of("Hello", " there  ,"), 2, 3, ""),
                new Cue(2, "2", 2_000, 3_000, List.of("Fine", "<i>Hi</i> café"), 6, 7, "")), Optional.empty());
        long[][] found = {
            {plain("Hello"), plain(" there  ,")},
            {plain("Fine"), AsciiFacts.NOT_ASCII}, // a line the reader left to its string
        };
        VisibleCues fromReader = new VisibleCues(document, found);
        VisibleCues without = new VisibleCues(document);

        assertThat(fromReader.lines(0)).isSameAs(document.cues().get(0).lines()); // no list made
        assertThat(fromReader.facts(0)).containsExactly(AsciiFacts.of("Hello"), AsciiFacts.of(" there  ,"));
        assertThat(fromReader.lines(1)).containsExactly("Fine", "Hi café").isEqualTo(without.lines(1));
        assertThat(fromReader.facts(1)).isEqualTo(without.facts(1));
        assertThat(fromReader.facts(1)[0]).isEqualTo(AsciiFacts.of("Fine"));
    }

    private static long plain(String line) {
        byte[] bytes = line.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return AsciiFacts.ofPlain(bytes, 0, bytes.length);
    }
}

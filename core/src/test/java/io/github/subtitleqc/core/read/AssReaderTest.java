package io.github.subtitleqc.core.read;

import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.model.SubtitleDocument;
import io.github.subtitleqc.core.text.VisibleText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where an ASS cue's text lines are in the source (the case files show the cues but not the
 * columns): every text line is on the Dialogue line, at the column its text starts.
 */
class AssReaderTest {

    private static final String HEAD = "[Script Info]\nWrapStyle: 2\n\n[Events]\n"
            + "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n";

    @Test
    void eachTextLineIsPlacedAtItsColumnOfTheDialogueLine() {
        //         column: 1        10        20        30        40        50 51
        String dialogue = "Dialogue: 0,0:00:01.00,0:00:02.00,Default,,0,0,0,,{\\i1}Hi\\NThere\\nthird";
        SubtitleDocument document = read(HEAD + dialogue + "\n");
        Cue c = document.cues().get(0);
        assertThat(c.lines()).containsExactly("{\\i1}Hi", "There", "third");
        assertThat(c.line()).isEqualTo(6);
        assertThat(List.of(c.textLine(0), c.textLine(1), c.textLine(2))).containsExactly(6, 6, 6);
        // the text field starts at column 51; "There" after "{\i1}Hi\N" (9 characters), "third" after "There\n"
        assertThat(List.of(c.textColumn(0, 1), c.textColumn(1, 1), c.textColumn(2, 1))).containsExactly(51, 60, 67);
        assertThat(dialogue.substring(c.textColumn(1, 1) - 1)).startsWith("There");
        assertThat(dialogue.substring(c.textColumn(2, 3) - 1)).startsWith("ird");
        assertThat(VisibleText.of(c.lines().get(0))).isEqualTo("Hi");
    }

    @Test
    void aTimeThatCannotBeReadIsReportedAtItsColumn() {
        List<ReadIssue> issues = new ArrayList<>();
        SubtitleDocument document = new AssReader().read(HEAD
                + "Dialogue: 0,0:00:01.00,  0:0x:02.00,Default,,0,0,0,,Skipped\n"
                + "Dialogue: 0,0:00:03.00,0:00:04.00,Default,,0,0,0,,Read\n", issues::add);
        assertThat(document.cues()).extracting(Cue::text).containsExactly("Read");
        assertThat(issues).extracting(i -> i.ruleId() + " " + i.line() + ":" + i.column())
                .containsExactly("parse-error 6:26"); // where the time starts, after the spaces
    }

    private static SubtitleDocument read(String text) {
        List<ReadIssue> issues = new ArrayList<>();
        SubtitleDocument document = new AssReader().read(text, issues::add);
        assertThat(issues).isEmpty();
        return document;
    }
}

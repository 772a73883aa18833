package io.github.subtitleqc.core.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cues, findings, formats and documents. */
class ModelTest {

    @Test
    void aCueKnowsItsDurationAndTextLines() {
        Cue cue = new Cue(4, "12", 1_000, 3_250, List.of("a", "b"), 14, 15, "");
        assertThat(cue.durationMs()).isEqualTo(2_250);
        assertThat(cue.textLine(0)).isEqualTo(15);
        assertThat(cue.textLine(1)).isEqualTo(16);
        assertThat(new Cue(1, null, 3_000, 1_000, List.of(), 1, 2, "").durationMs()).isEqualTo(-2_000);
    }

    @Test
    void aCueAndADocumentKeepACopyOfTheirLists() {
        List<String> lines = new ArrayList<>(List.of("a"));
        Cue cue = new Cue(1, null, 0, 1, lines, 1, 2, "");
        lines.add("b");
        assertThat(cue.lines()).containsExactly("a");
        assertThatThrownBy(() -> cue.lines().add("c")).isInstanceOf(UnsupportedOperationException.class);
        List<Cue> cues = new ArrayList<>(List.of(cue));
        SubtitleDocument doc = new SubtitleDocument(Format.SRT, cues, Optional.empty());
        cues.clear();
        assertThat(doc.cues()).containsExactly(cue);
    }

    @Test
    void aFindingIsAlwaysOnALine() {
        Finding f = new Finding("encoding", Severity.ERROR, "a.srt", 0, 0, 0, "m", null, null);
        assertThat(f.line()).isEqualTo(1);
        assertThat(f.withSeverity(Severity.INFO)).isEqualTo(new Finding("encoding", Severity.INFO, "a.srt", 0, 1, 0, "m",
                null, null));
    }

    @Test
    void findingsAreOrderedByFileLineColumnCueRuleMessage() {
        Finding b2 = new Finding("r", Severity.INFO, "b.srt", 1, 2, 1, "m", null, null);
        Finding a10 = new Finding("r", Severity.INFO, "a.srt", 3, 10, 1, "m", null, null);
        Finding a2col5 = new Finding("r", Severity.INFO, "a.srt", 1, 2, 5, "m", null, null);
        Finding a2z = new Finding("z", Severity.ERROR, "a.srt", 1, 2, 1, "m", null, null);
        Finding a2a = new Finding("a", Severity.INFO, "a.srt", 1, 2, 1, "m", null, null);
        Finding a2aEarlierMessage = new Finding("a", Severity.INFO, "a.srt", 1, 2, 1, "l", null, null);
        List<Finding> sorted = new ArrayList<>(List.of(b2, a10, a2col5, a2z, a2a, a2aEarlierMessage));
        sorted.sort(Finding.ORDER);
        assertThat(sorted).containsExactly(a2aEarlierMessage, a2a, a2z, a2col5, a10, b2);
    }

    @Test
    void theOrderIsTheChainOfComparatorsItWasWrittenAs() {
        java.util.Comparator<Finding> chain = java.util.Comparator.comparing(Finding::file)
                .thenComparingInt(Finding::line).thenComparingInt(Finding::column).thenComparingInt(Finding::cue)
                .thenComparing(Finding::ruleId).thenComparing(Finding::message);
        java.util.Random random = new java.util.Random(7);
        String[] words = {"a", "b", "ab", "B", "é", ""};
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            findings.add(new Finding("r" + words[random.nextInt(words.length)], Severity.INFO,
                    words[random.nextInt(words.length)] + ".srt", random.nextInt(4) - 1, 1 + random.nextInt(3),
                    random.nextInt(3) == 0 ? Integer.MAX_VALUE : random.nextInt(3),
                    words[random.nextInt(words.length)], null, null));
        }
        for (Finding x : findings.subList(0, 300)) {
            for (Finding y : findings) {
                assertThat(Integer.signum(Finding.ORDER.compare(x, y))).isEqualTo(Integer.signum(chain.compare(x, y)));
            }
        }
    }

    @Test
    void aFindingNeedsItsRuleSeverityFileAndMessage() {
        assertThatThrownBy(() -> new Finding(null, Severity.ERROR, "a", 1, 1, 1, "m", null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("ruleId");
        assertThatThrownBy(() -> new Finding("r", Severity.ERROR, "a", 1, 1, 1, null, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("message");
    }

    @Test
    void formatsByExtension() {
        assertThat(Format.ofFileName("talk.zh-Hans.srt")).contains(Format.SRT);
        assertThat(Format.ofFileName("TALK.SRT")).contains(Format.SRT);
        assertThat(Format.ofFileName("talk.en.vtt")).contains(Format.WEBVTT);
        assertThat(Format.ofFileName("talk.ass")).contains(Format.ASS);
        assertThat(Format.ofFileName("talk.SSA")).contains(Format.ASS);
        assertThat(Format.ofFileName("talk.en.ttml")).contains(Format.TTML);
        assertThat(Format.ofFileName("talk.dfxp")).contains(Format.TTML);
        assertThat(Format.ofFileName("talk.xml")).isEmpty();
        assertThat(Format.ofFileName("talk.sub")).isEmpty();
        assertThat(Format.ofFileName("srt")).isEmpty();
        assertThat(Format.SRT.id()).isEqualTo("srt");
        assertThat(Format.WEBVTT.id()).isEqualTo("vtt");
        assertThat(Format.TTML.id()).isEqualTo("ttml");
        assertThat(Format.ASS.id()).isEqualTo("ass");
    }

    @Test
    void textLinesPlacedByTheFormat() {
        Cue consecutive = new Cue(1, null, 0, 1_000, List.of("a", "b"), 7, 8, "");
        assertThat(consecutive.textLine(1)).isEqualTo(9);
        assertThat(consecutive.textColumn(1, 3)).isEqualTo(3);
        assertThat(consecutive.group()).isEmpty();
        Cue placed = new Cue(1, null, 0, 1_000, List.of("a", "b"), 7, 7, "", CueLayout.DEFAULT, "0/Default",
                List.of(7, 7), List.of(12, 20));
        assertThat(placed.textLine(1)).isEqualTo(7);
        assertThat(placed.textColumn(1, 3)).isEqualTo(22);
        assertThat(placed.textColumn(0, 1)).isEqualTo(12);
        assertThatThrownBy(() -> new Cue(1, null, 0, 1, List.of("a"), 1, 1, "", CueLayout.DEFAULT, "",
                List.of(1, 2), List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}

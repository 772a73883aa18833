package io.github.subtitleqc.core.read;

import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.model.SubtitleDocument;
import io.github.subtitleqc.core.text.VisibleText;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The W3C IMSC 1 timing tests ({@code imsc1/ttml/timing/} in the corpus copy) give the times their
 * texts describe. Each expected value was worked out by hand from the document, by TTML2 §12: a
 * child of a {@code par} container begins at its parent's begin plus its own {@code begin}; a child
 * of a {@code seq} container begins at the end of its previous sibling plus its own {@code begin},
 * and its {@code end} counts from the same point; {@code dur} counts from the element's begin;
 * without {@code end} or {@code dur} an element lasts as long as its children (text in a
 * {@code par} element as long as the element, text in a {@code seq} element not at all); every
 * interval is clipped by its parent's. Each case is rendered as {@code start-end text} lines (ms).
 */
class ImscTimingTest {

    private static final Path TIMING = Path.of("ttml-fixtures/w3c-imsc-tests/imsc1/ttml/timing");

    private static List<String> read(String name) throws IOException {
        String text = Files.readString(Corpus.root().resolve(TIMING).resolve(name + ".ttml"), StandardCharsets.UTF_8);
        List<ReadIssue> issues = new ArrayList<>();
        SubtitleDocument document = new TtmlReader().read(text, issues::add);
        assertThat(issues).as(name + " findings").isEmpty();
        List<String> out = new ArrayList<>();
        for (Cue c : document.cues()) {
            out.add(c.startMs() + "-" + c.endMs() + " " + String.join(" / ", c.lines().stream().map(VisibleText::of).toList()));
        }
        return out;
    }

    @Test
    void basicTiming001FramesAt24() throws IOException {
        // p begin="00:00:10:00" dur="10s": frame 0 of second 10 is 10 s; 10 s + 10 s = 20 s
        assertThat(read("BasicTiming001")).containsExactly(
                "10000-20000 This text must appear at 10 seconds / and be remain visible to 20 seconds.");
    }

    @Test
    void basicTiming002ClockDuration() throws IOException {
        // begin="10s" dur="00:00:10.0": 10 s to 20 s
        assertThat(read("BasicTiming002")).containsExactly(
                "10000-20000 This text must appear at 10 seconds / and remain visible to 20 seconds");
    }

    @Test
    void basicTiming003OnlyChildOfASeq() throws IOException {
        // the first child of a seq begins at the seq's begin (0) plus 10 s; dur 00:00:10:00 = 10 s
        assertThat(read("BasicTiming003")).containsExactly(
                "10000-20000 This text must appear at 10 seconds / and remain visible to 20 seconds");
    }

    @Test
    void basicTiming007TextInASeqParagraphIsNotShown() throws IOException {
        // p timeContainer="seq" begin 5 s dur 15 s: the anonymous text before the span has duration 0,
        // the span (dur 10 s) runs 5-15 s, the text after it would start at 15 s with duration 0
        assertThat(read("BasicTiming007")).containsExactly(
                "5000-15000 This text should appear at 5 seconds and stay till 15 seconds");
    }

    @Test
    void basicTimeContainment001SpansOfOneParagraph() throws IOException {
        // div par dur 10 s; p par without times lasts as long as its spans (10 s); span 1 dur 5 s,
        // span 2 dur 10 s: both show 0-5 s, the second alone 5-10 s
        assertThat(read("BasicTimeContainment001")).containsExactly(
                "0-5000 This first sentence persists for 5 seconds. This second sentence persists for 10 seconds",
                "5000-10000 This second sentence persists for 10 seconds");
    }

    @Test
    void basicTimeContainment002SeqAfterAPar() throws IOException {
        // seq dur 20 s: the first p (dur 10 s) runs 0-10 s, split at 5 s by its spans; the second
        // begins when the first ends, 10 s, dur 10 s
        assertThat(read("BasicTimeContainment002")).containsExactly(
                "0-5000 This first sentence persists for 5 seconds. This second sentence persists for 10 seconds",
                "5000-10000 This second sentence persists for 10 seconds",
                "10000-20000 This sentence appears at 10 seconds and persists for 10 seconds");
    }

    @Test
    void basicTimeContainment003ClippedBySeq() throws IOException {
        // seq dur 10 s: p 0-10 s; span 1 begins 5 s dur 5 s; span 2 begins at 10 s = the p's end, so
        // never shows; the second p begins at 10 s = the seq's end, so never shows
        assertThat(read("BasicTimeContainment003")).containsExactly(
                "5000-10000 This first sentence begins at 5 seconds and persists for 5 seconds.");
    }

    @Test
    void basicTimeContainment004ClippedByPar() throws IOException {
        // the same with a par div of 10 s: the second p begins at 10 s, the div's end
        assertThat(read("BasicTimeContainment004")).containsExactly(
                "5000-10000 This first sentence begins at 5 seconds and persists for 5 seconds.");
    }

    @Test
    void mediaParTiming001ParagraphsOutOfOrder() throws IOException {
        // par: each p from the div's begin (0): 10 s + 10 s; 00:00:05:00 = 5 s, + 10 s
        assertThat(read("MediaParTiming001")).containsExactly(
                "10000-20000 This text must appear at 10 seconds / and be remain visible to 20 seconds,",
                "5000-15000 This text must appear at 5 seconds / and be remain visible to 15 seconds,");
    }

    @Test
    void mediaSeqTiming001BeginsAfterThePreviousSibling() throws IOException {
        // seq: first p 0 + 5 s, dur 5 s: 5-10 s; the second begins 5 s after the first ends: 15-20 s
        assertThat(read("MediaSeqTiming001")).containsExactly(
                "5000-10000 This text must appear at 5 seconds / and be remain visible to 10 seconds,",
                "15000-20000 This text must appear at 15 seconds / and be remain visible to 20 seconds,");
    }

    @Test
    void mediaSeqTiming005EndTruncatesTheSeq() throws IOException {
        // outer seq end 30 s; inner seq 1 (dur 20 s): 5-10 s and 15-20 s; inner seq 2 begins at
        // 20 s: 25-30 s, and its second p would begin at 35 s, after the outer end
        assertThat(read("MediaSeqTiming005")).containsExactly(
                "5000-10000 This text must appear at 5 seconds / and be remain visible to 10 seconds,",
                "15000-20000 This text must appear at 15 seconds / and be remain visible to 20 seconds,",
                "25000-30000 This text must appear at 25 seconds / and be remain visible to 30 seconds.");
    }

    @Test
    void beginEnd003InAnyOrder() throws IOException {
        // par: each p at its own begin/end from 0, whatever the document order
        assertThat(read("BeginEnd003")).containsExactly(
                "0-6000 This test is going to display a message / every other second.",
                "18000-19000 and, from 18s to 19s.",
                "10000-11000 from 10s to 11s,",
                "14000-15000 from 14s to 15s,",
                "8000-9000 from 8s to 9s,",
                "6000-7000 From 6s to 7s,",
                "16000-17000 from 16s to 17s,",
                "12000-13000 from 12s to 13s,",
                "20000-25000 This test is over.");
    }

    @Test
    void timeExpressions001InASeq() throws IOException {
        // frameRate 24 x 1000/1001 = 23.976 fps, tickRate 60; a seq, so each p runs from the end of
        // the previous one for its end value: 1.2 s; 72 s; 4320 s; 24 f = 1.001 s; 120 t = 2 s;
        // 3723 s; 3723.235 s (twice); 3723 s + 20 f = 3723.834166.. s; 360000.1 s; 360000 s
        List<String> cues = read("TimeExpressions001");
        long[] durations = {1200, 72000, 4320000, 1001, 2000, 3723000, 3723235, 3723235, 3723834, 360000100, 360000000};
        assertThat(cues).hasSize(durations.length);
        long t = 0;
        for (int i = 0; i < durations.length; i++) {
            long start = t;
            t += durations[i];
            assertThat(cues.get(i)).startsWith(start + "-" + t + " ");
        }
    }

    @Test
    void timingOnSpan001ParagraphLastsAsItsSpan() throws IOException {
        // the p has no times; its span runs 00:00:00.000-00:00:10.000, so the p does too
        assertThat(read("timing-on-span-001")).containsExactly("0-10000 One line Subtitle.");
    }
}

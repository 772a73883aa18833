package io.github.subtitleqc.core.read;

import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.model.SubtitleDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Long lines and a large file read without trouble, in memory proportional to the file. */
class LargeInputTest {

    private static final String LONG = "字幕".repeat(500) + "x".repeat(1000); // 2,000 characters

    @Test
    void srtWithTwoThousandCharacterLines() {
        String text = "1\n00:00:01,000 --> 00:00:02,000\n" + LONG + "\n\n"
                + "2\n00:00:03,000 --> 00:00:04,000 " + "y".repeat(2000) + "\n" + LONG + "\n\n"
                + "3\n" + "9".repeat(2000) + ":00:00,000 --> 00:00:05,000\nunreadable hours\n";
        List<ReadIssue> issues = new ArrayList<>();

        SubtitleDocument document = new SrtReader().read(text, issues::add);

        assertThat(document.cues()).extracting(Cue::text).containsExactly(LONG, LONG);
        assertThat(document.cues().get(1).settings()).hasSize(2000);
        assertThat(issues).extracting(ReadIssue::ruleId, ReadIssue::line).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("parse-error", 10),
                org.assertj.core.groups.Tuple.tuple("format", 6));
        assertThat(issues).allSatisfy(i -> assertThat(i.message()).hasSizeLessThan(400));
    }

    @Test
    void webVttWithTwoThousandCharacterLines() {
        String text = "WEBVTT " + LONG + "\n\n" + LONG + "\n00:01.000 --> 00:02.000 " + "align:end ".repeat(200)
                + "\n" + LONG + "\n\n" + LONG + "\n";
        List<ReadIssue> issues = new ArrayList<>();

        SubtitleDocument document = new WebVttReader().read(text, issues::add);

        assertThat(document.cues()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(LONG);
            assertThat(c.text()).isEqualTo(LONG);
            assertThat(c.layout().align()).isEqualTo("end");
        });
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.ruleId()).isEqualTo("parse-error");
            assertThat(i.line()).isEqualTo(7);
            assertThat(i.message()).hasSizeLessThan(400);
        });
    }

    /**
     * A 100 MB SRT file of 1.6 million cues, generated into a temporary folder, is decoded and read
     * with every cue; the bytes allocated while doing so stay within a small multiple of the file.
     */
    @Test
    void aHundredMegabyteFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("large.srt");
        int cues = 1_600_000;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder cue = new StringBuilder();
            for (int i = 1; i <= cues; i++) {
                long start = i * 200L;
                cue.setLength(0);
                cue.append(i).append('\n');
                time(cue, start).append(" --> ");
                time(cue, start + 150).append('\n');
                cue.append("Line number ").append(i).append(" of a large file\n\n");
                out.append(cue);
            }
        }
        long size = Files.size(file);
        assertThat(size).isGreaterThan(100_000_000L);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        DecodedText decoded = TextDecoder.decode(Files.readAllBytes(file), StandardCharsets.UTF_8);
        List<ReadIssue> issues = new ArrayList<>();
        SubtitleDocument document = new SrtReader().read(decoded, issues::add);

        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(issues).isEmpty();
        assertThat(document.cues()).hasSize(cues);
        assertThat(document.cues().get(cues - 1).text()).isEqualTo("Line number " + cues + " of a large file");
        System.out.printf(Locale.ROOT, "Large file: %,d bytes, %,d cues, %,d bytes allocated (%.1f per byte of input)%n",
                size, cues, allocated, allocated / (double) size);
        assertThat(allocated).as("bytes allocated while reading").isLessThan(40 * size);
    }

    private static StringBuilder time(StringBuilder out, long ms) {
        return out.append(two(ms / 3_600_000)).append(':').append(two(ms / 60_000 % 60)).append(':')
                .append(two(ms / 1000 % 60)).append(',').append(String.valueOf(ms % 1000 + 1000), 1, 4);
    }

    private static String two(long n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}

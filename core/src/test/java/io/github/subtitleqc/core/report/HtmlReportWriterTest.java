package io.github.subtitleqc.core.report;

import io.github.subtitleqc.core.engine.CueDetails;
import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.engine.Report;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.score.Scoring;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.github.subtitleqc.core.report.SampleReports.EN;
import static io.github.subtitleqc.core.report.SampleReports.GAP_5;
import static io.github.subtitleqc.core.report.SampleReports.SPEED_3;
import static io.github.subtitleqc.core.report.SampleReports.SPEED_7;
import static io.github.subtitleqc.core.report.SampleReports.WHITESPACE;
import static io.github.subtitleqc.core.report.SampleReports.ZH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML report as a browser's parser reads it (jsoup parses by the HTML5 rules): one section
 * per file with its findings, the charts' marks, nothing loaded from the network, text escaped.
 */
class HtmlReportWriterTest {

    /** Cue 3's text: markup characters and CJK that must come out as text. */
    private static final String TRICKY = "<b>AT&T</b> & 你好，世界 <script>alert(1)</script>";

    @TempDir
    Path dir;

    /**
     * {@link SampleReports#twoFiles()} with cue details: ZH's 10 cues 2 s apart, 1.5 s long,
     * reading speeds 2, 3, … 11 chars/s (cue 3 at 10.3, cue 7 at 9.04 as its findings say), limit 9.
     */
    private static Report twoFilesWithCues() {
        CueDetails.Builder zh = new CueDetails.Builder(10, 9.0);
        for (int i = 0; i < 10; i++) {
            double cps = i == 2 ? 10.345 : i == 6 ? 9.04 : i == 9 ? 1.5 : i + 2;
            zh.add(i * 2000L, i * 2000L + 1500, cps, i == 2 ? TRICKY : "第" + (i + 1) + "句");
        }
        CueDetails.Builder en = new CueDetails.Builder(30, 20.0);
        for (int i = 0; i < 30; i++) {
            en.add(i * 3000L, i * 3000L + 2500, 12, "line " + (i + 1));
        }
        List<Finding> zhFindings = List.of(WHITESPACE, SPEED_3, GAP_5, SPEED_7);
        return Engine.report(List.of(
                new FileResult(ZH, "srt", "zh-Hans", "netflix-zh-hans", "language tag 'zh-Hans' in the file name", "UTF-8",
                        10, zhFindings, Scoring.file(10, zhFindings), zh.build()),
                new FileResult(EN, "srt", "en", "netflix-en", "language tag 'en' in the file name", "UTF-8", 30,
                        List.of(), Scoring.file(30, List.of()), en.build())));
    }

    private Path write(Report report) throws IOException {
        Path file = dir.resolve("out/subtitle-qc.html");
        HtmlReportWriter.write(report, file);
        return file;
    }

    private Document page(Report report) throws IOException {
        return Jsoup.parse(write(report).toFile(), "UTF-8");
    }

    @Test
    void oneSectionPerFileWithAsManyFindingRowsAsTheResult() throws IOException {
        Report report = twoFilesWithCues();
        Elements sections = page(report).select("main > section.file");

        assertThat(sections.eachAttr("id")).containsExactly("file-1", "file-2");
        assertThat(sections.get(0).selectFirst("h2").text()).isEqualTo("77.5 " + ZH);
        assertThat(sections.get(1).selectFirst("h2").text()).isEqualTo("100 " + EN);
        for (int i = 0; i < 2; i++) {
            int expected = report.files().get(i).findings().size();
            assertThat(sections.get(i).attr("data-findings")).isEqualTo(String.valueOf(expected));
            assertThat(sections.get(i).select("table.findings tbody tr")).hasSize(expected);
        }
        assertThat(sections.get(1).select("p.clean").text()).isEqualTo("No findings.");
        Element speed = sections.get(0).select("table.findings tbody tr").get(1);
        assertThat(speed.select("td").eachText()).containsExactly("3", "0:04.0", "10:1", "reading-speed", "error",
                SPEED_3.message(), "10.35", "9", TRICKY);
    }

    @Test
    void overviewComesFirstWorstFileFirstWithVerdictAndFindingsPerRule() throws IOException {
        Report report = twoFilesWithCues();
        Document page = page(report);

        assertThat(page.body().child(0).tagName()).isEqualTo("header");
        assertThat(page.select("p.verdict").text())
                .isEqualTo("subtitle-qc failed: 2 errors in 1 file, more than the 0 allowed by maxAllowedViolations"
                        + " (the first: subs/talk.zh-Hans.srt:[10,1] reading-speed).");
        assertThat(page.select("p.totals").text())
                .startsWith("score 94.3 · 2 files · 40 cues · 2 errors, 1 warning, 1 info");
        Elements files = page.select("table.files tbody tr");
        assertThat(files.eachText()).containsExactly(ZH + " 77.5 10 2 1 1 netflix-zh-hans",
                EN + " 100 30 0 0 0 netflix-en");
        assertThat(files.get(0).selectFirst("a").attr("href")).isEqualTo("#file-1");
        assertThat(page.select("table.rules tbody tr").eachText()).containsExactly(
                "reading-speed 2 0 0 5.1", "min-gap 0 1 0 0.6", "whitespace 0 0 1 0");
    }

    @Test
    void histogramDrawsTheProfilesLimitAndEveryMeasuredCue() throws IOException {
        Element zh = page(twoFilesWithCues()).selectFirst("#file-1 figure.histogram");

        Element limit = zh.selectFirst("svg line.limit");
        assertThat(limit.attr("data-limit")).isEqualTo("9");
        assertThat(zh.select("svg text.limit-label").text()).isEqualTo("limit 9 chars/s");
        assertThat(zh.select("svg rect.bar").stream().mapToInt(b -> Integer.parseInt(b.attr("data-count"))).sum())
                .isEqualTo(10);
        assertThat(zh.select("svg rect.bar.over").stream().mapToInt(b -> Integer.parseInt(b.attr("data-count"))).sum())
                .as("cues at 9.04, 10 and 10.345 chars/s; 9 is not above the limit").isEqualTo(3);
        assertThat(zh.selectFirst("figcaption").text())
                .isEqualTo("Reading speed (characters per second, as the profile counts them), limit 9: 3 cues above it");
        // the axes: the highest bar's count and 0 on the left, a label every 5 chars/s below, the unit
        assertThat(zh.select("svg > text.axis").eachText()).containsExactly("2", "0", "0", "5", "10", "chars/s");
    }

    @Test
    void timelineHasOneMarkPerCueColouredByTheWorstFindingsRule() throws IOException {
        Document page = page(twoFilesWithCues());
        Element zh = page.selectFirst("#file-1 figure.timeline");

        assertThat(zh.select("svg rect.cue")).hasSize(10);
        assertThat(page.select("#file-2 figure.timeline svg rect.cue")).hasSize(30);
        assertThat(zh.select("svg rect.cue[data-rule]").eachAttr("data-cue")).containsExactly("2", "3", "5", "7");
        assertThat(zh.selectFirst("rect.cue[data-cue=3]").attr("data-rule")).isEqualTo("reading-speed");
        assertThat(zh.selectFirst("rect.cue[data-cue=3]").attr("fill"))
                .isEqualTo(zh.selectFirst("rect.cue[data-cue=7]").attr("fill"))
                .isNotEqualTo(zh.selectFirst("rect.cue[data-cue=5]").attr("fill"));
        assertThat(zh.selectFirst("rect.cue[data-cue=3] title").text()).isEqualTo("cue 3, 0:04.0–0:05.5: reading-speed, "
                + SPEED_3.message());
        assertThat(zh.select("div.lane[data-rule] .lane-label").eachText())
                .as("a lane per rule, most severe first").containsExactly("reading-speed (2)", "min-gap (1)", "whitespace (1)");
        assertThat(zh.select("div.lane[data-rule=reading-speed] rect.hit title").eachText())
                .containsExactly("cue 3, 0:04.0: reading-speed", "cue 7, 0:12.0: reading-speed");
        assertThat(zh.select("div.ticks span").eachText()).containsExactly("0:00.0", "0:04.8", "0:09.7", "0:14.6", "0:19.5");
    }

    @Test
    void loadsNothingFromTheNetwork() throws IOException {
        Path file = write(twoFilesWithCues());
        String html = Files.readString(file, StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);

        assertThat(page.select("[src]")).isEmpty();
        assertThat(page.select("link, iframe, object, embed, img, image, use")).isEmpty();
        assertThat(page.select("[href]").eachAttr("href")).allMatch(h -> h.startsWith("#"));
        assertThat(Pattern.compile("(?i)https?:|@import|url\\s*\\(").matcher(page.select("style, script").html()).find())
                .isFalse();
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.select("[style]").eachAttr("style")).allMatch(s -> s.matches("background:#[0-9a-f]{6}"));
    }

    @Test
    void escapesMarkupAndKeepsCjk() throws IOException {
        Path file = write(twoFilesWithCues());
        String html = Files.readString(file, StandardCharsets.UTF_8);

        assertThat(html).contains("&lt;b&gt;AT&amp;T&lt;/b&gt; &amp; 你好，世界 &lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).doesNotContain("<b>AT").doesNotContain("<script>alert");
        Document page = Jsoup.parse(html);
        assertThat(page.select("#file-1 td.text").eachText()).contains(TRICKY);
        assertThat(page.select("b")).isEmpty();
        assertThat(page.select("meta[charset]").attr("charset")).isEqualTo("utf-8");
    }

    @Test
    void leavesOnlyTheReportBehind() throws IOException {
        Path file = write(twoFilesWithCues());
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("subtitle-qc.html");
        }
    }

    @Test
    void withoutCueDetailsListsFindingsWithoutCharts() throws IOException {
        Document page = page(SampleReports.twoFiles());

        assertThat(page.select("main > section.file")).hasSize(2);
        assertThat(page.select("svg")).isEmpty();
        assertThat(page.select("#file-1 table.findings tbody tr")).hasSize(4);
        assertThat(page.select("#file-1 table.findings tbody tr td.text")).hasSize(4).allMatch(td -> td.text().isEmpty());
    }

    @Test
    void withoutReadingSpeedLimitSaysSo() throws IOException {
        CueDetails cues = new CueDetails.Builder(2, null).add(0, 1000, 5, "a").add(1000, 1000, Double.NaN, "b").build();
        Report report = Engine.report(List.of(new FileResult("a.srt", "srt", "en", "netflix-en", "why", "UTF-8", 2,
                List.of(), Scoring.file(2, List.of()), cues)));
        Element histogram = page(report).selectFirst("figure.histogram");

        assertThat(histogram.select("line.limit")).isEmpty();
        assertThat(histogram.selectFirst("figcaption").text()).isEqualTo("Reading speed (characters per second, as the"
                + " profile counts them): no limit, the reading-speed rule did not run; 1 cue without duration left out");
    }

    /** Seven files of 10 cues with 3, 0, 5, 1, 3, 6 and 2 reading-speed errors. */
    private static Report sevenFiles() {
        int[] errors = {3, 0, 5, 1, 3, 6, 2};
        List<FileResult> files = new java.util.ArrayList<>();
        for (int i = 0; i < errors.length; i++) {
            String path = "subs/ep" + (i + 1) + ".en.srt";
            List<Finding> findings = new java.util.ArrayList<>();
            for (int e = 0; e < errors[i]; e++) {
                findings.add(new Finding("reading-speed", io.github.subtitleqc.core.model.Severity.ERROR, path, e + 1,
                        4 * e + 2, 1, "too fast", null, null));
            }
            files.add(SampleReports.file(path, "en", "netflix-en", "tag", 10, findings.toArray(Finding[]::new)));
        }
        return Engine.report(files);
    }

    @Test
    void theFilesTableIsWorstFirstAlsoWhenMostOfItsRowsWereSpooled() throws IOException {
        Path file = dir.resolve("spooled/subtitle-qc.html");
        try (HtmlReportWriter w = new HtmlReportWriter(file, 3)) {
            ReportRun.replay(sevenFiles(), w);
        }
        Document page = Jsoup.parse(file.toFile(), "UTF-8");
        // 3 rows in memory at most: two sorted runs written out, merged with the last buffer of one
        Elements rows = page.select("table.files tbody tr");
        assertThat(rows.eachText()).containsExactly(
                "subs/ep6.en.srt 40 10 6 0 0 netflix-en", "subs/ep3.en.srt 50 10 5 0 0 netflix-en",
                "subs/ep1.en.srt 70 10 3 0 0 netflix-en", "subs/ep5.en.srt 70 10 3 0 0 netflix-en",
                "subs/ep7.en.srt 80 10 2 0 0 netflix-en", "subs/ep4.en.srt 90 10 1 0 0 netflix-en",
                "subs/ep2.en.srt 100 10 0 0 0 netflix-en");
        assertThat(rows.select("a").eachAttr("href")).containsExactly("#file-6", "#file-3", "#file-1", "#file-5",
                "#file-7", "#file-4", "#file-2");
        assertThat(page.select("table.files tbody tr").outerHtml())
                .isEqualTo(page(sevenFiles()).select("table.files tbody tr").outerHtml());
        try (Stream<Path> left = Files.list(file.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("subtitle-qc.html");
        }
    }

    @Test
    void formatIsFoundByIdAndAsksForCueDetails() {
        ReportFormat html = ReportFormats.discover(getClass().getClassLoader()).select("html").get(0);
        assertThat(html.fileName("subtitle-qc")).contains("subtitle-qc.html");
        assertThat(html.needsCueDetails()).isTrue();
        assertThat(new JsonFormat().needsCueDetails()).isFalse();
    }
}

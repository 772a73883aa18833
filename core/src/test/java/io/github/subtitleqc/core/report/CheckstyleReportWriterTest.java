package io.github.subtitleqc.core.report;

import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.Report;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** subtitle-qc-checkstyle.xml, as written. */
class CheckstyleReportWriterTest {

    static String write(Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CheckstyleReportWriter writer = new CheckstyleReportWriter(out, false)) {
            RunStart start = new RunStart("1.2.3", null, report.files().size(), List.of(), Severity.ERROR);
            new ReportRun(start, new Gate(true, Severity.ERROR, 0, 0), null, List.of(writer)).write(report.files());
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void oneFileElementPerCheckedFileAndOneErrorPerFinding() throws IOException {
        assertThat(write(SampleReports.twoFiles())).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <checkstyle version="1.2.3">
                  <file name="subs/talk.zh-Hans.srt">
                    <error line="7" column="4" severity="info" message="two spaces in a row: write one" source="subtitle-qc.whitespace"/>
                    <error line="10" column="1" severity="error" message="reading speed 10.3 chars/s exceeds 9 (netflix-zh-hans): lengthen the cue to ≥ 2.23 s or shorten the text" source="subtitle-qc.reading-speed"/>
                    <error line="18" severity="warning" message="gap of 41 ms (1 frame) to the previous cue is below 2 frames" source="subtitle-qc.min-gap"/>
                    <error line="26" column="1" severity="error" message="reading speed 9.04 chars/s exceeds 9 (netflix-zh-hans): lengthen the cue to ≥ 3.02 s or shorten the text" source="subtitle-qc.reading-speed"/>
                  </file>
                  <file name="subs/talk.en.srt"/>
                </checkstyle>
                """);
    }

    @Test
    void theXmlWriterEscapesAndWhatXmlCannotHoldIsReplaced() throws IOException {
        String path = "subs/Q&A <draft> \"final\" 字幕.srt";
        String xml = write(Engine.report(List.of(SampleReports.file(path, "zh-Hans", "netflix-zh-hans", "tag", 1,
                new Finding("glossary", Severity.ERROR, path, 1, 3, 0, "'Q&A' <b>\"问答\"</b>\u0001", null, null)))));
        assertThat(xml).contains("<file name=\"subs/Q&amp;A &lt;draft&gt; &quot;final&quot; 字幕.srt\">")
                .contains("message=\"'Q&amp;A' &lt;b&gt;&quot;问答&quot;&lt;/b&gt;\uFFFD\"");
    }

    @Test
    void theFormatIsFoundByItsId(@TempDir Path dir) throws IOException {
        ReportFormat checkstyle = ServiceLoader.load(ReportFormat.class).stream().map(ServiceLoader.Provider::get)
                .filter(f -> f.id().equals("checkstyle")).findFirst().orElseThrow();
        assertThat(checkstyle.fileName(ReportTarget.BASE_NAME)).contains("subtitle-qc-checkstyle.xml");
        try (ReportWriter w = checkstyle.open(new ReportTarget(dir, "subtitle-qc-nightly", line -> { }, -1, null))) {
            ReportRun.replay(SampleReports.clean(), w);
        }
        assertThat(Files.readString(dir.resolve("subtitle-qc-nightly-checkstyle.xml"))).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <checkstyle version="%s">
                  <file name="subs/talk.en.srt"/>
                </checkstyle>
                """.formatted(ReportRun.version()));
    }
}

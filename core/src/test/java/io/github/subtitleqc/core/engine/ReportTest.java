package io.github.subtitleqc.core.engine;

import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.score.Scoring;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ReportTest {

    private static Finding finding(String file, Severity severity, int line) {
        return new Finding("r", severity, file, 1, line, 1, "m", null, null);
    }

    private static FileResult file(String path, int cues, Finding... findings) {
        return new FileResult(path, "srt", "en", "netflix-en", "why", "UTF-8", cues, List.of(findings),
                Scoring.file(cues, List.of(findings)));
    }

    @Test
    void countsAcrossFiles() {
        Report report = Engine.report(List.of(
                file("a.srt", 10, finding("a.srt", Severity.ERROR, 2), finding("a.srt", Severity.INFO, 6)),
                file("b.srt", 30, finding("b.srt", Severity.WARNING, 2), finding("b.srt", Severity.ERROR, 9))));
        assertThat(report.cues()).isEqualTo(40);
        assertThat(report.count(Severity.ERROR)).isEqualTo(2);
        assertThat(report.count(Severity.WARNING)).isEqualTo(1);
        assertThat(report.count(Severity.INFO)).isEqualTo(1);
        assertThat(report.countAtLeast(Severity.WARNING)).isEqualTo(3);
        assertThat(report.countAtLeast(Severity.INFO)).isEqualTo(4);
        assertThat(report.findings()).extracting(Finding::file, Finding::line)
                .containsExactly(tuple("a.srt", 2), tuple("a.srt", 6), tuple("b.srt", 2), tuple("b.srt", 9));
        // a: 90; b: 100 - 125/30 = 95.83 -> 95.8; (10 × 90 + 30 × 95.8) / 40 = 94.35
        assertThat(report.score().value()).isEqualTo(94.3);
        assertThat(report.files().get(1).count(Severity.ERROR)).isEqualTo(1);
    }
}

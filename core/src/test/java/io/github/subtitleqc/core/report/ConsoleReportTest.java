package io.github.subtitleqc.core.report;

import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.Report;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.github.subtitleqc.core.report.SampleReports.EN;
import static io.github.subtitleqc.core.report.SampleReports.WHERE;
import static io.github.subtitleqc.core.report.SampleReports.ZH;
import static io.github.subtitleqc.core.report.SampleReports.file;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC §8: the lines a build log shows. */
class ConsoleReportTest {

    private static List<String> text(List<ConsoleLine> lines) {
        return lines.stream().map(l -> "[" + l.level() + "] " + l.text()).toList();
    }

    @Test
    void aSmallReportInFull() {
        assertThat(text(new ConsoleReport(-1, WHERE).render(SampleReports.twoFiles()))).containsExactly(
                "[INFO] subs/talk.zh-Hans.srt: 10 cues, profile netflix-zh-hans (language tag 'zh-Hans' in the file name),"
                        + " score 77.5",
                "[INFO]   reading-speed: 2 errors",
                "[ERROR] subs/talk.zh-Hans.srt:[10,1] reading-speed: reading speed 10.3 chars/s exceeds 9 (netflix-zh-hans):"
                        + " lengthen the cue to ≥ 2.23 s or shorten the text (cue 3)",
                "[ERROR] subs/talk.zh-Hans.srt:[26,1] reading-speed: reading speed 9.04 chars/s exceeds 9 (netflix-zh-hans):"
                        + " lengthen the cue to ≥ 3.02 s or shorten the text (cue 7)",
                "[INFO]   min-gap: 1 warning",
                "[WARNING] subs/talk.zh-Hans.srt:[18,1] min-gap: gap of 41 ms (1 frame) to the previous cue is below"
                        + " 2 frames (cue 5)",
                "[INFO]   whitespace: 1 info",
                "[INFO] subs/talk.zh-Hans.srt:[7,4] whitespace: two spaces in a row: write one (cue 2)",
                "[INFO] subs/talk.en.srt: 30 cues, profile netflix-en (language tag 'en' in the file name), score 100",
                "[INFO] subtitle-qc: 2 files, 40 cues, 2 errors, 1 warning, 1 info; score 94.3"
                        + " (reading-speed −5.1, min-gap −0.6)"); // 100 - 94.3 = 5.7 points
    }

    @Test
    void inALargeRunOnlyFilesWithFindingsAreListed() {
        List<io.github.subtitleqc.core.engine.FileResult> files = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            files.add(file("subs/ep" + i + ".en.srt", "en", "netflix-en", "language tag 'en' in the file name", 10));
        }
        files.set(6, SampleReports.twoFiles().files().get(0));
        List<String> lines = text(new ConsoleReport(-1, WHERE).render(Engine.report(files)));
        assertThat(lines).filteredOn(l -> l.contains(" cues, profile ")).containsExactly(
                "[INFO] subs/talk.zh-Hans.srt: 10 cues, profile netflix-zh-hans (language tag 'zh-Hans' in the file name),"
                        + " score 77.5");
        assertThat(lines).contains("[INFO] 59 files without findings not listed");
        assertThat(lines.get(lines.size() - 1)).startsWith("[INFO] subtitle-qc: 60 files, 600 cues, 2 errors");
    }

    @Test
    void manyFindingsOfOneRuleAreCapped() {
        List<String> lines = text(new ConsoleReport(1, WHERE).render(SampleReports.twoFiles()));
        assertThat(lines).containsSubsequence(
                "[INFO]   reading-speed: 2 errors",
                "[ERROR] subs/talk.zh-Hans.srt:[10,1] reading-speed: reading speed 10.3 chars/s exceeds 9 (netflix-zh-hans):"
                        + " lengthen the cue to ≥ 2.23 s or shorten the text (cue 3)",
                "[INFO]   … and 1 more reading-speed finding (all of them are in target/subtitle-qc/subtitle-qc.json)",
                "[INFO]   min-gap: 1 warning");
        assertThat(lines).hasSize(10).noneMatch(l -> l.contains("(cue 7)"));
    }

    @Test
    void theCapCountsWhatIsLeftOut() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            findings.add(new Finding("overlap", Severity.ERROR, ZH, i, 4 * i, 1, "overlaps", null, null));
        }
        Report report = Engine.report(List.of(file(ZH, "zh-Hans", "netflix-zh-hans", "why", 10,
                findings.toArray(Finding[]::new))));
        assertThat(text(new ConsoleReport(5, WHERE).render(report))).contains(
                "[INFO]   overlap: 7 errors",
                "[INFO]   … and 2 more overlap findings (all of them are in target/subtitle-qc/subtitle-qc.json)");
        assertThat(text(new ConsoleReport(5, null).render(report))).contains("[INFO]   … and 2 more overlap findings");
        assertThat(text(new ConsoleReport(0, null).render(report))).contains("[INFO]   … and 7 more overlap findings")
                .noneMatch(l -> l.startsWith("[ERROR]"));
    }

    @Test
    void groupsMostSevereFirstThenByRuleId() {
        Report report = Engine.report(List.of(file(ZH, "zh-Hans", "netflix-zh-hans", "why", 10,
                new Finding("a-warning", Severity.WARNING, ZH, 1, 2, 1, "w", null, null),
                new Finding("z-error", Severity.ERROR, ZH, 1, 2, 1, "e", null, null),
                new Finding("b-mixed", Severity.INFO, ZH, 1, 3, 1, "i", null, null),
                new Finding("b-mixed", Severity.ERROR, ZH, 2, 6, 1, "crashed", null, null),
                new Finding("b-mixed", Severity.INFO, ZH, 3, 9, 1, "i", null, null),
                new Finding("a-info", Severity.INFO, ZH, 3, 9, 1, "i", null, null))));
        assertThat(text(new ConsoleReport(-1, null).render(report))).filteredOn(l -> l.startsWith("[INFO]   "))
                .containsExactly(
                        "[INFO]   b-mixed: 1 error, 2 infos",
                        "[INFO]   z-error: 1 error",
                        "[INFO]   a-warning: 1 warning",
                        "[INFO]   a-info: 1 info");
    }

    @Test
    void aFindingLineInMavenStyle() {
        assertThat(ConsoleReport.line(SampleReports.SPEED_3)).isEqualTo("subs/talk.zh-Hans.srt:[10,1] reading-speed:"
                + " reading speed 10.3 chars/s exceeds 9 (netflix-zh-hans): lengthen the cue to ≥ 2.23 s or shorten the"
                + " text (cue 3)");
        // an unknown column shows as 1; a finding about no particular cue names none
        assertThat(ConsoleReport.line(new Finding("parse-error", Severity.ERROR, "a.srt", 0, 1, 0, "cannot read", null,
                null))).isEqualTo("a.srt:[1,1] parse-error: cannot read");
    }

    @Test
    void summaries() {
        assertThat(ConsoleReport.summary(SampleReports.clean()))
                .isEqualTo("subtitle-qc: 1 file, 30 cues, 0 errors, 0 warnings, 0 infos; score 100");
        assertThat(ConsoleReport.summary(SampleReports.oneError()))
                .isEqualTo("subtitle-qc: 1 file, 10 cues, 1 error, 0 warnings, 0 infos; score 90 (reading-speed −10)");
        assertThat(ConsoleReport.summary(Engine.report(List.of())))
                .isEqualTo("subtitle-qc: 0 files, 0 cues, 0 errors, 0 warnings, 0 infos; score 100");
    }

    @Test
    void theSummaryNamesAtMostSixCosts() {
        List<Finding> findings = new ArrayList<>();
        String[] rules = {"r1", "r2", "r3", "r4", "r5", "r6", "r7"};
        for (int i = 0; i < rules.length; i++) {
            for (int n = 0; n <= i; n++) {
                findings.add(new Finding(rules[i], Severity.WARNING, ZH, 1, 1, 1, "m", null, null));
            }
        }
        Report report = Engine.report(List.of(file(ZH, "zh-Hans", "netflix-zh-hans", "why", 100,
                findings.toArray(Finding[]::new))));
        // 28 warnings in 100 cues: 100 - 7; the seventh, r1 −0.2, makes the 7 points
        assertThat(ConsoleReport.summary(report)).isEqualTo("subtitle-qc: 1 file, 100 cues, 0 errors, 28 warnings,"
                + " 0 infos; score 93 (r7 −1.8, r6 −1.5, r5 −1.3, r4 −1, r3 −0.7, r2 −0.5, …)");
    }

    @Test
    void aCleanFileHasOnlyItsHeader() {
        assertThat(text(new ConsoleReport(20, WHERE).render(SampleReports.clean()))).containsExactly(
                "[INFO] " + EN + ": 30 cues, profile netflix-en (language tag 'en' in the file name), score 100",
                "[INFO] subtitle-qc: 1 file, 30 cues, 0 errors, 0 warnings, 0 infos; score 100");
    }

    @Test
    void oneCueIsSingular() {
        Report report = Engine.report(List.of(file(EN, "en", "netflix-en", "language tag 'en' in the file name", 1)));
        assertThat(text(new ConsoleReport(20, WHERE).render(report))).containsExactly(
                "[INFO] " + EN + ": 1 cue, profile netflix-en (language tag 'en' in the file name), score 100",
                "[INFO] subtitle-qc: 1 file, 1 cue, 0 errors, 0 warnings, 0 infos; score 100");
    }
}

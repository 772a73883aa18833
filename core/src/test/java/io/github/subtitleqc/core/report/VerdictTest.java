package io.github.subtitleqc.core.report;

import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.Report;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.subtitleqc.core.report.SampleReports.WHERE;
import static org.assertj.core.api.Assertions.assertThat;

/** SPEC §8: whether the build fails, in one sentence that says why. */
class VerdictTest {

    private static final Report TWO_FILES = SampleReports.twoFiles(); // 2 errors, 1 warning, 1 info; score 94.3
    private static final String FIRST = "(the first: subs/talk.zh-Hans.srt:[10,1] reading-speed)";

    @Test
    void passes() {
        Verdict v = Verdict.of(TWO_FILES, true, Severity.ERROR, 2, 0, WHERE);
        assertThat(v.failed()).isFalse();
        assertThat(v.exceeded()).isFalse();
        assertThat(v.violations()).isEqualTo(2);
        assertThat(v.sentence()).isEqualTo("subtitle-qc passed: 2 errors (2 allowed), score 94.3.");
    }

    @Test
    void passesAboveTheMinimumScore() {
        assertThat(Verdict.of(TWO_FILES, true, Severity.ERROR, 5, 90, WHERE).sentence())
                .isEqualTo("subtitle-qc passed: 2 errors (5 allowed), score 94.3 (minScore 90).");
        assertThat(Verdict.of(TWO_FILES, true, Severity.ERROR, 5, 94.3, WHERE).failed()).isFalse();
        assertThat(Verdict.of(SampleReports.clean(), true, Severity.ERROR, 0, 100, WHERE).sentence())
                .isEqualTo("subtitle-qc passed: 0 errors (0 allowed), score 100 (minScore 100).");
    }

    @Test
    void failsOnTooManyViolations() {
        Verdict v = Verdict.of(TWO_FILES, true, Severity.ERROR, 0, 0, WHERE);
        assertThat(v.failed()).isTrue();
        assertThat(v.exceeded()).isTrue();
        assertThat(v.sentence()).isEqualTo("subtitle-qc failed: 2 errors in 1 file, more than the 0 allowed by"
                + " maxAllowedViolations " + FIRST + "; see target/subtitle-qc/subtitle-qc.json for every finding.");
    }

    @Test
    void theViolationSeverityDecidesWhatCounts() {
        Verdict warnings = Verdict.of(TWO_FILES, true, Severity.WARNING, 2, 0, WHERE);
        assertThat(warnings.violations()).isEqualTo(3);
        assertThat(warnings.sentence()).isEqualTo("subtitle-qc failed: 3 findings of severity warning or worse in 1 file,"
                + " more than the 2 allowed by maxAllowedViolations " + FIRST
                + "; see target/subtitle-qc/subtitle-qc.json for every finding.");
        Verdict infos = Verdict.of(TWO_FILES, true, Severity.INFO, 3, 0, null);
        assertThat(infos.violations()).isEqualTo(4);
        assertThat(infos.sentence()).isEqualTo("subtitle-qc failed: 4 findings of severity info or worse in 1 file,"
                + " more than the 3 allowed by maxAllowedViolations (the first: subs/talk.zh-Hans.srt:[7,4] whitespace).");
        assertThat(Verdict.of(TWO_FILES, true, Severity.WARNING, 3, 0, null).sentence())
                .isEqualTo("subtitle-qc passed: 3 findings of severity warning or worse (3 allowed), score 94.3.");
    }

    @Test
    void oneViolationIsSingular() {
        Report one = SampleReports.oneError();
        assertThat(Verdict.of(one, true, Severity.ERROR, 0, 0, null).sentence())
                .isEqualTo("subtitle-qc failed: 1 error in 1 file, more than the 0 allowed by maxAllowedViolations "
                        + FIRST + ".");
        assertThat(Verdict.of(one, true, Severity.ERROR, 1, 0, null).sentence())
                .isEqualTo("subtitle-qc passed: 1 error (1 allowed), score 90.");
        assertThat(Verdict.of(one, true, Severity.WARNING, 1, 0, null).sentence())
                .isEqualTo("subtitle-qc passed: 1 finding of severity warning or worse (1 allowed), score 90.");
    }

    @Test
    void countsTheFilesWithViolations() {
        Report two = Engine.report(List.of(
                SampleReports.file("a.srt", "en", "netflix-en", "why", 10,
                        new Finding("overlap", Severity.ERROR, "a.srt", 2, 6, 1, "m", null, null)),
                SampleReports.file("b.srt", "en", "netflix-en", "why", 10,
                        new Finding("overlap", Severity.ERROR, "b.srt", 1, 2, 1, "m", null, null),
                        new Finding("min-gap", Severity.WARNING, "b.srt", 2, 6, 1, "m", null, null))));
        assertThat(Verdict.of(two, true, Severity.ERROR, 1, 0, null).sentence())
                .isEqualTo("subtitle-qc failed: 2 errors in 2 files, more than the 1 allowed by maxAllowedViolations"
                        + " (the first: a.srt:[6,1] overlap).");
    }

    @Test
    void failsOnAScoreBelowTheMinimum() {
        Verdict v = Verdict.of(TWO_FILES, true, Severity.ERROR, 10, 95, WHERE);
        assertThat(v.failed()).isTrue();
        assertThat(v.sentence()).isEqualTo("subtitle-qc failed: the subtitle score 94.3 is below minScore 95;"
                + " see target/subtitle-qc/subtitle-qc.json for every finding.");
        assertThat(Verdict.of(TWO_FILES, true, Severity.ERROR, 10, 94.35, null).sentence())
                .isEqualTo("subtitle-qc failed: the subtitle score 94.3 is below minScore 94.4.");
    }

    @Test
    void failsForBothReasons() {
        assertThat(Verdict.of(TWO_FILES, true, Severity.ERROR, 0, 95, WHERE).sentence())
                .isEqualTo("subtitle-qc failed: 2 errors in 1 file, more than the 0 allowed by maxAllowedViolations "
                        + FIRST + ", and the subtitle score 94.3 is below minScore 95;"
                        + " see target/subtitle-qc/subtitle-qc.json for every finding.");
    }

    @Test
    void goesOnWhenFailOnViolationIsFalse() {
        Verdict v = Verdict.of(TWO_FILES, false, Severity.ERROR, 0, 95, WHERE);
        assertThat(v.failed()).isFalse();
        assertThat(v.exceeded()).isTrue();
        assertThat(v.violations()).isEqualTo(2);
        assertThat(v.sentence()).isEqualTo("subtitle-qc found 2 errors in 1 file, more than the 0 allowed by"
                + " maxAllowedViolations " + FIRST + ", and the subtitle score 94.3 is below minScore 95;"
                + " see target/subtitle-qc/subtitle-qc.json for every finding;"
                + " the build goes on because failOnViolation is false.");
        Verdict passing = Verdict.of(SampleReports.clean(), false, Severity.ERROR, 0, 0, WHERE);
        assertThat(passing.exceeded()).isFalse();
        assertThat(passing.sentence()).isEqualTo("subtitle-qc passed: 0 errors (0 allowed), score 100.");
    }
}

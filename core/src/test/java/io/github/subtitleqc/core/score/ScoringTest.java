package io.github.subtitleqc.core.score;

import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** SPEC §7: exact scores and what each rule cost. */
class ScoringTest {

    static Finding finding(String rule, Severity severity) {
        return new Finding(rule, severity, "talk.srt", 1, 1, 1, "m", null, null);
    }

    static List<Finding> many(int n, String rule, Severity severity) {
        return new ArrayList<>(Collections.nCopies(n, finding(rule, severity)));
    }

    @Test
    void weights() {
        assertThat(Scoring.weight(Severity.ERROR)).isEqualTo(1.0);
        assertThat(Scoring.weight(Severity.WARNING)).isEqualTo(0.25);
        assertThat(Scoring.weight(Severity.INFO)).isEqualTo(0.0);
    }

    @Test
    void noFindingsScore100() {
        Score s = Scoring.file(10, List.of());
        assertThat(s.value()).isEqualTo(100.0);
        assertThat(s.costs()).isEmpty();
    }

    @Test
    void oneErrorInTenCuesCostsTenPoints() {
        Score s = Scoring.file(10, List.of(finding("reading-speed", Severity.ERROR)));
        assertThat(s.value()).isEqualTo(90.0);
        assertThat(s.costs()).containsExactly(entry("reading-speed", 10.0));
    }

    @Test
    void oneWarningInTenCuesCostsTwoAndAHalf() {
        Score s = Scoring.file(10, List.of(finding("min-gap", Severity.WARNING)));
        assertThat(s.value()).isEqualTo(97.5);
        assertThat(s.costs()).containsExactly(entry("min-gap", 2.5));
    }

    @Test
    void infoCostsNothing() {
        Score s = Scoring.file(10, many(50, "whitespace", Severity.INFO));
        assertThat(s.value()).isEqualTo(100.0);
        assertThat(s.costs()).isEmpty();
    }

    @Test
    void aFileWithoutCues() {
        assertThat(Scoring.file(0, List.of()).value()).isEqualTo(100.0);
        // it counts as one cue: one error takes everything
        Score s = Scoring.file(0, List.of(finding("parse-error", Severity.ERROR)));
        assertThat(s.value()).isEqualTo(0.0);
        assertThat(s.costs()).containsExactly(entry("parse-error", 100.0));
        assertThat(Scoring.file(0, List.of(finding("min-gap", Severity.WARNING))).value()).isEqualTo(75.0);
    }

    @Test
    void roundsDownToOneDecimal() {
        // 100 - 100/3 = 66.666…
        assertThat(Scoring.file(3, List.of(finding("overlap", Severity.ERROR))).value()).isEqualTo(66.6);
        // 100 - 2 × 25/7 = 92.857…
        assertThat(Scoring.file(7, many(2, "min-gap", Severity.WARNING)).value()).isEqualTo(92.8);
        // 100 - 100/7 = 85.714…
        assertThat(Scoring.file(7, List.of(finding("overlap", Severity.ERROR))).value()).isEqualTo(85.7);
    }

    @Test
    void roundingDownDoesNotLoseATenthToFloatingPoint() {
        // 100 - 3 × 100/35 = 91.428…; 100 - 10 × 100/35 = 71.428…: 71.4, not 71.3
        assertThat(Scoring.file(35, many(10, "overlap", Severity.ERROR)).value()).isEqualTo(71.4);
        // 100 - 3 × 0.1 × 100 … exact tenths stay exact
        assertThat(Scoring.file(1000, many(3, "overlap", Severity.ERROR)).value()).isEqualTo(99.7);
        assertThat(Scoring.file(10, many(3, "overlap", Severity.ERROR)).value()).isEqualTo(70.0);
    }

    @Test
    void anyErrorOrWarningKeepsTheScoreBelow100() {
        assertThat(Scoring.file(100_000, List.of(finding("min-gap", Severity.WARNING))).value()).isEqualTo(99.9);
        assertThat(Scoring.file(100_000, List.of(finding("overlap", Severity.ERROR))).value()).isEqualTo(99.9);
        assertThat(Scoring.file(Integer.MAX_VALUE, List.of(finding("min-gap", Severity.WARNING))).value())
                .isEqualTo(99.9);
    }

    @Test
    void theScoreStopsAtZeroButTheCostsAddUp() {
        Score s = Scoring.file(10, many(20, "overlap", Severity.ERROR));
        assertThat(s.value()).isEqualTo(0.0);
        assertThat(s.costs()).containsExactly(entry("overlap", 200.0));
    }

    @Test
    void costsPerRuleMostExpensiveFirstThenById() {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(many(1, "min-gap", Severity.WARNING));
        findings.addAll(many(2, "reading-speed", Severity.ERROR));
        findings.addAll(many(1, "overlap", Severity.ERROR));
        findings.addAll(many(4, "max-duration", Severity.WARNING));
        findings.addAll(many(3, "whitespace", Severity.INFO));
        Score s = Scoring.file(20, findings);
        // 100 - (0.25 + 2 + 1 + 1) × 5 = 78.75
        assertThat(s.value()).isEqualTo(78.7);
        assertThat(s.costs()).containsExactly(
                entry("reading-speed", 10.0),
                entry("max-duration", 5.0),
                entry("overlap", 5.0),
                entry("min-gap", 1.3)); // 1.25 shown with one decimal
    }

    @Test
    void theBuildScoreIsTheCueWeightedMean() {
        Score a = Scoring.file(10, List.of(finding("overlap", Severity.ERROR))); // 90
        Score b = Scoring.file(30, List.of()); // 100
        Score build = Scoring.build(List.of(10, 30), List.of(a, b));
        // (10 × 90 + 30 × 100) / 40
        assertThat(build.value()).isEqualTo(97.5);
        // the overlap cost 10 points in a quarter of the cues
        assertThat(build.costs()).containsExactly(entry("overlap", 2.5));
    }

    @Test
    void theBuildScoreAddsUpCostsAcrossFiles() {
        Score a = Scoring.file(10, List.of(finding("overlap", Severity.ERROR), finding("min-gap", Severity.WARNING)));
        Score b = Scoring.file(10, many(2, "min-gap", Severity.WARNING));
        assertThat(a.value()).isEqualTo(87.5);
        assertThat(b.value()).isEqualTo(95.0);
        Score build = Scoring.build(List.of(10, 10), List.of(a, b));
        assertThat(build.value()).isEqualTo(91.2); // 91.25 rounded down
        // overlap: 10 × 10 / 20; min-gap: (2.5 × 10 + 5 × 10) / 20 = 3.75
        assertThat(build.costs()).containsExactly(entry("overlap", 5.0), entry("min-gap", 3.8));
    }

    @Test
    void aFileWithoutCuesWeighsOne() {
        Score empty = Scoring.file(0, List.of(finding("parse-error", Severity.ERROR))); // 0
        Score fine = Scoring.file(9, List.of()); // 100
        assertThat(Scoring.build(List.of(0, 9), List.of(empty, fine)).value()).isEqualTo(90.0);
    }

    @Test
    void aBuildWithALossStaysBelow100() {
        Score lost = Scoring.file(100_000, List.of(finding("min-gap", Severity.WARNING))); // 99.9
        Score build = Scoring.build(List.of(100_000, 1), List.of(lost, Scoring.file(1, List.of())));
        assertThat(build.value()).isEqualTo(99.9);
    }

    @Test
    void aBuildWithoutFilesScores100() {
        Score build = Scoring.build(List.of(), List.of());
        assertThat(build.value()).isEqualTo(100.0);
        assertThat(build.costs()).isEqualTo(Map.of());
    }
}

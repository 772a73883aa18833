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
    void theScoreStopsAtZeroAndTheCostsAtTheHundredPointsThereWere() {
        Score s = Scoring.file(10, many(20, "overlap", Severity.ERROR)); // 200 points of findings
        assertThat(s.value()).isEqualTo(0.0);
        assertThat(s.costs()).containsExactly(entry("overlap", 100.0));
    }

    @Test
    void costsBeyond100AreScaledDownInProportion() {
        // a binary file read as text: 300 encoding errors and 100 parse errors, no cue
        List<Finding> findings = many(300, "encoding", Severity.ERROR);
        findings.addAll(many(100, "parse-error", Severity.ERROR));
        Score s = Scoring.file(0, findings);
        assertThat(s.value()).isEqualTo(0.0);
        assertThat(s.costs()).containsExactly(entry("encoding", 75.0), entry("parse-error", 25.0));
    }

    @Test
    void theSeedsCostsAddUpToWhatItsScoreLost() {
        // the seed's findings: 558 cues, 71 errors, 596 warnings; 100 - 39.427… = 60.57… → 60.5
        List<Finding> findings = many(539, "min-gap", Severity.WARNING);
        findings.addAll(many(37, "reading-speed", Severity.ERROR));
        findings.addAll(many(26, "line-length", Severity.ERROR));
        findings.addAll(many(54, "min-duration", Severity.WARNING));
        findings.addAll(many(8, "glossary", Severity.ERROR));
        findings.addAll(many(3, "term-consistency", Severity.WARNING));
        Score s = Scoring.file(558, findings);
        assertThat(s.value()).isEqualTo(60.5);
        // the exact costs 24.149, 6.631, 4.659, 2.419, 1.434, 0.134 share out 39.5 points:
        // 24.194, 6.643, 4.668, 2.424, 1.436, 0.134 → 24.1, 6.6, 4.6, 2.4, 1.4, 0.1 (39.2) and the
        // 3 tenths left go to the largest remainders (min-gap .94, line-length .68, reading-speed .43)
        assertThat(s.costs()).containsExactly(
                entry("min-gap", 24.2),
                entry("reading-speed", 6.7),
                entry("line-length", 4.7),
                entry("min-duration", 2.4),
                entry("glossary", 1.4),
                entry("term-consistency", 0.1));
        assertThat(tenths(s)).isEqualTo(395);
    }

    @Test
    void aLossBelowATenthShowsAsATenth() {
        Score s = Scoring.file(100_000, List.of(finding("min-gap", Severity.WARNING), finding("overlap",
                Severity.ERROR)));
        assertThat(s.value()).isEqualTo(99.9);
        // overlap cost 4 times what min-gap did: it gets the only tenth
        assertThat(s.costs()).containsExactly(entry("overlap", 0.1), entry("min-gap", 0.0));
    }

    static long tenths(Score s) {
        return s.costs().values().stream().mapToLong(c -> Math.round(c * 10)).sum();
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
        // 21.3 points shared out: 10.02, 5.01, 5.01, 1.25 → the tenth left goes to min-gap (.53)
        assertThat(s.costs()).containsExactly(
                entry("reading-speed", 10.0),
                entry("max-duration", 5.0),
                entry("overlap", 5.0),
                entry("min-gap", 1.3));
    }

    @Test
    void tiedRemaindersGoToTheLargerCostThenById() {
        List<Finding> findings = new ArrayList<>();
        String[] rules = {"r1", "r2", "r3", "r4", "r5", "r6", "r7"};
        for (int i = 0; i < rules.length; i++) {
            findings.addAll(many(i + 1, rules[i], Severity.WARNING));
        }
        Score s = Scoring.file(100, findings);
        assertThat(s.value()).isEqualTo(93.0);
        // 1.75, 1.5, 1.25, 1, 0.75, 0.5, 0.25: four remainders of .5 for two tenths, r7 and r5 get them
        assertThat(s.costs()).containsExactly(entry("r7", 1.8), entry("r6", 1.5), entry("r5", 1.3), entry("r4", 1.0),
                entry("r3", 0.7), entry("r2", 0.5), entry("r1", 0.2));
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
        Score build = Scoring.build(List.of(0, 9), List.of(empty, fine));
        assertThat(build.value()).isEqualTo(90.0);
        assertThat(build.costs()).containsExactly(entry("parse-error", 10.0));
    }

    @Test
    void anUnreadableFileCostsTheBuildWhatItsWeightLost() {
        // a binary file: 16,767 encoding errors and no cue (a cost of 1,676,700 before the cap)
        Score binary = Scoring.file(0, many(16_767, "encoding", Severity.ERROR));
        Score fine = Scoring.file(2, List.of());
        assertThat(binary.costs()).containsExactly(entry("encoding", 100.0));
        Score build = Scoring.build(List.of(0, 2), List.of(binary, fine));
        // (1 × 0 + 2 × 100) / 3 = 66.66… → 66.6
        assertThat(build.value()).isEqualTo(66.6);
        assertThat(build.costs()).containsExactly(entry("encoding", 33.4));
    }

    @Test
    void theBuildsCostsAddUpToWhatItsScoreLost() {
        Score a = Scoring.file(3, List.of(finding("overlap", Severity.ERROR))); // 66.6, overlap 33.4
        Score b = Scoring.file(7, many(2, "min-gap", Severity.WARNING)); // 92.8, min-gap 7.2
        assertThat(a.costs()).containsExactly(entry("overlap", 33.4));
        assertThat(b.costs()).containsExactly(entry("min-gap", 7.2));
        Score build = Scoring.build(List.of(3, 7), List.of(a, b));
        // (3 × 66.6 + 7 × 92.8) / 10 = 84.94 → 84.9; its 15.1 points are shared as the files' shown costs
        // weigh, 3 × 33.4 against 7 × 7.2: 10.047 and 5.053 → 10.0 and 5.1
        assertThat(build.value()).isEqualTo(84.9);
        assertThat(build.costs()).containsExactly(entry("overlap", 10.0), entry("min-gap", 5.1));
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

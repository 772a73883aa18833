package io.github.subtitleqc.core.score;

import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §7: the score is monotonic — one more finding never raises a file's score or the build's —
 * and explainable: the costs shown add up to exactly what the score lost, and none is above it.
 */
class ScoringPropertiesTest {

    record FileFindings(int cues, List<Finding> findings) {
        Score score() {
            return Scoring.file(cues, findings);
        }
    }

    @Provide
    Arbitrary<Finding> findings() {
        return Combinators.combine(
                Arbitraries.of("reading-speed", "min-gap", "overlap", "whitespace"),
                Arbitraries.of(Severity.class)
        ).as((rule, severity) -> new Finding(rule, severity, "f.srt", 1, 1, 1, "m", null, null));
    }

    @Provide
    Arbitrary<FileFindings> files() {
        return Combinators.combine(
                Arbitraries.integers().between(0, 5000),
                findings().list().ofMaxSize(60)
        ).as(FileFindings::new);
    }

    @Property
    void aFindingNeverRaisesAFilesScore(@ForAll("files") FileFindings file, @ForAll("findings") Finding added,
                                        @ForAll @IntRange(max = 60) int at) {
        List<Finding> more = new ArrayList<>(file.findings());
        more.add(Math.min(at, more.size()), added);
        double before = file.score().value();
        double after = Scoring.file(file.cues(), more).value();
        assertThat(after).isLessThanOrEqualTo(before);
        if (added.severity() != Severity.INFO && before > 0) {
            assertThat(after).isLessThan(100.0);
        }
    }

    @Property
    void aFindingNeverRaisesTheBuildsScore(@ForAll @Size(min = 1, max = 6) List<@From("files") FileFindings> files,
                                           @ForAll("findings") Finding added, @ForAll @IntRange(max = 5) int which) {
        int target = which % files.size();
        List<Score> scores = new ArrayList<>();
        List<Score> scoresAfter = new ArrayList<>();
        List<Integer> cues = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            FileFindings f = files.get(i);
            cues.add(f.cues());
            scores.add(f.score());
            if (i == target) {
                List<Finding> more = new ArrayList<>(f.findings());
                more.add(added);
                scoresAfter.add(Scoring.file(f.cues(), more));
            } else {
                scoresAfter.add(f.score());
            }
        }
        assertThat(Scoring.build(cues, scoresAfter).value()).isLessThanOrEqualTo(Scoring.build(cues, scores).value());
    }

    @Property
    void scoresStayBetween0And100AndBelow100WithAnyErrorOrWarning(@ForAll("files") FileFindings file) {
        double value = file.score().value();
        assertThat(value).isBetween(0.0, 100.0);
        assertThat(value * 10).isEqualTo(Math.rint(value * 10), org.assertj.core.data.Offset.offset(1e-6));
        boolean costly = file.findings().stream().anyMatch(f -> f.severity() != Severity.INFO);
        assertThat(value == 100.0).isEqualTo(!costly);
    }

    @Property
    void aFilesCostsAddUpToWhatItsScoreLost(@ForAll("files") FileFindings file) {
        assertExplains(file.score());
    }

    @Property
    void theBuildsCostsAddUpToWhatItsScoreLost(@ForAll @Size(max = 6) List<@From("files") FileFindings> files) {
        Score build = Scoring.build(files.stream().map(FileFindings::cues).toList(),
                files.stream().map(FileFindings::score).toList());
        assertExplains(build);
    }

    /** Costs in whole tenths, each between 0 and 100 − score, adding up to exactly 100 − score. */
    private static void assertExplains(Score score) {
        long lost = 1000 - Math.round(score.value() * 10);
        long sum = 0;
        for (double cost : score.costs().values()) {
            assertThat(cost * 10).isEqualTo(Math.rint(cost * 10), org.assertj.core.data.Offset.offset(1e-6));
            long tenths = Math.round(cost * 10);
            assertThat(tenths).isBetween(0L, lost);
            sum += tenths;
        }
        assertThat(sum).isEqualTo(lost);
    }
}

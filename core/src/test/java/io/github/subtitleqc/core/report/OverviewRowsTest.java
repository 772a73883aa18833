package io.github.subtitleqc.core.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTML overview's rows: worst first whatever was spooled, and nothing left behind. */
class OverviewRowsTest {

    @TempDir
    Path dir;

    private static OverviewRows.Row row(int index, double score) {
        return new OverviewRows.Row(index, "subs/" + index + " «é» 字幕.srt", score, index * 10, "netflix-en",
                index, 2L * index, 3_000_000_000L + index);
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void rowsComeBackWorstFirstThenInFileOrderWithEveryField() throws IOException {
        double[] scores = {70, 100, 50, 90, 70, 40, 80, 70};
        List<OverviewRows.Row> out = new ArrayList<>();
        try (OverviewRows rows = new OverviewRows(dir, "r.", 3)) {
            for (int i = 0; i < scores.length; i++) {
                rows.add(row(i + 1, scores[i]));
            }
            // 8 rows, 3 in memory: two runs of 3 on disk, 2 rows in the buffer
            assertThat(names()).hasSize(2).allMatch(n -> n.startsWith("r.") && n.endsWith(".rows"));
            rows.forEachSorted(out::add);
        }
        assertThat(out).extracting(OverviewRows.Row::index).containsExactly(6, 3, 1, 5, 8, 7, 4, 2);
        assertThat(out.get(0)).isEqualTo(row(6, 40));
        assertThat(names()).isEmpty();
    }

    @Test
    void exactlyFullRunsAndNoRowsAtAll() throws IOException {
        List<OverviewRows.Row> out = new ArrayList<>();
        try (OverviewRows rows = new OverviewRows(dir, "r.", 2)) {
            for (int i = 4; i >= 1; i--) {
                rows.add(row(i, i));
            }
            rows.forEachSorted(out::add);
        }
        assertThat(out).extracting(OverviewRows.Row::index).containsExactly(1, 2, 3, 4);
        try (OverviewRows rows = new OverviewRows(dir, "r.", 2)) {
            rows.forEachSorted(r -> out.add(null));
        }
        assertThat(out).hasSize(4);
        assertThat(names()).isEmpty();
    }
}

package io.github.subtitleqc.rules;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link FileCounts}: a spelling's files and counts read back as added, and spellings taken together. */
class FileCountsTest {

    private static FileCounts of(int... fileCountPairs) {
        FileCounts c = new FileCounts();
        for (int i = 0; i < fileCountPairs.length; i += 2) {
            c.add(fileCountPairs[i], fileCountPairs[i + 1]);
        }
        return c;
    }

    @Test
    void readsBackTheFilesAndCountsAsAdded() {
        FileCounts c = of(0, 1, 7, 300, 200_000, 2, 200_001, 70_000);
        List<Integer> read = new ArrayList<>();
        FileCounts.Cursor cursor = c.cursor();
        while (cursor.next()) {
            read.add(cursor.file);
            read.add(cursor.count);
        }

        assertThat(read).containsExactly(0, 1, 7, 300, 200_000, 2, 200_001, 70_000);
        assertThat(c.files()).isEqualTo(4);
    }

    @Test
    void spellingsTakenTogetherCountEachFileOnceAndSumTheirCountsThere() {
        FileCounts latin = of(2, 1, 5, 3, 9, 1);
        FileCounts cjk = of(1, 4, 5, 2, 8, 1);

        assertThat(FileCounts.spread(List.of(latin, cjk), 3)).containsExactly(5, 1, 4, 2, 1, 5, 5);
        assertThat(FileCounts.spread(List.of(cjk), 3)).containsExactly(3, 1, 4, 5, 2, 8, 1);
        assertThat(FileCounts.spread(List.of(of(4, 2)), 3)).containsExactly(1, 4, 2);
    }

    @Test
    void aFileAddedOutOfOrderIsAnError() {
        FileCounts c = of(3, 1);

        assertThatThrownBy(() -> c.add(3, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("file 3 added after file 3");
    }
}

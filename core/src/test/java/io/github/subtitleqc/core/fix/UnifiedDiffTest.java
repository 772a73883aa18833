package io.github.subtitleqc.core.fix;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnifiedDiffTest {

    private static String lines(int from, int to, int changed1, int changed2) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i <= to; i++) {
            s.append(i == changed1 || i == changed2 ? "x" + i : "l" + i).append("\r\n");
        }
        return s.toString();
    }

    @Test
    void changesCloserThanTwiceTheContextShareAHunkOthersDoNot() {
        String before = lines(1, 30, -1, -1);
        assertThat(UnifiedDiff.of("f.srt", before, lines(1, 30, 5, 11))).containsExactly("--- a/f.srt", "+++ b/f.srt",
                "@@ -2,13 +2,13 @@", " l2", " l3", " l4", "-l5", "+x5", " l6", " l7", " l8", " l9", " l10", "-l11", "+x11",
                " l12", " l13", " l14");
        assertThat(UnifiedDiff.of("f.srt", before, lines(1, 30, 2, 30))).containsExactly("--- a/f.srt", "+++ b/f.srt",
                "@@ -1,5 +1,5 @@", " l1", "-l2", "+x2", " l3", " l4", " l5",
                "@@ -27,4 +27,4 @@", " l27", " l28", " l29", "-l30", "+x30");
    }

    @Test
    void nothingForTheSameLines() {
        assertThat(UnifiedDiff.of("f.srt", "a\nb\n", "a\nb\n")).isEmpty();
    }
}

package io.github.subtitleqc.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A feasibility probe for issue 9's speed target, not a checker: how long one pass over each
 * SubRip file's bytes takes when it does roughly the work the engine does per cue without making a
 * {@code String} per line — cue boundaries, the two timestamps, overlap and gap against the
 * previous cue, each text line's length (ASCII bytes count 1, a UTF-8 sequence of three bytes or
 * more counts as one wide character), and every Latin word hashed and counted in a table (what
 * term collection must at least do). Printed against the engine's floor (read, decode UTF-8,
 * count lines) in the same process, as {@link EngineRun} does. It takes no grapheme clusters,
 * normalisation, markup or quirks into account: it is a lower bound for a single-pass design,
 * meant to tell whether 2.5× the floor is within reach of one at all.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.subtitleqc.benchmarks.FusedProbe DIR [warmups] [rounds] [strings]
 * </pre>
 * With {@code strings}, each text line is also made a {@code String} (decoded from its bytes), as a
 * design that keeps a string per visible line would: the cost of that alone.
 */
public final class FusedProbe {

    private FusedProbe() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        boolean strings = args.length > 3 && args[3].equals("strings");
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".srt")).sorted().toList();
        }
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] probe = new long[rounds];
        long[] floor = new long[rounds];
        long[] counts = null;
        for (int r = -warmups; r < rounds; r++) {
            System.gc();
            long c0 = mx.getCurrentThreadCpuTime();
            long lines = EngineRun.floor(paths);
            long c1 = mx.getCurrentThreadCpuTime();
            System.gc();
            long c2 = mx.getCurrentThreadCpuTime();
            Pass pass = new Pass(strings);
            for (Path p : paths) {
                pass.file(Files.readAllBytes(p));
            }
            long c3 = mx.getCurrentThreadCpuTime();
            counts = new long[] {lines, pass.cues, pass.longLines, pass.overlaps, pass.shortGaps, pass.words, pass.distinct,
                pass.stringChars};
            if (r >= 0) {
                floor[r] = c1 - c0;
                probe[r] = c3 - c2;
            }
        }
        Arrays.sort(probe);
        Arrays.sort(floor);
        long p = probe[rounds / 2];
        long f = floor[rounds / 2];
        System.out.printf("%d files: lines %d, cues %d, lines over 42 %d, overlaps %d, gaps under 83 ms %d, words %d (%d distinct per file, summed)%s%n",
                paths.size(), counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6],
                strings ? ", text lines made strings: " + counts[7] + " chars" : "");
        System.out.printf("CPU of this thread, median of %d rounds: floor %d ms, one fused pass %d ms, ratio %.2f%n",
                rounds, f / 1_000_000, p / 1_000_000, (double) p / f);
    }

    /** One pass over each file's bytes; what it counts is kept so that none of the work is dropped. */
    private static final class Pass {
        long cues;
        long longLines;
        long overlaps;
        long shortGaps;
        long words;
        long distinct;
        private final WordCounts table = new WordCounts();
        private final boolean strings;
        /** The summed lengths of the lines made strings, so that making them is not dropped. */
        long stringChars;

        Pass(boolean strings) {
            this.strings = strings;
        }

        void file(byte[] b) {
            table.clear();
            int n = b.length;
            int i = 0;
            int state = 0; // 0: between cues, 1: after the index, 2: in the text
            long previousEnd = Long.MIN_VALUE;
            while (i < n) {
                int end = i;
                while (end < n && b[end] != '\n') {
                    end++;
                }
                int lineEnd = end > i && b[end - 1] == '\r' ? end - 1 : end;
                if (lineEnd == i) {
                    state = 0;
                } else if (state == 0) {
                    state = 1; // the index line
                } else if (state == 1) {
                    long start = time(b, i);
                    long stop = lineEnd - i >= 29 ? time(b, i + 17) : -1;
                    if (start >= 0 && stop >= 0) {
                        cues++;
                        if (start < previousEnd) {
                            overlaps++;
                        } else if (start - previousEnd < 83) {
                            shortGaps++;
                        }
                        previousEnd = stop;
                    }
                    state = 2;
                } else {
                    if (strings) {
                        stringChars += new String(b, i, lineEnd - i, StandardCharsets.UTF_8).length();
                    }
                    textLine(b, i, lineEnd);
                }
                i = end + 1;
            }
            distinct += table.size;
        }

        /** {@code hh:mm:ss,mmm} at {@code at}, or -1. */
        private static long time(byte[] b, int at) {
            if (at + 12 > b.length || b[at + 2] != ':' || b[at + 5] != ':' || b[at + 8] != ',') {
                return -1;
            }
            return (((d(b, at) * 10L + d(b, at + 1)) * 60 + d(b, at + 3) * 10 + d(b, at + 4)) * 60
                    + d(b, at + 6) * 10 + d(b, at + 7)) * 1000 + d(b, at + 9) * 100 + d(b, at + 10) * 10 + d(b, at + 11);
        }

        private static int d(byte[] b, int at) {
            return b[at] - '0';
        }

        private void textLine(byte[] b, int from, int to) {
            int count = 0;
            int i = from;
            while (i < to) {
                int c = b[i];
                if (c >= 0) {
                    if (isWordByte(c)) {
                        int start = i;
                        int hash = 0;
                        while (i < to && b[i] >= 0 && isWordByte(b[i])) {
                            hash = 31 * hash + b[i];
                            i++;
                        }
                        table.add(b, start, i, hash);
                        words++;
                        count += i - start;
                        continue;
                    }
                    count++;
                    i++;
                } else {
                    // a UTF-8 sequence: three or four bytes count as one wide character (CJK), two as one narrow
                    int length = (c & 0xF0) == 0xF0 ? 4 : (c & 0xE0) == 0xE0 ? 3 : 2;
                    count += length >= 3 ? 2 : 1;
                    i += length;
                }
            }
            if (count > 42) {
                longLines++;
            }
        }

        private static boolean isWordByte(int c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
    }

    /** Words by their bytes, open addressing; emptied per file. */
    private static final class WordCounts {
        private int[] hashes = new int[4096];
        private int[] starts = new int[4096];
        private int[] lengths = new int[4096];
        private int[] counts = new int[4096];
        private byte[] pool = new byte[1 << 16];
        private int used;
        int size;

        void clear() {
            Arrays.fill(counts, 0);
            size = 0;
            used = 0;
        }

        void add(byte[] b, int from, int to, int hash) {
            int mask = hashes.length - 1;
            int len = to - from;
            for (int slot = (hash ^ hash >>> 16) & mask; ; slot = (slot + 1) & mask) {
                if (counts[slot] == 0) {
                    if (used + len > pool.length) {
                        pool = Arrays.copyOf(pool, Math.max(pool.length * 2, used + len));
                    }
                    System.arraycopy(b, from, pool, used, len);
                    hashes[slot] = hash;
                    starts[slot] = used;
                    lengths[slot] = len;
                    counts[slot] = 1;
                    used += len;
                    if (++size * 2 > hashes.length) {
                        grow();
                    }
                    return;
                }
                if (hashes[slot] == hash && lengths[slot] == len
                        && Arrays.equals(pool, starts[slot], starts[slot] + len, b, from, to)) {
                    counts[slot]++;
                    return;
                }
            }
        }

        private void grow() {
            int[] oldHashes = hashes;
            int[] oldStarts = starts;
            int[] oldLengths = lengths;
            int[] oldCounts = counts;
            int length = oldHashes.length * 2;
            hashes = new int[length];
            starts = new int[length];
            lengths = new int[length];
            counts = new int[length];
            int mask = length - 1;
            for (int i = 0; i < oldHashes.length; i++) {
                if (oldCounts[i] != 0) {
                    int slot = (oldHashes[i] ^ oldHashes[i] >>> 16) & mask;
                    while (counts[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    hashes[slot] = oldHashes[i];
                    starts[slot] = oldStarts[i];
                    lengths[slot] = oldLengths[i];
                    counts[slot] = oldCounts[i];
                }
            }
        }
    }
}

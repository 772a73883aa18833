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
 * java -cp benchmarks/target/benchmarks.jar io.github.subtitleqc.benchmarks.FusedProbe DIR [warmups] [rounds] [strings|full]
 * </pre>
 * With {@code strings}, each text line is also made a {@code String} (decoded from its bytes), as a
 * design that keeps a string per visible line would: the cost of that alone. With {@code full}, the
 * pass also does what the engine's rules do beyond that, still in the one pass: each text line a
 * string, the netflix-en checks the generator counts (reading speed over 20 characters a second
 * without spaces, lines over 42, gaps under 83 ms, cues under 833 ms or over 7 s, overlaps) and a
 * space before a half- or full-width mark, each violation made a finding with its message built
 * as the rules build theirs and kept until its file is done, and every word's occurrence (its
 * table slot, cue, line and column) logged as term collection logs it, with its shape (capitals,
 * digits) looked at: what a one-pass engine would still have to do.
 */
public final class FusedProbe {

    private FusedProbe() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        int warmups = EngineRun.intArg(args, 1, 2);
        int rounds = EngineRun.intArg(args, 2, 5);
        boolean full = args.length > 3 && args[3].equals("full");
        boolean strings = full || args.length > 3 && args[3].equals("strings");
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
            Pass pass = new Pass(strings, full);
            for (Path p : paths) {
                pass.file(Files.readAllBytes(p));
            }
            long c3 = mx.getCurrentThreadCpuTime();
            counts = new long[] {lines, pass.cues, pass.longLines, pass.overlaps, pass.shortGaps, pass.words, pass.distinct,
                pass.stringChars, pass.findings, pass.messageChars, pass.loggedWords, pass.termShaped};
            if (r >= 0) {
                floor[r] = c1 - c0;
                probe[r] = c3 - c2;
            }
        }
        Arrays.sort(probe);
        Arrays.sort(floor);
        long p = probe[rounds / 2];
        long f = floor[rounds / 2];
        System.out.printf("%d files: lines %d, cues %d, lines over 42 %d, overlaps %d, gaps under 83 ms %d, words %d (%d distinct per file, summed)%s%s%n",
                paths.size(), counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6],
                strings ? ", text lines made strings: " + counts[7] + " chars" : "",
                full ? ", findings " + counts[8] + " (messages " + counts[9] + " chars), word occurrences logged "
                        + counts[10] + " (" + counts[11] + " with a capital inside or a digit)" : "");
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
        private final boolean full;
        long findings;
        long messageChars;
        /** The file's findings, kept until it is done (as the engine keeps a file's findings). */
        private final List<ProbeFinding> fileFindings = new java.util.ArrayList<>();
        /** Each word occurrence: its table slot, cue, line, column (as term collection logs them). */
        private int[] occurrences = new int[4 * 4096];
        private int logged;
        /** Word occurrences logged over all files, and those with a capital inside or a digit. */
        long loggedWords;
        long termShaped;
        // the cue being read (full): its number, timing line, start and end, and its count without spaces
        private int cue;
        private int cueLine;
        private long cueStart;
        private long cueEnd;
        private int cueCount;
        private int lineNumber;

        Pass(boolean strings, boolean full) {
            this.strings = strings;
            this.full = full;
        }

        /** A finding as the engine keeps one: rule, cue, line, column, message, value, limit. */
        private record ProbeFinding(String rule, int cue, int line, int column, String message, Double value, Double limit) {
        }

        private void report(String rule, int line, int column, String message, Double value, Double limit) {
            fileFindings.add(new ProbeFinding(rule, cue, line, column, message, value, limit));
            findings++;
            messageChars += message.length();
        }

        /** The checks made when a cue's text is done: reading speed and duration (netflix-en, the generator's oracle). */
        private void cueDone() {
            if (!full || cue == 0) {
                return;
            }
            long duration = cueEnd - cueStart;
            if (duration > 0 && cueCount * 1000L > 20L * duration) {
                double cps = cueCount * 1000.0 / duration;
                report("reading-speed", cueLine, 1, "reading speed " + Math.round(cps * 10) / 10.0
                        + " characters per second is above the 20 allowed by profile netflix-en", cps, 20.0);
            }
            if (duration < 833) {
                report("min-duration", cueLine, 1, "cue lasts " + duration + " ms, under the 833 ms minimum of profile netflix-en",
                        (double) duration, 833.0);
            } else if (duration > 7000) {
                report("max-duration", cueLine, 1, "cue lasts " + duration + " ms, over the 7000 ms maximum of profile netflix-en",
                        (double) duration, 7000.0);
            }
            cue = 0;
        }

        void file(byte[] b) {
            table.clear();
            fileFindings.clear();
            logged = 0;
            lineNumber = 0;
            cue = 0;
            int ordinal = 0;
            int n = b.length;
            int i = 0;
            int state = 0; // 0: between cues, 1: after the index, 2: in the text
            long previousEnd = Long.MIN_VALUE;
            while (i < n) {
                lineNumber++;
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
                        cueDone();
                        cues++;
                        cue = ++ordinal;
                        cueLine = lineNumber;
                        cueStart = start;
                        cueEnd = stop;
                        cueCount = 0;
                        if (start < previousEnd) {
                            overlaps++;
                            if (full) {
                                report("overlap", lineNumber, 1, "cue starts at " + start + " ms, " + (previousEnd - start)
                                        + " ms before the previous cue ends", null, null);
                            }
                        } else if (previousEnd != Long.MIN_VALUE && start - previousEnd < 83) { // none before the first cue
                            shortGaps++;
                            if (full) {
                                report("min-gap", lineNumber, 1, "gap of " + (start - previousEnd)
                                        + " ms before this cue, under the 83 ms minimum", (double) (start - previousEnd), 83.0);
                            }
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
            cueDone();
            loggedWords += logged;
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
            int spaces = 0;
            int column = 0;
            boolean spaceBefore = false;
            int i = from;
            while (i < to) {
                int c = b[i];
                if (c >= 0) {
                    if (isWordByte(c)) {
                        int start = i;
                        int hash = 0;
                        boolean shaped = false;
                        while (i < to && b[i] >= 0 && isWordByte(b[i])) {
                            int w = b[i];
                            shaped |= i > start && w >= 'A' && w <= 'Z' || w >= '0' && w <= '9';
                            hash = 31 * hash + w;
                            i++;
                        }
                        int slot = table.add(b, start, i, hash);
                        words++;
                        if (full) {
                            logWord(slot, column + 1);
                            if (shaped) {
                                termShaped++;
                            }
                        }
                        count += i - start;
                        column += i - start;
                        spaceBefore = false;
                        continue;
                    }
                    if (c == ' ') {
                        spaces++;
                        spaceBefore = true;
                    } else {
                        if (spaceBefore && full && (c == ',' || c == '.' || c == '!' || c == '?' || c == ';' || c == ':')) {
                            report("whitespace", lineNumber, column + 1, "space before '" + (char) c + "' at column " + (column + 1),
                                    null, null);
                        }
                        spaceBefore = false;
                    }
                    count++;
                    column++;
                    i++;
                } else {
                    // a UTF-8 sequence: three or four bytes count as one wide character (CJK), two as one narrow
                    int length = (c & 0xF0) == 0xF0 ? 4 : (c & 0xE0) == 0xE0 ? 3 : 2;
                    if (spaceBefore && full && length == 3 && isFullWidthMark(b, i)) {
                        report("whitespace", lineNumber, column + 1, "space before a full-width mark at column " + (column + 1),
                                null, null);
                    }
                    spaceBefore = false;
                    count += length >= 3 ? 2 : 1;
                    column++;
                    i += length;
                }
            }
            cueCount += count - spaces;
            if (count > 42) {
                longLines++;
                if (full) {
                    report("line-length", lineNumber, 1, "line of " + count + " characters, over the 42 allowed by profile netflix-en",
                            (double) count, 42.0);
                }
            }
        }

        /** U+3002 。, U+FF0C ，, U+FF01 ！, U+FF1F ？ at {@code at}, as UTF-8. */
        private static boolean isFullWidthMark(byte[] b, int at) {
            int c = (b[at] & 0x0F) << 12 | (b[at + 1] & 0x3F) << 6 | (b[at + 2] & 0x3F);
            return c == 0x3002 || c == 0xFF0C || c == 0xFF01 || c == 0xFF1F;
        }

        private void logWord(int slot, int column) {
            if (logged * 4 + 4 > occurrences.length) {
                occurrences = Arrays.copyOf(occurrences, occurrences.length * 2);
            }
            occurrences[logged * 4] = slot;
            occurrences[logged * 4 + 1] = cue;
            occurrences[logged * 4 + 2] = lineNumber;
            occurrences[logged * 4 + 3] = column;
            logged++;
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

        /** Counts the word and returns its slot. */
        int add(byte[] b, int from, int to, int hash) {
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
                        return -1; // moved: the slot is not kept across a growth (the probe needs only some number)
                    }
                    return slot;
                }
                if (hashes[slot] == hash && lengths[slot] == len
                        && Arrays.equals(pool, starts[slot], starts[slot] + len, b, from, to)) {
                    counts[slot]++;
                    return slot;
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

package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.cache.Binary;
import io.github.subtitleqc.core.cache.ByteWriter;
import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.engine.ProgressListener;
import io.github.subtitleqc.core.engine.RuleRegistry;
import io.github.subtitleqc.core.engine.SourceFile;
import io.github.subtitleqc.core.rule.ProjectReporter;
import io.github.subtitleqc.core.rule.ProjectRule;
import io.github.subtitleqc.core.rule.SummaryCodec;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The term rules' {@code finish} over summaries the engine keeps on disk, where each
 * {@code get(i)} decodes the file's summary again: it fetches each file at most twice (once to
 * merge, at most once to report) and finds exactly what it finds over summaries kept in memory.
 *
 * <p>With {@code -DtermsHeapFiles=20000} it also measures the heap the merged terms of that many
 * copies of the seed hold (each under its own path), and prints it.
 */
class TermsFinishFromDiskTest {

    private static final Path CASES = Path.of("src/test/resources/io/github/subtitleqc/rules");
    private static final Path SEED = Path.of("../seeds/src/main/subtitles/big-tech-llm-anecdotes.zh-Hans.srt");

    /** A term rule whose summaries, as the engine made them, are kept encoded; its own finish is not run. */
    private static final class Encoding<S> extends ForwardingProjectRule<S> {
        private final List<byte[]> encoded = new ArrayList<>();

        Encoding(ProjectRule<S> rule) {
            super(rule);
        }

        @Override
        public void finish(List<S> summaries, ProjectReporter reporter) {
            try {
                for (S s : summaries) {
                    encoded.add(rule.summaryCodec().encode(s));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static List<SourceFile> caseFiles() throws IOException {
        List<SourceFile> files = new ArrayList<>();
        files.add(new SourceFile(SEED, "seed/" + SEED.getFileName()));
        for (String rule : List.of("term-consistency", "term-near-miss")) {
            for (Path p : CaseSubtitles.under(CASES.resolve(rule))) {
                files.add(new SourceFile(p, CASES.relativize(p).toString().replace('\\', '/')));
            }
        }
        return files;
    }

    private static ProjectReporter recorder(List<String> into) {
        return (file, cue, line, column, message, value, limit) -> into.add(file + " [" + line + "," + column
                + "] (cue " + cue + ") " + message + " " + value + " " + limit);
    }

    private static <S> void assertFetchedAtMostTwice(ProjectRule<S> rule, List<byte[]> encoded,
                                                     java.util.function.Function<S, Terms> terms) throws IOException {
        List<S> inMemory = new ArrayList<>();
        for (byte[] b : encoded) {
            inMemory.add(rule.summaryCodec().decode(b));
        }
        List<String> expected = new ArrayList<>();
        rule.finish(inMemory, recorder(expected));
        LazySummaries<S> lazy = new LazySummaries<>(encoded.size(), encoded::get, rule.summaryCodec());
        List<String> found = new ArrayList<>();

        rule.finish(lazy, recorder(found));

        String id = rule.descriptor().id();
        assertThat(found).as(id + " over summaries decoded on each get").containsExactlyElementsOf(expected);
        assertThat(expected).as(id + " found something").isNotEmpty();
        java.util.Set<String> reported = new java.util.HashSet<>();
        rule.finish(inMemory, (file, cue, line, column, message, value, limit) -> reported.add(file));
        for (int i = 0; i < encoded.size(); i++) {
            String file = terms.apply(inMemory.get(i)).file;
            // once to merge, and once more only to report on the file
            assertThat(lazy.fetches(i)).as(id + ": fetches of " + file).isEqualTo(reported.contains(file) ? 2 : 1);
        }
    }

    @Test
    void finishFetchesEachFileOnceAndAgainOnlyToReportOnIt() throws IOException {
        Encoding<Terms> consistency = new Encoding<>(new TermConsistencyRule());
        Encoding<TermNearMissRule.Summary> nearMiss = new Encoding<>(new TermNearMissRule());
        EngineConfig config = EngineConfig.defaults().withThreads(1).withGlossaries(List.of(
                Path.of("../seeds/glossary.csv"), CASES.resolve("term-consistency/support/terms.csv")));
        List<SourceFile> files = caseFiles();

        new Engine(config, RuleRegistry.discover(getClass().getClassLoader()), List.of(consistency, nearMiss))
                .check(files, ProgressListener.NONE);

        assertThat(consistency.encoded).hasSize(files.size());
        assertFetchedAtMostTwice(consistency.rule, consistency.encoded, t -> t);
        assertFetchedAtMostTwice(nearMiss.rule, nearMiss.encoded, TermNearMissRule.Summary::terms);
    }

    /** The summary {@code encoded} (of the seed) as if made for the file {@code path} instead. */
    private static byte[] renamed(byte[] encoded, String oldPath, String path) {
        try {
            ByteWriter old = new ByteWriter(64);
            Binary.writeString(old, oldPath);
            ByteWriter out = new ByteWriter(encoded.length + 16);
            Binary.writeString(out, path);
            out.write(encoded, old.size(), encoded.length - old.size());
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    @Test
    void heapOfTheMergedTermsOfManyFiles() throws IOException {
        int n = Integer.getInteger("termsHeapFiles", 0);
        if (n == 0) {
            return; // a measurement, run on demand
        }
        for (ProjectRule<?> r : List.<ProjectRule<?>>of(new TermConsistencyRule(), new TermNearMissRule())) {
            measure(r, n);
        }
    }

    private static <S> void measure(ProjectRule<S> rule, int n) throws IOException {
        Encoding<S> encoding = new Encoding<>(rule);
        String oldPath = "seed/" + SEED.getFileName();
        new Engine(EngineConfig.defaults().withThreads(1), RuleRegistry.discover(TermsFinishFromDiskTest.class.getClassLoader()),
                List.of(encoding)).check(List.of(new SourceFile(SEED, oldPath)), ProgressListener.NONE);
        byte[] seed = encoding.encoded.get(0);
        long before = usedAfterGc();
        long[] peak = new long[1];
        long[] merged = new long[1];
        int[] fetched = new int[1];
        int[] previous = {-1};
        long[] found = new long[1];
        int every = Math.max(1, n / 10);
        LazySummaries<S> lazy = new LazySummaries<>(n, i -> renamed(seed, oldPath, "copy" + i + "/" + SEED.getFileName()),
                rule.summaryCodec(), i -> {
                    if (++fetched[0] % every == 0) {
                        peak[0] = Math.max(peak[0], usedAfterGc()); // what finish holds after so many fetches
                    }
                    if (i <= previous[0] && merged[0] == 0) {
                        merged[0] = usedAfterGc(); // a file fetched again: every file merged, reporting begins
                        peak[0] = Math.max(peak[0], merged[0]);
                    }
                    previous[0] = i;
                    return null;
                });
        long start = System.nanoTime();
        rule.finish(lazy, (file, cue, line, column, message, value, limit) -> found[0]++);
        long millis = (System.nanoTime() - start) / 1_000_000;
        int maxFetches = 0;
        for (int i = 0; i < n; i++) {
            maxFetches = Math.max(maxFetches, lazy.fetches(i));
        }
        System.out.printf("%s: %d copies of a %d-byte summary: heap held by finish at most %.1f MiB"
                        + " (%d bytes per file)%s, %d findings, %d ms, at most %d fetches per file%n",
                rule.descriptor().id(), n, seed.length, (peak[0] - before) / 1048576.0, (peak[0] - before) / n,
                merged[0] == 0 ? "" : String.format(", %.1f MiB when every file was merged and reporting began",
                        (merged[0] - before) / 1048576.0), found[0], millis, maxFetches);
    }
}

package io.github.subtitleqc.benchmarks;

import io.github.subtitleqc.core.cache.ResultCache;
import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.engine.ProgressListener;
import io.github.subtitleqc.core.engine.ResultSink;
import io.github.subtitleqc.core.engine.SourceFile;
import io.github.subtitleqc.core.model.Finding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A cold run against a re-run with nothing changed, through the engine's result cache
 * ({@link Engine#run(List, ProgressListener, ResultSink, ResultCache)}), in one process: each
 * round deletes the cache, runs the engine (every discovered rule) over a directory, then runs it
 * again on the cache it wrote. The sink keeps nothing: it counts findings and hashes them, so the
 * two runs can be shown to hand over the same results. Prints the medians and their ratio.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.subtitleqc.benchmarks.CacheRun DIR CACHE_FILE [threads] [rounds]
 * </pre>
 * {@code threads} 0 keeps {@link EngineConfig#defaults()}'s thread count.
 */
public final class CacheRun {

    private CacheRun() {
    }

    /** Counts and hashes what it is handed. */
    private static final class Digest implements ResultSink {
        long findings;
        long hash = 17;

        @Override
        public void file(FileResult result) {
            hash = hash * 31 + result.path().hashCode();
            hash = hash * 31 + Double.hashCode(result.score().value());
            add(result.findings());
        }

        @Override
        public void crossFile(List<Finding> all) {
            add(all);
        }

        private void add(List<Finding> list) {
            for (Finding f : list) {
                findings++;
                hash = hash * 31 + f.hashCode();
            }
        }
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        Path cacheFile = Path.of(args[1]);
        int threads = EngineRun.intArg(args, 2, 0);
        int rounds = EngineRun.intArg(args, 3, 3);
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(root)) {
            all.filter(p -> p.toString().endsWith(".srt") || p.toString().endsWith(".vtt")).sorted()
                    .forEach(p -> files.add(new SourceFile(p, root.relativize(p).toString().replace('\\', '/'))));
        }
        EngineConfig config = EngineConfig.defaults();
        if (threads > 0) {
            config = config.withThreads(threads);
        }
        Engine engine = Engine.withDiscoveredRules(config, CacheRun.class.getClassLoader());
        long[] cold = new long[rounds];
        long[] warm = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            Files.deleteIfExists(cacheFile);
            Digest first = new Digest();
            long t0 = System.nanoTime();
            try (ResultCache cache = engine.openCache(cacheFile, System.err::println)) {
                engine.run(files, ProgressListener.NONE, first, cache);
            }
            cold[r] = System.nanoTime() - t0;
            Digest second = new Digest();
            int hits;
            t0 = System.nanoTime();
            try (ResultCache cache = engine.openCache(cacheFile, System.err::println)) {
                engine.run(files, ProgressListener.NONE, second, cache);
                hits = cache.hits();
            }
            warm[r] = System.nanoTime() - t0;
            System.out.printf("round %d: cold %.2f s, re-run %.2f s (%d of %d files from the cache), %d findings, digest %s%n",
                    r + 1, cold[r] / 1e9, warm[r] / 1e9, hits, files.size(), second.findings,
                    first.hash == second.hash && first.findings == second.findings ? "equal" : "DIFFERENT");
        }
        double c = median(cold) / 1e9;
        double w = median(warm) / 1e9;
        System.out.printf("median: cold %.2f s, re-run %.2f s, re-run / cold = %.3f (cache file %.1f MB)%n", c, w, w / c,
                Files.size(cacheFile) / 1e6);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

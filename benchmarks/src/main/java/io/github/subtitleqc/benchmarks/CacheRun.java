package io.github.subtitleqc.benchmarks;

import io.github.subtitleqc.core.cache.CachedFile;
import io.github.subtitleqc.core.cache.ConfigFingerprint;
import io.github.subtitleqc.core.cache.ContentHash;
import io.github.subtitleqc.core.cache.ResultCache;
import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.engine.ProgressListener;
import io.github.subtitleqc.core.engine.Report;
import io.github.subtitleqc.core.engine.RuleRegistry;
import io.github.subtitleqc.core.engine.SourceFile;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.ProjectReporter;
import io.github.subtitleqc.core.rule.ProjectRule;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.rule.RuleContext;
import io.github.subtitleqc.core.rule.RuleDescriptor;
import io.github.subtitleqc.core.rule.SummaryCodec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the result cache costs over a directory of subtitles: the engine checks every file once
 * (default rules, its project rules' summaries kept through their codecs), every result is recorded
 * and committed, then each round re-opens the cache and does what a re-run with nothing changed
 * does — read each file, hash it, look it up, decode its project rules' summaries — timing each
 * step. Until the engine uses the cache itself, this is the cache's side of a cached re-run.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.subtitleqc.benchmarks.CacheRun DIR CACHE_FILE [threads] [rounds]
 * </pre>
 */
public final class CacheRun {

    private CacheRun() {
    }

    /** A project rule that keeps each file's summary bytes, encoded with its codec when it finishes. */
    private static final class Keeping<S> implements ProjectRule<S> {
        private final ProjectRule<S> rule;
        private final Map<S, String> files = Collections.synchronizedMap(new IdentityHashMap<>());
        private final Map<String, byte[]> bytes = new HashMap<>();
        private long encodeNanos;

        Keeping(ProjectRule<S> rule) {
            this.rule = rule;
        }

        @Override
        public RuleDescriptor descriptor() {
            return rule.descriptor();
        }

        @Override
        public S newSummary(RuleContext context) {
            S s = rule.newSummary(context);
            files.put(s, context.file());
            return s;
        }

        @Override
        public void collect(S summary, CueView cue, RuleContext context) {
            rule.collect(summary, cue, context);
        }

        @Override
        public void fileDone(S summary) {
            rule.fileDone(summary);
        }

        @Override
        public SummaryCodec<S> summaryCodec() {
            return rule.summaryCodec();
        }

        @Override
        public void finish(List<S> summaries, ProjectReporter reporter) {
            long t = System.nanoTime();
            try {
                for (S s : summaries) {
                    bytes.put(files.get(s), rule.summaryCodec().encode(s));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            encodeNanos = System.nanoTime() - t;
            rule.finish(summaries, reporter);
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        Path cacheFile = Path.of(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        List<SourceFile> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".srt") || p.toString().endsWith(".vtt"))
                    .sorted().map(p -> SourceFile.relativeTo(root, p)).toList();
        }
        EngineConfig config = threads > 0 ? EngineConfig.defaults().withThreads(threads) : EngineConfig.defaults();
        ClassLoader loader = CacheRun.class.getClassLoader();
        List<Rule> rules = RuleRegistry.discover(loader);
        List<ProjectRule<?>> projectRules = RuleRegistry.discoverProjectRules(loader);
        List<Keeping<?>> keeping = new ArrayList<>();
        projectRules.forEach(r -> keeping.add(new Keeping<>(r)));

        long t = System.nanoTime();
        ConfigFingerprint fingerprint = ConfigFingerprint.of(config, rules, projectRules);
        System.out.printf("%d files; fingerprint %.0f ms%n", files.size(), ms(System.nanoTime() - t));
        t = System.nanoTime();
        Report report = new Engine(config, rules, new ArrayList<>(keeping)).check(files, ProgressListener.NONE);
        System.out.printf("engine, %d threads: %.0f ms, %d findings%n", config.threads(), ms(System.nanoTime() - t),
                report.findings().count());
        for (Keeping<?> k : keeping) {
            System.out.printf("  %s summaries: encoded in %.0f ms, %d bytes%n", k.descriptor().id(), ms(k.encodeNanos),
                    k.bytes.values().stream().mapToLong(b -> b.length).sum());
        }

        Files.deleteIfExists(cacheFile);
        long hashNanos = 0;
        long recordNanos;
        t = System.nanoTime();
        try (ResultCache cache = ResultCache.open(cacheFile, fingerprint, System.out::println)) {
            for (int i = 0; i < files.size(); i++) {
                long h = System.nanoTime();
                ContentHash hash = ContentHash.of(Files.readAllBytes(files.get(i).path()));
                hashNanos += System.nanoTime() - h;
                List<byte[]> summaries = new ArrayList<>();
                for (Keeping<?> k : keeping) {
                    summaries.add(k.bytes.get(files.get(i).displayPath()));
                }
                cache.record(files.get(i).displayPath(), hash, report.files().get(i), summaries);
            }
            recordNanos = System.nanoTime() - t - hashNanos;
            t = System.nanoTime();
            cache.commit();
        }
        System.out.printf("record %.0f ms (read + hash %.0f ms besides), commit %.0f ms: cache file %.1f MB%n",
                ms(recordNanos), ms(hashNanos), ms(System.nanoTime() - t), Files.size(cacheFile) / 1e6);
        report = null;

        for (int round = 1; round <= rounds; round++) {
            System.gc();
            long read = 0;
            long hashing = 0;
            long lookup = 0;
            long decode = 0;
            long start = System.nanoTime();
            try (ResultCache cache = ResultCache.open(cacheFile, fingerprint, System.out::println)) {
                long opened = System.nanoTime();
                for (SourceFile f : files) {
                    long a = System.nanoTime();
                    byte[] content = Files.readAllBytes(f.path());
                    long b = System.nanoTime();
                    ContentHash hash = ContentHash.of(content);
                    long c = System.nanoTime();
                    CachedFile hit = cache.lookup(f.displayPath(), hash);
                    long d = System.nanoTime();
                    if (hit == null) {
                        throw new IllegalStateException("no cache entry for " + f.displayPath());
                    }
                    for (int r = 0; r < projectRules.size(); r++) {
                        byte[] bytes = hit.summaries().get(r);
                        if (bytes != null) {
                            projectRules.get(r).summaryCodec().decode(bytes);
                        }
                    }
                    long e = System.nanoTime();
                    read += b - a;
                    hashing += c - b;
                    lookup += d - c;
                    decode += e - d;
                }
                System.out.printf("round %d: %.0f ms = open %.1f, read %.0f, hash %.0f, lookup (read and decode the"
                                + " result) %.0f, decode summaries %.0f%n", round, ms(System.nanoTime() - start),
                        ms(opened - start), ms(read), ms(hashing), ms(lookup), ms(decode));
            }
        }
    }
}

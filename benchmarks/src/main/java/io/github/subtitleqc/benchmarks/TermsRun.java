package io.github.subtitleqc.benchmarks;

import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.engine.RuleOverride;
import io.github.subtitleqc.core.engine.SourceFile;
import io.github.subtitleqc.core.rule.RunRule;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What the two term rules cost in the engine, and nothing else: the first {@code files} files of a
 * directory checked on one thread by two engines in turn, one with every rule switched off and one
 * with only {@code term-consistency} and {@code term-near-miss} on (profile {@code netflix-en}); the
 * term rules' cost is the difference within each pair of rounds, so that the machine's drift from
 * one moment to the next cancels. CPU time of the checking thread.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.subtitleqc.benchmarks.TermsRun DIR [files] [pairs] [warm-up pairs]
 * </pre>
 * Short rounds (a few thousand cues) need more warm-up pairs than the default 2 before the JIT is
 * done with them. Used in the fifteenth session of issue 9 (docs/benchmarks-log.md) to take the term rules
 * apart: a copy of {@code Terms} that stops at one step or another, compiled and put before the
 * jar on the class path, shows what each step adds.
 */
public final class TermsRun {

    private static final Set<String> TERM_RULES = Set.of("term-consistency", "term-near-miss");

    private TermsRun() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        int limit = EngineRun.intArg(args, 1, 400);
        int pairs = EngineRun.intArg(args, 2, 12);
        int warmups = EngineRun.intArg(args, 3, 2);
        List<SourceFile> files = EngineRun.subtitles(root).stream().limit(limit)
                .map(p -> SourceFile.relativeTo(root, p)).toList();
        EngineConfig config = EngineConfig.defaults().withThreads(1).withProfile("netflix-en");
        List<String> ids = Engine.withDiscoveredRules(config, TermsRun.class.getClassLoader()).rules().stream()
                .map(RunRule::id).toList();
        Engine none = only(config, ids, Set.of());
        Engine terms = only(config, ids, TERM_RULES);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] without = new long[pairs];
        long[] difference = new long[pairs];
        long findings = 0;
        for (int r = -warmups; r < pairs; r++) {
            long c0 = mx.getCurrentThreadCpuTime();
            EngineRun.stream(none, files);
            long c1 = mx.getCurrentThreadCpuTime();
            findings = EngineRun.stream(terms, files);
            long c2 = mx.getCurrentThreadCpuTime();
            if (r >= 0) {
                without[r] = c1 - c0;
                difference[r] = (c2 - c1) - (c1 - c0);
            }
        }
        long[] sorted = difference.clone();
        java.util.Arrays.sort(sorted);
        System.out.printf("%d files, %d findings of the term rules%n", files.size(), findings);
        System.out.printf("no rule: %.1f ms of CPU a round (median of %d); the term rules on top, paired by round:"
                        + " median %.1f ms, from %.1f to %.1f%n", EngineRun.median(without) / 1e6, pairs,
                sorted[pairs / 2] / 1e6, sorted[0] / 1e6, sorted[pairs - 1] / 1e6);
    }

    /** An engine with every rule of {@code ids} switched off but those in {@code kept}. */
    private static Engine only(EngineConfig config, List<String> ids, Set<String> kept) {
        List<RuleOverride> off = ids.stream().filter(id -> !kept.contains(id))
                .map(id -> new RuleOverride(id, false, null, null)).toList();
        return Engine.withDiscoveredRules(config.withRules(off), TermsRun.class.getClassLoader());
    }
}

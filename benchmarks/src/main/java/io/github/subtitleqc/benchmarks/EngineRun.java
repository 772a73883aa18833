package io.github.subtitleqc.benchmarks;

import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.engine.ProgressListener;
import io.github.subtitleqc.core.engine.Report;
import io.github.subtitleqc.core.engine.SourceFile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The whole engine (every discovered rule) over a directory of subtitles, against a floor: reading
 * every file's bytes, decoding UTF-8 and counting lines. Prints the median of each over several
 * rounds and their ratio, and each round's engine against the floor run just before it and again
 * just after it (paired by round: the ratio least moved by the machine's drift). Not a JMH
 * benchmark: one process, wall-clock rounds after warm-up rounds, meant to be run by hand and under
 * JFR (see BENCHMARKS.md).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.subtitleqc.benchmarks.EngineRun DIR [threads] [warmups] [rounds] [profile] [rule,rule…]
 * </pre>
 * The rules listed last are switched off: what the engine costs without them.
 * {@code profile} is {@code auto} unless given (issue 9 measured with {@code netflix-en}: no language detection).
 * {@code threads} 0 (the default) keeps {@link EngineConfig#defaults()}'s thread count.
 * The timed rounds hand each file's result to a sink that counts it, as the plugin's writers take
 * it ({@code -Dengine.keepReport=true}: keep the whole report, as before the fourteenth session);
 * the digests come from one more run, not timed.
 * With {@code -Dengine.noop=N} the engine runs N rules that read a cue and report nothing
 * ({@link NoopRule}) instead of the discovered ones, cross-file rules included: what reading, the
 * views and calling a rule per cue cost, before any rule does its work.
 */
public final class EngineRun {

    private EngineRun() {
    }

    /** The whole number given as the main method's argument {@code at}, {@code fallback} when there is none. */
    static int intArg(String[] args, int at, int fallback) {
        return args.length > at ? Integer.parseInt(args[at]) : fallback;
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        int threads = intArg(args, 1, 0);
        int warmups = intArg(args, 2, 3);
        int rounds = intArg(args, 3, 5);
        List<Path> paths = subtitles(root);
        List<SourceFile> files = paths.stream().map(p -> SourceFile.relativeTo(root, p)).toList();
        EngineConfig config = threads > 0 ? EngineConfig.defaults().withThreads(threads) : EngineConfig.defaults();
        String profile = args.length > 4 ? args[4] : "auto";
        config = config.withProfile(profile);
        if (args.length > 5 && !args[5].isEmpty()) { // rules switched off, to see what each costs by difference
            config = config.withRules(Arrays.stream(args[5].split(","))
                    .map(id -> new io.github.subtitleqc.core.engine.RuleOverride(id, false, null, null)).toList());
        }
        int noop = Integer.getInteger("engine.noop", -1);
        Engine engine = noop >= 0 ? new Engine(config, NoopRule.rules(noop))
                : Engine.withDiscoveredRules(config, EngineRun.class.getClassLoader());
        System.out.printf("%d files, threads %d, profile %s%n", files.size(), config.threads(), profile);
        long[] engineNanos = new long[rounds];
        long[] floorNanos = new long[rounds];
        long[] engineCpu = new long[rounds];
        long[] processCpu = new long[rounds];
        long[] floorCpu = new long[rounds];
        long[] engineAllocated = new long[rounds];
        // the floor again after the engine: each round's engine against the floors on either side of it
        long[] floorAfterCpu = new long[rounds];
        long[] floorAfterNanos = new long[rounds];
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        // what the engine's thread allocates: unlike its time, it changes little from run to run
        com.sun.management.ThreadMXBean allocated = (com.sun.management.ThreadMXBean) mx;
        long findings = 0;
        String digest = "";
        String fileDigest = "";
        long terms = 0;
        long lines = 0;
        Report report = null;
        for (int r = -warmups; r < rounds; r++) {
            // each measured from a clean heap: the last round's report (up to millions of findings)
            // would otherwise be collected during the floor, which is short enough to double
            report = null;
            System.gc();
            long f0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            lines = floor(paths);
            long t1 = System.nanoTime();
            long c1 = mx.getCurrentThreadCpuTime();
            long floorCpuNanos = c1 - f0;
            System.gc();
            long c1b = mx.getCurrentThreadCpuTime();
            long t1b = System.nanoTime();
            long p1 = os.getProcessCpuTime();
            long a1 = allocated.getCurrentThreadAllocatedBytes();
            if (KEEP_REPORT) {
                report = engine.check(files, ProgressListener.NONE);
                findings = report.files().stream().mapToLong(f -> f.findings().size()).sum();
            } else {
                findings = stream(engine, files);
            }
            long a2 = allocated.getCurrentThreadAllocatedBytes();
            long t2 = System.nanoTime();
            long c2 = mx.getCurrentThreadCpuTime();
            long p2 = os.getProcessCpuTime();
            System.gc();
            long f3 = mx.getCurrentThreadCpuTime();
            long t3 = System.nanoTime();
            floor(paths);
            long t4 = System.nanoTime();
            long floorAfterCpuNanos = mx.getCurrentThreadCpuTime() - f3;
            if (r >= 0) {
                floorAfterCpu[r] = floorAfterCpuNanos;
                floorAfterNanos[r] = t4 - t3;
                floorNanos[r] = t1 - t0;
                engineNanos[r] = t2 - t1b;
                engineCpu[r] = c2 - c1b;
                processCpu[r] = p2 - p1;
                floorCpu[r] = floorCpuNanos;
                engineAllocated[r] = a2 - a1;
            }
        }
        // the digests from one more run, not timed, that keeps the whole report
        report = engine.check(files, ProgressListener.NONE);
        if (report.files().stream().mapToLong(f -> f.findings().size()).sum() != findings) {
            throw new IllegalStateException("the timed rounds and the report count different findings");
        }
        terms = report.files().stream().flatMap(f -> f.findings().stream())
                .filter(f -> f.ruleId().startsWith("term-")).count();
        digest = digest(report);
        fileDigest = fileDigest(report);
        long engineMs = median(engineNanos) / 1_000_000;
        long floorMs = median(floorNanos) / 1_000_000;
        System.out.printf("findings %d (term rules %d, digest %s), lines %d%n", findings, terms, digest, lines);
        System.out.printf("files digest %s (language, profile, reason, confidence, encoding, cues of each file)%n",
                fileDigest);
        System.out.printf("engine %d ms, floor %d ms, ratio %.1f (median of %d rounds after %d warm-up)%n",
                engineMs, floorMs, (double) median(engineNanos) / median(floorNanos), rounds, warmups);
        System.out.printf("fastest: engine %d ms, floor %d ms; engine on this thread: %d ms CPU (all of it with 1 thread);"
                        + " whole process during the engine: %d ms CPU (compiler and GC threads included)%n",
                min(engineNanos) / 1_000_000, min(floorNanos) / 1_000_000, median(engineCpu) / 1_000_000,
                median(processCpu) / 1_000_000);
        printPaired("wall time", engineNanos, floorNanos, floorAfterNanos);
        if (config.threads() == 1) { // with more threads the rules run on other threads than this one
            System.out.printf("CPU time (steadier than wall time on a shared machine): floor %d ms, engine %d ms on its"
                            + " thread, ratio %.1f%n", median(floorCpu) / 1_000_000, median(engineCpu) / 1_000_000,
                    (double) median(engineCpu) / median(floorCpu));
            printPaired("CPU", engineCpu, floorCpu, floorAfterCpu);
            System.out.printf("allocated by the engine on its thread: %d MB a round (within 1 %% from run to run, unlike its time)%n",
                    median(engineAllocated) / 1_000_000);
        }
    }

    /** The SubRip and WebVTT files under {@code root}, in the order of their paths. */
    static List<Path> subtitles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".srt") || p.toString().endsWith(".vtt"))
                    .sorted().toList();
        }
    }

    /**
     * Each round's engine against the floors run just before and just after it, in the same
     * measure: the machine's speed drifts over a run (the floor alone took 450 to 760 ms of CPU
     * from one round to another, fifteenth session), and a ratio of two medians pairs an engine
     * and a floor measured at different moments.
     */
    private static void printPaired(String measure, long[] engine, long[] before, long[] after) {
        double[] paired = new double[engine.length];
        for (int r = 0; r < engine.length; r++) {
            paired[r] = 2.0 * engine[r] / (before[r] + after[r]);
        }
        Arrays.sort(paired);
        System.out.printf("paired by round, %s (the engine over the mean of the floors just before and after it):"
                + " ratio %.1f, from %.1f to %.1f%n", measure, paired[paired.length / 2], paired[0], paired[paired.length - 1]);
    }

    /**
     * Whether the timed rounds keep the whole report ({@link Engine#check}), as this benchmark did
     * until the fourteenth session; by default they hand each file's result to a sink that counts
     * its findings and keeps nothing ({@link Engine#run}), as the plugin's report writers do.
     * Kept, the 478,743 findings of the large corpus outlive young collections and are copied by
     * them, and the engine's thread took a quarter more CPU (fourteenth session, docs/benchmarks-log.md).
     */
    private static final boolean KEEP_REPORT = Boolean.getBoolean("engine.keepReport");

    /** One run of the engine whose results are counted and dropped as they come: its number of findings. */
    static long stream(Engine engine, List<SourceFile> files) throws IOException {
        long[] count = {0};
        engine.run(files, ProgressListener.NONE, new io.github.subtitleqc.core.engine.ResultSink() {
            @Override
            public void file(FileResult result) {
                count[0] += result.findings().size();
            }

            @Override
            public void crossFile(List<io.github.subtitleqc.core.model.Finding> findings) {
                count[0] += findings.size();
            }
        });
        return count[0];
    }

    /** Reads each file, decodes it as UTF-8 and counts its lines: the floor every benchmark here is measured against. */
    static long floor(List<Path> paths) throws IOException {
        long lines = 0;
        for (Path p : paths) {
            CharSequence text = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(Files.readAllBytes(p)));
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    lines++;
                }
            }
        }
        return lines;
    }

    /** A SHA-256 of every finding, in report order: two runs that find the same things print the same. */
    private static String digest(Report report) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (FileResult f : report.files()) {
                f.findings().forEach(x -> sha.update((x + "\n").getBytes(StandardCharsets.UTF_8)));
            }
            return java.util.HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A SHA-256 of what each file's result says besides its findings (language, profile and why,
     * the detector's confidence, encoding, cue count, kind): a change to language detection shows here.
     */
    private static String fileDigest(Report report) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (FileResult f : report.files()) {
                String line = String.join("\t", f.path(), f.format(), String.valueOf(f.language()), f.profile(),
                        f.profileReason(), String.valueOf(f.encoding()), String.valueOf(f.cues()), f.setup().toString());
                sha.update((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return java.util.HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long min(long[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

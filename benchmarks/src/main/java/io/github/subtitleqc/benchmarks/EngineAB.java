package io.github.subtitleqc.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two builds of the engine in one process, taking turns: each benchmarks jar (say, a commit
 * before a change and after it) is loaded by a class loader of its own, warmed up once, then
 * {@link EngineRun} of each runs one round at a time, A then B then B then A, and so on. On a
 * machine whose speed moves by 2× from one minute to the next, rounds seconds apart see about the
 * same machine; the paired ratio B/A of each pair of rounds is steadier than whole runs compared
 * one after the other. Prints each round and the median and best of each build, and the median
 * of the paired ratios.
 *
 * <pre>
 * java -Xmx3g -cp benchmarks/target/benchmarks.jar io.github.subtitleqc.benchmarks.EngineAB A.jar B.jar ROUNDS DIR THREADS PROFILE [rule,rule…]
 * </pre>
 * The rules listed last are switched off in both builds (as {@link EngineRun} takes them): a
 * change to reading or measuring shows more clearly with no rule to dilute it.
 * With 1 thread it compares the CPU time of the engine's thread (and of the floor); with more,
 * wall time. Any jar built by this module works, also of commits older than this class.
 *
 * <p>With {@code -Dab.chunk=N}, each round goes through the corpus N files at a time (a directory
 * of links for each chunk, made here): A on a chunk, then B, then B and A on the next, and so on;
 * a round's time for a build is the sum over its chunks. Turns a fraction of a second apart see
 * the same machine far more often than whole rounds seconds apart, so the paired ratio is steadier
 * still; each chunk is checked as a corpus of its own (the cross-file rules finish per chunk).
 */
public final class EngineAB {

    private static final Pattern CPU = Pattern.compile("CPU time.*floor (\\d+) ms, engine (\\d+) ms");
    private static final Pattern WALL = Pattern.compile("^engine (\\d+) ms, floor (\\d+) ms", Pattern.MULTILINE);

    private EngineAB() {
    }

    public static void main(String[] args) throws Exception {
        Path[] jars = {Path.of(args[0]), Path.of(args[1])};
        int rounds = Integer.parseInt(args[2]);
        String dir = args[3];
        String threads = args[4];
        String profile = args[5];
        String off = args.length > 6 ? args[6] : ""; // rules switched off in both builds (see EngineRun)
        boolean cpu = threads.equals("1");
        List<String> dirs = chunks(Path.of(dir), Integer.getInteger("ab.chunk", 0));
        Method[] mains = new Method[2];
        for (int j = 0; j < 2; j++) {
            // the platform loader as parent: each jar brings its own engine, rules and libraries
            URLClassLoader loader = new URLClassLoader(new URL[] {jars[j].toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            mains[j] = loader.loadClass(EngineRun.class.getName()).getMethod("main", String[].class);
            for (String d : dirs) {
                run(mains[j], args(d, threads, "1", profile, off), cpu); // warm-up
            }
        }
        long[][] engine = new long[2][rounds];
        long[][] floor = new long[2][rounds];
        double[] ratios = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            for (int c = 0; c < dirs.size(); c++) {
                int first = (r + c) % 2; // A B, then B A: neither build always runs on the later machine
                for (int k = 0; k < 2; k++) {
                    int j = (first + k) % 2;
                    long[] m = run(mains[j], args(dirs.get(c), threads, "0", profile, off), cpu);
                    floor[j][r] += m[0];
                    engine[j][r] += m[1];
                }
            }
            ratios[r] = (double) engine[1][r] / engine[0][r];
            System.out.printf("round %d: A engine %d ms (floor %d), B engine %d ms (floor %d), B/A %.3f%n",
                    r + 1, engine[0][r], floor[0][r], engine[1][r], floor[1][r], ratios[r]);
        }
        String what = cpu ? "CPU of the engine's thread" : "wall time";
        for (int j = 0; j < 2; j++) {
            System.out.printf("%s (%s): engine median %d ms, best %d ms; floor median %d ms; engine/floor %.1f%n",
                    j == 0 ? "A" : "B", what, median(engine[j]), Arrays.stream(engine[j]).min().orElse(0),
                    median(floor[j]), (double) median(engine[j]) / median(floor[j]));
        }
        double[] sorted = ratios.clone();
        Arrays.sort(sorted);
        System.out.printf("B/A, median of %d paired rounds: %.3f (from %.3f to %.3f)%n", rounds,
                sorted[(rounds - 1) / 2], sorted[0], sorted[rounds - 1]);
    }

    /**
     * {@code dir} itself when {@code size} is 0; else directories of links to its subtitles,
     * {@code size} a directory in their sorted order, in a temporary directory removed on exit.
     */
    private static List<String> chunks(Path dir, int size) throws java.io.IOException {
        if (size <= 0) {
            return List.of(dir.toString());
        }
        List<Path> files;
        try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(dir)) {
            files = walk.filter(java.nio.file.Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".srt") || p.toString().endsWith(".vtt")).sorted().toList();
        }
        Path root = java.nio.file.Files.createTempDirectory("engine-ab");
        List<String> dirs = new java.util.ArrayList<>();
        List<Path> made = new java.util.ArrayList<>();
        for (int i = 0; i < files.size(); i += size) {
            Path chunk = java.nio.file.Files.createDirectory(root.resolve(String.format("%05d", i / size)));
            for (Path f : files.subList(i, Math.min(files.size(), i + size))) {
                made.add(java.nio.file.Files.createSymbolicLink(chunk.resolve(dir.relativize(f).toString().replace('/', '_')),
                        f.toAbsolutePath()));
            }
            made.add(chunk);
            dirs.add(chunk.toString());
        }
        made.add(root);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Path p : made) {
                try {
                    java.nio.file.Files.deleteIfExists(p);
                } catch (java.io.IOException e) {
                    // a temporary directory left behind
                }
            }
        }));
        return dirs;
    }

    /** EngineRun's arguments for one round after {@code warmups}; the rules to switch off only when there are some. */
    private static String[] args(String dir, String threads, String warmups, String profile, String off) {
        return off.isEmpty() ? new String[] {dir, threads, warmups, "1", profile}
                : new String[] {dir, threads, warmups, "1", profile, off};
    }

    /** One call of a build's {@link EngineRun}: its floor and engine, in ms (CPU or wall), read from what it prints. */
    private static long[] run(Method main, String[] args, boolean cpu) throws Exception {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            main.invoke(null, (Object) args);
        } finally {
            System.setOut(out);
        }
        String printed = captured.toString(StandardCharsets.UTF_8);
        Matcher m = cpu ? CPU.matcher(printed) : WALL.matcher(printed);
        if (!m.find()) {
            throw new IllegalStateException("EngineRun printed no timing:\n" + printed);
        }
        long a = Long.parseLong(m.group(1));
        long b = Long.parseLong(m.group(2));
        return cpu ? new long[] {a, b} : new long[] {b, a};
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(sorted.length - 1) / 2];
    }
}

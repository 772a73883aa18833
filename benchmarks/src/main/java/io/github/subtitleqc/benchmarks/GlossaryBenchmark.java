package io.github.subtitleqc.benchmarks;

import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.rules.GlossaryRule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The {@code glossary} rule on the seed (558 cues) with glossaries of 10 and 10,000 entries: the
 * whole engine path (decode, read, visible text, rule) with only that rule on, so the difference
 * between the two sizes is the glossary's cost. The seed's own four entries are always in, so
 * both sizes find the same 8 findings.
 *
 * <pre>
 * mvn -pl benchmarks -am package -DskipTests -Dinvoker.skip=true
 * java -jar benchmarks/target/benchmarks.jar GlossaryBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GlossaryBenchmark {

    /** The number of glossary entries. */
    @Param({"10", "10000"})
    public int entries;

    /** The seed file; relative to the repository root, where the benchmark is run from. */
    @Param("seeds/src/main/subtitles/big-tech-llm-anecdotes.zh-Hans.srt")
    public String seed;

    private Engine engine;
    private byte[] subtitles;
    private Path glossary;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        subtitles = Files.readAllBytes(Path.of(seed));
        glossary = Files.createTempFile("glossary-" + entries + "-", ".csv");
        Files.writeString(glossary, glossaryCsv(entries), StandardCharsets.UTF_8);
        engine = new Engine(EngineConfig.defaults().withThreads(1).withGlossaries(List.of(glossary)),
                List.of(new GlossaryRule()));
        int found = check().findings().size();
        if (found != 8) {
            throw new IllegalStateException("expected the seed's 8 glossary findings, found " + found);
        }
    }

    @Benchmark
    public FileResult checkSeed() {
        return check();
    }

    private FileResult check() {
        return engine.check("seed.zh-Hans.srt", subtitles);
    }

    /** The seed's entries, then made-up Latin and Han terms that never occur in it. */
    static String glossaryCsv(int size) {
        List<String> rows = new ArrayList<>(List.of(
                "preferred,forbidden,caseSensitive,language,note",
                "Bedrock,betawork|bedrock,true,,",
                "工质引擎,公质引擎,true,zh,",
                "Anthropic,Antropic,true,,",
                "Andy Jassy,Andy Jesse,false,,"));
        Random random = new Random(42);
        for (int i = rows.size() - 1; i < size; i++) {
            if (i % 2 == 0) {
                rows.add("Qz" + word(random, 6) + ",qz" + word(random, 6) + "|Qz-" + word(random, 5) + ",false,,");
            } else {
                rows.add(han(random) + "," + han(random) + ",true,zh,");
            }
        }
        return String.join("\n", rows) + "\n";
    }

    private static String word(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }

    /** Four characters from a rare block (CJK Extension A), so they never occur in the seed. */
    private static String han(Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            s.append((char) (0x3400 + random.nextInt(0x19B5)));
        }
        return s.toString();
    }
}

package io.github.subtitleqc.core.cache;

import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.engine.FileSet;
import io.github.subtitleqc.core.engine.RuleOverride;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.ProjectReporter;
import io.github.subtitleqc.core.rule.ProjectRule;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.rule.RuleContext;
import io.github.subtitleqc.core.rule.RuleDescriptor;
import io.github.subtitleqc.core.rule.SummaryCodec;
import io.github.subtitleqc.core.time.FrameRate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ConfigFingerprint}: every setting that changes results changes it — a test enumerates the
 * components of {@link EngineConfig}, {@link FileSet} and {@link RuleOverride} and fails for one it
 * does not cover — and {@code threads} does not.
 */
class ConfigFingerprintTest {

    @TempDir
    Path dir;

    private Path glossary;
    private EngineConfig base;

    @BeforeEach
    void setUp() throws IOException {
        glossary = dir.resolve("glossary.csv");
        Files.writeString(glossary, "preferred,forbidden\nAnthropic,Antropic\n");
        base = EngineConfig.defaults().withThreads(4).withGlossaries(List.of(glossary))
                .withRules(List.of(new RuleOverride("line-length", null, "error", Map.of("maxChars", "42"))))
                .withFileSets(List.of(new FileSet("kids", List.of("**/kids/**"), List.of("**/old/**"), "netflix-en", "en",
                        false, List.of(new RuleOverride("reading-speed", null, null, Map.of("maxCps", "13"))))));
    }

    private static ConfigFingerprint of(EngineConfig config) {
        return ConfigFingerprint.of(config, List.of(), List.of());
    }

    /** For each component of EngineConfig, the base configuration with that component alone changed. */
    private Map<String, UnaryOperator<EngineConfig>> engineConfigChanges() {
        Map<String, UnaryOperator<EngineConfig>> m = new LinkedHashMap<>();
        m.put("profile", c -> c.withProfile("netflix-en"));
        m.put("language", c -> c.withLanguage("en-GB"));
        m.put("frameRate", c -> c.withFrameRate(new FrameRate(25, 1)));
        m.put("encoding", c -> c.withEncoding(StandardCharsets.ISO_8859_1));
        m.put("detectEncoding", c -> c.withEncoding("auto"));
        m.put("rules", c -> c.withRules(List.of()));
        m.put("threads", c -> c.withThreads(1));
        m.put("glossaries", c -> c.withGlossaries(List.of()));
        m.put("cueDetails", c -> c.withCueDetails(true));
        m.put("fileSets", c -> c.withFileSets(List.of()));
        m.put("kinds", c -> c.withKinds(Set.of("subtitles", "captions", "descriptions")));
        // the cached results are those the baseline filtered: another baseline, another fingerprint
        m.put("baseline", c -> c.withBaseline(io.github.subtitleqc.core.baseline.Baseline.of(List.of(
                new io.github.subtitleqc.core.baseline.BaselineEntry("a.srt", "min-gap", "0123456789abcdef", 0, "")))));
        return m;
    }

    @Test
    void everyComponentOfEngineConfigButThreadsChangesTheFingerprint() {
        Map<String, UnaryOperator<EngineConfig>> changes = engineConfigChanges();
        for (RecordComponent component : EngineConfig.class.getRecordComponents()) {
            String name = component.getName();
            assertThat(changes).as("EngineConfig has a component '%s' this test does not change: cover it in"
                    + " ConfigFingerprint (if it changes results) and add it here", name).containsKey(name);
            EngineConfig changed = changes.get(name).apply(base);
            assertThat(differingComponents(EngineConfig.class, base, changed)).as("what the change of %s changes", name)
                    .containsExactly(name);
            if (name.equals("threads")) {
                assertThat(of(changed)).as("threads: reports are the same for any number").isEqualTo(of(base));
            } else {
                assertThat(of(changed)).as("fingerprint with %s changed", name).isNotEqualTo(of(base));
            }
        }
    }

    @Test
    void everyComponentOfAFileSetChangesTheFingerprint() {
        FileSet set = base.fileSets().get(0);
        Map<String, Function<FileSet, FileSet>> changes = new LinkedHashMap<>();
        changes.put("id", f -> f.withId("children"));
        changes.put("includes", f -> new FileSet(f.id(), List.of("**/kids2/**"), f.excludes(), f.profile(), f.language(),
                f.skip(), f.rules()));
        changes.put("excludes", f -> new FileSet(f.id(), f.includes(), List.of(), f.profile(), f.language(), f.skip(),
                f.rules()));
        changes.put("profile", f -> new FileSet(f.id(), f.includes(), f.excludes(), null, f.language(), f.skip(), f.rules()));
        changes.put("language", f -> new FileSet(f.id(), f.includes(), f.excludes(), f.profile(), "fr", f.skip(),
                f.rules()));
        changes.put("skip", f -> new FileSet(f.id(), f.includes(), f.excludes(), f.profile(), f.language(), true, f.rules()));
        changes.put("rules", f -> new FileSet(f.id(), f.includes(), f.excludes(), f.profile(), f.language(), f.skip(),
                List.of()));
        for (RecordComponent component : FileSet.class.getRecordComponents()) {
            String name = component.getName();
            assertThat(changes).as("FileSet has a component '%s' this test does not change", name).containsKey(name);
            FileSet changed = changes.get(name).apply(set);
            assertThat(differingComponents(FileSet.class, set, changed)).containsExactly(name);
            assertThat(of(base.withFileSets(List.of(changed)))).as("fingerprint with the file set's %s changed", name)
                    .isNotEqualTo(of(base));
        }
    }

    @Test
    void everyComponentOfARuleOverrideChangesTheFingerprint() {
        RuleOverride o = base.rules().get(0);
        Map<String, Function<RuleOverride, RuleOverride>> changes = new LinkedHashMap<>();
        changes.put("ruleId", r -> new RuleOverride("max-lines", r.enabled(), r.severity(), r.parameters()));
        changes.put("enabled", r -> new RuleOverride(r.ruleId(), false, r.severity(), r.parameters()));
        changes.put("severity", r -> new RuleOverride(r.ruleId(), r.enabled(), "info", r.parameters()));
        changes.put("parameters", r -> new RuleOverride(r.ruleId(), r.enabled(), r.severity(), Map.of("maxChars", "43")));
        for (RecordComponent component : RuleOverride.class.getRecordComponents()) {
            String name = component.getName();
            assertThat(changes).as("RuleOverride has a component '%s' this test does not change", name).containsKey(name);
            RuleOverride changed = changes.get(name).apply(o);
            assertThat(differingComponents(RuleOverride.class, o, changed)).containsExactly(name);
            assertThat(of(base.withRules(List.of(changed)))).as("fingerprint with the override's %s changed", name)
                    .isNotEqualTo(of(base));
        }
        assertThat(of(base.withRules(List.of(new RuleOverride("line-length", true, "error", Map.of("maxChars", "42"))))))
                .as("enabled: true is not the same setting as enabled not given").isNotEqualTo(of(base));
    }

    @Test
    void theGlossaryIsTakenByItsContentNotOnlyItsPath() throws IOException {
        ConfigFingerprint before = of(base);
        Files.writeString(glossary, "preferred,forbidden\nAnthropic,Antropic|Anthropik\n");

        assertThat(of(base)).isNotEqualTo(before);
    }

    @Test
    void theSameInputsGiveTheSameFingerprint() {
        EngineConfig same = EngineConfig.defaults().withThreads(1).withGlossaries(List.of(glossary))
                .withRules(List.of(new RuleOverride("line-length", null, "error", Map.of("maxChars", "42"))))
                .withFileSets(base.fileSets());
        assertThat(of(same.withThreads(4))).isEqualTo(of(base));
        assertThat(of(base).toString()).hasSize(64).matches("[0-9a-f]+");
        assertThat(of(base).bytes()).hasSize(32);
    }

    /** A rule jar rebuilt with other code is other code; rebuilt the same (other times, same bytes), the same. */
    @Test
    void aJarsCodeIsTakenByItsEntriesNamesAndContents(@TempDir Path dir) throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < 100; i++) { // more entries than the hash's first buffer holds
            entries.put("io/example/Rule" + i + ".class", "code of rule " + i);
        }
        String original = codeOf(jar(dir.resolve("a.jar"), entries, 0));
        assertThat(original).matches("[0-9a-f]{64}");
        assertThat(codeOf(jar(dir.resolve("b.jar"), entries, 1_000_000))).isEqualTo(original);

        Map<String, String> changed = new LinkedHashMap<>(entries);
        changed.put("io/example/Rule7.class", "code of rule X"); // same size, other bytes
        assertThat(codeOf(jar(dir.resolve("c.jar"), changed, 0))).isNotEqualTo(original);

        Map<String, String> renamed = new LinkedHashMap<>();
        entries.forEach((name, content) -> renamed.put(name.replace("Rule99", "Rule98x"), content));
        assertThat(codeOf(jar(dir.resolve("d.jar"), renamed, 0))).isNotEqualTo(original);

        Map<String, String> more = new LinkedHashMap<>(entries);
        more.put("io/example/Extra.class", "");
        assertThat(codeOf(jar(dir.resolve("e.jar"), more, 0))).isNotEqualTo(original);

        Map<String, String> fewer = new LinkedHashMap<>(entries);
        fewer.remove("io/example/Rule0.class");
        assertThat(codeOf(jar(dir.resolve("f.jar"), fewer, 0))).isNotEqualTo(original);
    }

    private static String codeOf(Path jar) throws Exception {
        return ConfigFingerprint.codeHash(jar.toUri().toURL());
    }

    private static Path jar(Path file, Map<String, String> entries, long timeShift) throws IOException {
        try (java.util.jar.JarOutputStream out = new java.util.jar.JarOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                java.util.jar.JarEntry entry = new java.util.jar.JarEntry(e.getKey());
                entry.setTime(1_700_000_000_000L + timeShift);
                out.putNextEntry(entry);
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return file;
    }

    @Test
    void theAvailableRulesAreInIt() {
        ConfigFingerprint none = of(base);
        ConfigFingerprint one = ConfigFingerprint.of(base, List.of(new Quiet()), List.of());
        ConfigFingerprint otherClassSameId = ConfigFingerprint.of(base, List.of(new QuietToo()), List.of());
        ConfigFingerprint project = ConfigFingerprint.of(base, List.of(new Quiet()), List.of(new Counting(1)));
        ConfigFingerprint projectCodecV2 = ConfigFingerprint.of(base, List.of(new Quiet()), List.of(new Counting(2)));
        ConfigFingerprint projectNoCodec = ConfigFingerprint.of(base, List.of(new Quiet()), List.of(new Counting(0)));

        List<ConfigFingerprint> all = List.of(none, one, otherClassSameId, project, projectCodecV2, projectNoCodec);
        assertThat(all).doesNotHaveDuplicates();
        assertThat(ConfigFingerprint.of(base, List.of(new Quiet()), List.of(new Counting(1)))).isEqualTo(project);
    }

    /** The names of the components whose values differ between {@code a} and {@code b}. */
    private static <R extends Record> List<String> differingComponents(Class<R> type, R a, R b) {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            try {
                if (!Objects.equals(c.getAccessor().invoke(a), c.getAccessor().invoke(b))) {
                    out.add(c.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
        return out;
    }

    static final class Quiet implements Rule {
        @Override
        public RuleDescriptor descriptor() {
            return RuleDescriptor.of("quiet", Severity.INFO, "reports nothing");
        }

        @Override
        public void check(CueView cue, RuleContext context) {
        }
    }

    static final class QuietToo implements Rule {
        @Override
        public RuleDescriptor descriptor() {
            return RuleDescriptor.of("quiet", Severity.INFO, "reports nothing either");
        }

        @Override
        public void check(CueView cue, RuleContext context) {
        }
    }

    /** Counts cues; its codec's version is given (0: no codec). */
    static final class Counting implements ProjectRule<int[]> {
        private final int codecVersion;

        Counting(int codecVersion) {
            this.codecVersion = codecVersion;
        }

        @Override
        public RuleDescriptor descriptor() {
            return RuleDescriptor.of("counting", Severity.INFO, "counts cues");
        }

        @Override
        public int[] newSummary(RuleContext context) {
            return new int[1];
        }

        @Override
        public void collect(int[] summary, CueView cue, RuleContext context) {
            summary[0]++;
        }

        @Override
        public void finish(List<int[]> summaries, ProjectReporter reporter) {
        }

        @Override
        public SummaryCodec<int[]> summaryCodec() {
            if (codecVersion == 0) {
                return null;
            }
            return new SummaryCodec<>() {
                @Override
                public void write(int[] summary, DataOutput out) throws IOException {
                    out.writeInt(summary[0]);
                }

                @Override
                public int[] read(DataInput in) throws IOException {
                    return new int[] {in.readInt()};
                }

                @Override
                public int version() {
                    return codecVersion;
                }
            };
        }
    }
}

package io.github.subtitleqc.core.cache;

import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.engine.FileSet;
import io.github.subtitleqc.core.engine.RuleOverride;
import io.github.subtitleqc.core.report.ReportRun;
import io.github.subtitleqc.core.rule.ProjectRule;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.rule.SummaryCodec;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A hash of everything besides a file's content that changes its results, so that the result
 * cache ({@link ResultCache}) reuses an entry only under the same configuration: every setting of
 * {@link EngineConfig} except {@code threads} (reports are the same for any number of threads),
 * the contents of the glossary files (not only their paths), subtitle-qc's version, the Java
 * version (its Unicode tables classify characters), and the rules that can run: their ids, classes,
 * summary codecs, and the code they come from (each jar's entries and their CRCs, or a class
 * folder's files), so that a rebuilt rule jar of the same version does not reuse results of the
 * old code.
 *
 * <p>Stable: the same inputs give the same fingerprint in any process. Reading a glossary or a jar
 * that fails makes its part of the fingerprint say so, never an exception: the engine reports an
 * unreadable glossary itself.
 */
public final class ConfigFingerprint {

    private final byte[] bytes;

    private ConfigFingerprint(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * The fingerprint of a run.
     *
     * @param config       the run's configuration
     * @param rules        the per-cue rules that can run (as given to the engine)
     * @param projectRules the project rules that can run (as given to the engine)
     */
    public static ConfigFingerprint of(EngineConfig config, List<Rule> rules, List<ProjectRule<?>> projectRules) {
        MessageDigest digest = ContentHash.digest();
        try (DataOutputStream out = new DataOutputStream(new DigestOutputStream(OutputStream.nullOutputStream(), digest))) {
            Writer w = new Writer(out);
            w.field("subtitle-qc", ReportRun.version());
            w.field("java", Integer.toString(Runtime.version().feature()));
            w.field("code", w.codeOf(ConfigFingerprint.class));
            config(w, config);
            w.count("rules", rules.size());
            for (Rule r : rules) {
                w.field("rule", r.descriptor().id());
                w.field("class", r.getClass().getName());
                w.field("code", w.codeOf(r.getClass()));
            }
            w.count("projectRules", projectRules.size());
            for (ProjectRule<?> r : projectRules) {
                w.field("rule", r.descriptor().id());
                w.field("class", r.getClass().getName());
                w.field("code", w.codeOf(r.getClass()));
                SummaryCodec<?> codec = r.summaryCodec();
                w.field("codec", codec == null ? null : codec.getClass().getName());
                w.count("codecVersion", codec == null ? 0 : codec.version());
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to a digest failed", e);
        }
        return new ConfigFingerprint(digest.digest());
    }

    /** Every component of {@link EngineConfig} but {@code threads}; a test fails when one is added and not here. */
    private static void config(Writer w, EngineConfig c) throws IOException {
        w.field("profile", c.profile());
        w.field("language", c.language());
        w.number("frameRate", c.frameRate().numerator());
        w.number("per", c.frameRate().denominator());
        w.field("encoding", c.encoding().name());
        w.field("detectEncoding", Boolean.toString(c.detectEncoding()));
        w.overrides(c.rules());
        w.count("glossaries", c.glossaries().size());
        for (Path glossary : c.glossaries()) {
            w.field("glossary", glossary.toString());
            w.field("content", contentOf(glossary));
        }
        w.field("cueDetails", Boolean.toString(c.cueDetails()));
        w.count("fileSets", c.fileSets().size());
        for (FileSet f : c.fileSets()) {
            w.field("id", f.id());
            w.strings("includes", f.includes());
            w.strings("excludes", f.excludes());
            w.field("profile", f.profile());
            w.field("language", f.language());
            w.field("skip", Boolean.toString(f.skip()));
            w.overrides(f.rules());
        }
        List<String> kinds = new ArrayList<>(c.kinds());
        kinds.sort(null);
        w.strings("kinds", kinds);
        // the results kept are filtered by the baseline: another baseline, other results
        w.field("baseline", c.baseline().records() ? "recorder" : c.baseline().hash());
    }

    private static String contentOf(Path file) {
        try {
            return ContentHash.of(Files.readAllBytes(file)).toString();
        } catch (IOException | RuntimeException e) {
            return "unreadable: " + e;
        }
    }

    /** The fingerprint's bytes (a copy): a SHA-256. */
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfigFingerprint other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** The fingerprint in lower-case hexadecimal. */
    @Override
    public String toString() {
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * The hash of the jar or class folder {@code type} was loaded from, as {@link #of} takes it, when
     * that is not subtitle-qc-core's own (which every fingerprint covers); {@code null} for a class
     * of core, or one whose code cannot be found.
     */
    public static String codeOutsideCore(Class<?> type) {
        URL location = locationOf(type);
        URL core = locationOf(ConfigFingerprint.class);
        // compared as text: URL.equals may look host names up
        return location == null || core != null && location.toString().equals(core.toString()) ? null
                : codeHash(location);
    }

    private static URL locationOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null ? null : source.getLocation();
    }

    /** The hash {@link #of} takes of the jar or class folder at {@code location}. */
    static String codeHash(URL location) {
        return Writer.hashOfCode(location);
    }

    /** Writes named, length-prefixed fields, so that no two different inputs write the same bytes. */
    private static final class Writer {
        private final DataOutputStream out;
        /** The code hash of each jar or class folder already seen. */
        private final Map<String, String> codes = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void field(String name, String value) throws IOException {
            Binary.writeString(out, name);
            Binary.writeString(out, value);
        }

        void number(String name, long n) throws IOException {
            Binary.writeString(out, name);
            Binary.writeSignedVarLong(out, n);
        }

        void count(String name, int n) throws IOException {
            Binary.writeString(out, name);
            Binary.writeVarInt(out, n);
        }

        void strings(String name, List<String> values) throws IOException {
            count(name, values.size());
            for (String v : values) {
                Binary.writeString(out, v);
            }
        }

        void overrides(List<RuleOverride> overrides) throws IOException {
            count("overrides", overrides.size());
            for (RuleOverride o : overrides) {
                field("ruleId", o.ruleId());
                field("enabled", o.enabled() == null ? null : o.enabled().toString());
                field("severity", o.severity());
                Map<String, String> sorted = new TreeMap<>(o.parameters());
                count("parameters", sorted.size());
                for (Map.Entry<String, String> p : sorted.entrySet()) {
                    field(p.getKey(), p.getValue());
                }
            }
        }

        /** A hash of the jar or class folder {@code type} was loaded from; {@code null} when unknown. */
        String codeOf(Class<?> type) {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            URL location = source == null ? null : source.getLocation();
            if (location == null) {
                return null;
            }
            String key = location.toString();
            String code = codes.get(key);
            if (code == null) {
                code = hashOfCode(location);
                codes.put(key, code);
            }
            return code;
        }

        private static String hashOfCode(URL location) {
            try {
                Path path = Path.of(location.toURI());
                MessageDigest digest = ContentHash.digest();
                if (Files.isDirectory(path)) {
                    List<Path> files = new ArrayList<>();
                    try (Stream<Path> all = Files.walk(path)) {
                        all.filter(Files::isRegularFile).forEach(files::add);
                    }
                    files.sort(null);
                    for (Path f : files) {
                        digest.update(path.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                        digest.update((byte) 0);
                        try (InputStream in = Files.newInputStream(f)) {
                            digest.update(ContentHash.of(in.readAllBytes()).raw());
                        }
                    }
                } else {
                    byte[] directory = JarDirectory.entries(path);
                    if (directory != null) {
                        digest.update(directory);
                    } else {
                        digestEntries(path, digest);
                    }
                }
                return HexFormat.of().formatHex(digest.digest());
            } catch (IOException | URISyntaxException | RuntimeException e) {
                return location + " (unreadable: " + e + ")";
            }
        }

        /**
         * The entries of a jar whose central directory {@link JarDirectory} does not read (ZIP64, a
         * damaged file): each one's name hash, CRC and size, 16 bytes, digested at once.
         */
        private static void digestEntries(Path path, MessageDigest digest) throws IOException {
            try (JarFile jar = new JarFile(path.toFile())) {
                byte[] entries = new byte[16 * Math.max(16, jar.size())];
                int at = 0;
                for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                    JarEntry entry = e.nextElement();
                    if (at == entries.length) {
                        entries = Arrays.copyOf(entries, entries.length * 2);
                    }
                    long nameAndCrc = (long) entry.getName().hashCode() << 32 | (entry.getCrc() & 0xFFFFFFFFL);
                    putLong(entries, at, nameAndCrc);
                    putLong(entries, at + 8, entry.getSize());
                    at += 16;
                }
                digest.update(entries, 0, at);
            }
        }

        private static void putLong(byte[] b, int at, long v) {
            for (int i = 7; i >= 0; i--) {
                b[at + i] = (byte) v;
                v >>>= 8;
            }
        }
    }
}

package io.github.subtitleqc.spark;

import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.engine.RuleOverride;
import io.github.subtitleqc.core.model.Format;
import io.github.subtitleqc.core.run.RuleOptions;
import io.github.subtitleqc.core.time.FrameRate;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What the catalogue job checks and how: the options of the command line (and the plugin's
 * parameters) that make sense on a cluster, from arguments or from a small properties file
 * ({@code --config job.properties}) with the same names as keys, repeatable ones comma-separated.
 * Arguments given after {@code --config} add to it or override it.
 *
 * <p>Travels to the executors as it is: glossaries are read on the driver and shipped as bytes,
 * since a glossary on the driver's disk (or in object storage) is not on an executor's disk.
 */
public final class JobSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The extensions the plugin checks by default: the formats the readers know. */
    static final List<String> EXTENSIONS = java.util.Arrays.stream(Format.values())
            .flatMap(f -> f.extensions().stream()).toList();

    final List<String> inputs = new ArrayList<>();
    String output;
    String profile;
    String language;
    String frameRate;
    String encoding;
    /** Glossary paths (any Hadoop path), as given. */
    final List<String> glossaries = new ArrayList<>();
    /** Glossary {@code <n>/<file name>} → content, filled on the driver by {@link #loadGlossaries}. */
    final LinkedHashMap<String, byte[]> glossaryContent = new LinkedHashMap<>();
    /** {@code id:key=value}. */
    final List<String> rules = new ArrayList<>();
    final List<String> disabled = new ArrayList<>();
    /** {@code id=level}. */
    final List<String> severities = new ArrayList<>();
    /** Partitions of the file listing; 0 leaves it to Spark's file splitting. */
    int partitions;

    /**
     * Parses the job's arguments: {@code [--config FILE] [options] INPUT... --output DIR}.
     *
     * @throws IllegalArgumentException for an unknown option or a missing value
     */
    public static JobSettings parse(String... args) {
        JobSettings s = new JobSettings();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                s.inputs.add(a);
                continue;
            }
            String name = a.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option --" + name + " needs a value");
                }
                value = args[++i];
            }
            if (name.equals("config")) {
                s.readConfig(Path.of(value));
            } else {
                s.set(name, value, false);
            }
        }
        if (s.inputs.isEmpty()) {
            throw new IllegalArgumentException("name the subtitle files or directories to check (any Hadoop path)");
        }
        if (s.output == null) {
            throw new IllegalArgumentException("name the directory to write the tables to: --output DIR");
        }
        return s;
    }

    private void readConfig(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the job configuration " + file + ": " + e.getMessage(), e);
        }
        for (String name : p.stringPropertyNames().stream().sorted().toList()) {
            set(name, p.getProperty(name), true);
        }
    }

    private void set(String name, String value, boolean commaSeparated) {
        List<String> values = commaSeparated ? split(value) : List.of(value);
        switch (name) {
            case "input" -> inputs.addAll(values);
            case "output" -> output = value;
            case "profile" -> profile = value;
            case "language" -> language = value;
            case "frame-rate" -> frameRate = value;
            case "encoding" -> encoding = value;
            case "glossary" -> glossaries.addAll(values);
            case "rule" -> rules.addAll(values);
            case "disable" -> disabled.addAll(values);
            case "severity" -> severities.addAll(values);
            case "partitions" -> partitions = Integer.parseInt(value.trim());
            default -> throw new IllegalArgumentException("unknown option --" + name + " (known: --config, --output,"
                    + " --profile, --language, --frame-rate, --encoding, --glossary, --rule, --disable, --severity,"
                    + " --partitions)");
        }
    }

    private static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        for (String v : value.split(",")) {
            if (!v.isBlank()) {
                out.add(v.trim());
            }
        }
        return out;
    }

    /** Reads the glossaries (on the driver) so that they travel with the settings. */
    void loadGlossaries(java.util.function.Function<String, byte[]> read) {
        glossaryContent.clear();
        int n = 0;
        for (String g : glossaries) {
            String fileName = g.substring(g.lastIndexOf('/') + 1);
            // one directory each: findings name a glossary by its file name, and two may share one
            glossaryContent.put((n++) + "/" + fileName, read.apply(g));
        }
    }

    /** The user's rule configuration: one override per rule, in the order rules were first named. */
    List<RuleOverride> overrides() {
        return RuleOptions.overrides(rules, disabled, severities);
    }

    /**
     * The engine's configuration, here (an executor, or the driver to check it early): the
     * glossaries shipped with the settings are written to {@code glossaryDirectory} first. One
     * thread: an executor's cores are Spark's to share out, one task each.
     */
    EngineConfig engineConfig(Path glossaryDirectory) {
        List<Path> glossaryFiles = new ArrayList<>();
        try {
            for (Map.Entry<String, byte[]> g : glossaryContent.entrySet()) {
                Path file = glossaryDirectory.resolve(g.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, g.getValue());
                glossaryFiles.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a glossary to " + glossaryDirectory + ": " + e.getMessage(), e);
        }
        EngineConfig config = EngineConfig.defaults().withThreads(1).withRules(overrides()).withGlossaries(glossaryFiles);
        if (profile != null) {
            config = config.withProfile(profile);
        }
        if (language != null) {
            config = config.withLanguage(language);
        }
        if (frameRate != null) {
            config = config.withFrameRate(FrameRate.parse(frameRate));
        }
        if (encoding != null) {
            config = config.withEncoding(encoding);
        }
        return config;
    }
}

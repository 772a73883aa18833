package io.github.subtitleqc.core.run;

import io.github.subtitleqc.core.baseline.Baseline;
import io.github.subtitleqc.core.engine.ConfigurationException;
import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.engine.FileSet;
import io.github.subtitleqc.core.engine.RuleOverride;
import io.github.subtitleqc.core.engine.SourceFile;
import io.github.subtitleqc.core.engine.TrackKinds;
import io.github.subtitleqc.core.report.ReportFormat;
import io.github.subtitleqc.core.time.FrameRate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What every front door (the Maven plugin's goals, the command line) turns its parameters into:
 * the settings of one check, validated and made into an {@link Engine} the same way for all, so
 * that the same settings give the same findings and the same configuration errors (with their
 * "did you mean" suggestions) whichever door is used. Messages name the settings by the plugin's
 * parameter names ({@code frameRate}, {@code threads}); a front door with other names renames them.
 *
 * @param profile    a built-in profile or {@code auto}
 * @param language   the language of every file, or null
 * @param frameRate  the frame rate frames are measured at, or null for the default
 * @param glossaries glossary files
 * @param rules      per-rule configuration
 * @param encoding   the encoding of files without a byte order mark, or null
 * @param fileSets   per-path settings
 * @param kinds      the kinds of track checked as subtitles, comma-separated, or null for
 *                   {@code subtitles,captions}
 */
public record CheckOptions(String profile, String language, String frameRate, List<Path> glossaries,
                           List<RuleOverride> rules, String encoding, List<FileSet> fileSets, String kinds) {

    public CheckOptions {
        glossaries = glossaries == null ? List.of() : List.copyOf(glossaries);
        rules = rules == null ? List.of() : List.copyOf(rules);
        fileSets = fileSets == null ? List.of() : List.copyOf(fileSets);
    }

    /**
     * The engine these settings describe, with the rules on {@code loader}'s classpath.
     *
     * @param threads  how many files to check at once; 0 for one per available processor
     * @param baseline the findings to leave out, or a recorder
     * @throws ConfigurationException naming the setting, the value and what is allowed
     */
    public Engine engine(ClassLoader loader, boolean cueDetails, int threads, Baseline baseline) {
        if (threads < 0) {
            throw new ConfigurationException("threads is " + threads
                    + ": use 1 or more, or 0 for one thread per processor");
        }
        FrameRate rate;
        try {
            rate = FrameRate.parse(frameRate);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("frameRate: " + e.getMessage());
        }
        EngineConfig config = EngineConfig.defaults().withProfile(profile).withLanguage(language)
                .withFrameRate(rate).withEncoding(encoding).withRules(rules).withGlossaries(glossaries)
                .withCueDetails(cueDetails).withFileSets(fileSets).withKinds(TrackKinds.parse(kinds))
                .withBaseline(baseline);
        if (threads > 0) {
            config = config.withThreads(threads);
        }
        return Engine.withDiscoveredRules(config, loader);
    }

    /**
     * The baseline in {@code file}, read before any subtitle is: {@link Baseline#NONE} when
     * {@code file} is null or does not exist.
     *
     * @param setting how the user names the setting, for the message when {@code file} is a directory
     * @throws ConfigurationException naming the file when it cannot be read or is not a baseline
     */
    public static Baseline baseline(Path base, Path file, String setting) {
        if (file == null || !Files.exists(file)) {
            return Baseline.NONE;
        }
        String display = display(base, file);
        if (Files.isDirectory(file)) {
            throw new ConfigurationException("the baseline file " + display + " is a directory: name a file in "
                    + setting + ", or remove the directory");
        }
        return Baseline.read(file, display);
    }

    /**
     * The files the engine checks: those no file set skips. How many each skipping file set
     * leaves out goes to {@code info}, so that a file left out is never silent.
     */
    public static List<SourceFile> notSkipped(Engine engine, List<SourceFile> files, Consumer<String> info) {
        List<SourceFile> kept = new ArrayList<>(files.size());
        Map<String, Integer> skipped = new LinkedHashMap<>();
        for (SourceFile f : files) {
            if (engine.skips(f.displayPath())) {
                String id = engine.fileSet(f.displayPath()).map(FileSet::id).orElse("?");
                Integer before = skipped.get(id);
                skipped.put(id, before == null ? 1 : before + 1);
            } else {
                kept.add(f);
            }
        }
        for (Map.Entry<String, Integer> e : skipped.entrySet()) {
            int n = e.getValue();
            info.accept("subtitle-qc: file set '" + e.getKey() + "' skips " + n + (n == 1 ? " file" : " files"));
        }
        return kept;
    }

    /** The report file a reader should open for every finding: JSON if written, else the first file written; or null. */
    public static String fullReport(List<ReportFormat> reports, Path base, Path out, String baseName) {
        for (int pass = 0; pass < 2; pass++) { // JSON first, then the others in their order
            for (ReportFormat f : reports) {
                if (f.id().equals("json") == (pass == 0)) {
                    Optional<String> name = f.fileName(baseName);
                    if (name.isPresent()) {
                        return display(base, out.resolve(name.get()));
                    }
                }
            }
        }
        return null;
    }

    /** A path as users see it: relative to the base directory when inside it, with '/'. */
    public static String display(Path base, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}

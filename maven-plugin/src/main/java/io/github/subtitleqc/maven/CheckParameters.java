package io.github.subtitleqc.maven;

import io.github.subtitleqc.core.baseline.Baseline;
import io.github.subtitleqc.core.engine.ConfigurationException;
import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.FileSet;
import io.github.subtitleqc.core.engine.RuleOverride;
import io.github.subtitleqc.core.engine.SourceFile;
import io.github.subtitleqc.core.run.CheckOptions;
import io.github.subtitleqc.core.scan.SubtitleScanner;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the {@code check} and {@code report} goals share: which files to check and how, from their
 * parameters of the same names, turned into an {@link Engine} and a list of files the same way
 * for both, so that the site report shows exactly what the check decides on.
 *
 * @param baseDirectory     the project's base directory; paths are relative to it
 * @param sourceDirectories where to look, or null for {@code src/main/subtitles} and {@code src/test/subtitles}
 * @param includes          Ant patterns of the files to check
 * @param excludes          Ant patterns of files to leave out
 * @param profile           a built-in profile or {@code auto}
 * @param language          the language of every file, or null
 * @param frameRate         the frame rate frames are measured at
 * @param glossaries        glossary files, or null
 * @param rules             per-rule configuration, or null
 * @param encoding          the encoding of files without a byte order mark, or null
 * @param fileSets          per-path settings, or null
 * @param kinds             the kinds of track checked as subtitles, comma-separated, or null for
 *                          {@code subtitles,captions}
 */
record CheckParameters(File baseDirectory, List<File> sourceDirectories, String includes, String excludes,
                       String profile, String language, String frameRate, List<File> glossaries,
                       List<RuleConfiguration> rules, String encoding, List<FileSetConfiguration> fileSets,
                       String kinds) {

    /** Without file sets, checking subtitles and captions. */
    CheckParameters(File baseDirectory, List<File> sourceDirectories, String includes, String excludes,
                    String profile, String language, String frameRate, List<File> glossaries,
                    List<RuleConfiguration> rules, String encoding) {
        this(baseDirectory, sourceDirectories, includes, excludes, profile, language, frameRate, glossaries, rules,
                encoding, null, null);
    }

    /** The project's base directory, absolute and normalized. */
    Path base() {
        return baseDirectory.toPath().toAbsolutePath().normalize();
    }

    /** The engine these parameters describe, with the rules on {@code loader}'s classpath, one thread per processor. */
    Engine engine(Log log, ClassLoader loader, boolean cueDetails) throws MojoExecutionException {
        return engine(log, loader, cueDetails, 0);
    }

    /**
     * The engine these parameters describe, with the rules on {@code loader}'s classpath.
     *
     * @param threads how many files to check at once; 0 for one per available processor
     */
    Engine engine(Log log, ClassLoader loader, boolean cueDetails, int threads) throws MojoExecutionException {
        return engine(log, loader, cueDetails, threads, Baseline.NONE);
    }

    /**
     * The engine these parameters describe, with the rules on {@code loader}'s classpath.
     *
     * @param threads  how many files to check at once; 0 for one per available processor
     * @param baseline the findings to leave out ({@link #baseline}), or a recorder
     */
    Engine engine(Log log, ClassLoader loader, boolean cueDetails, int threads, Baseline baseline)
            throws MojoExecutionException {
        List<FileSet> sets = new ArrayList<>();
        if (fileSets != null) {
            for (FileSetConfiguration f : fileSets) {
                sets.add(new FileSet(f.getId(), patterns(f.getIncludes()), patterns(f.getExcludes()), f.getProfile(),
                        f.getLanguage(), f.isSkip(), overrides(f.getRules())));
            }
        }
        List<Path> glossaryFiles = new ArrayList<>();
        if (glossaries != null) {
            for (File g : glossaries) {
                glossaryFiles.add(g.toPath());
            }
        }
        try {
            return new CheckOptions(profile, language, frameRate, glossaryFiles, overrides(rules), encoding, sets, kinds)
                    .engine(loader, cueDetails, threads, baseline);
        } catch (ConfigurationException e) {
            throw configurationError(log, e.getMessage(), e);
        }
    }

    /**
     * The baseline in {@code file}, read before any subtitle is: {@link Baseline#NONE} when
     * {@code file} is null or does not exist; a configuration error naming the file when it cannot
     * be read or is not a baseline.
     */
    static Baseline baseline(Log log, Path base, File file) throws MojoExecutionException {
        try {
            return CheckOptions.baseline(base, file == null ? null : file.toPath(), "<baselineFile>");
        } catch (ConfigurationException e) {
            throw configurationError(log, e.getMessage(), e);
        }
    }

    private static List<RuleOverride> overrides(List<RuleConfiguration> rules) {
        List<RuleOverride> overrides = new ArrayList<>();
        if (rules != null) {
            for (RuleConfiguration r : rules) {
                overrides.add(new RuleOverride(r.getId(), r.getEnabled(), r.getSeverity(), r.getParameters()));
            }
        }
        return overrides;
    }

    private static List<String> patterns(String commaSeparated) {
        return commaSeparated == null ? List.of() : List.of(commaSeparated.split(","));
    }

    /**
     * The files the engine checks: those no file set skips. How many each skipping file set
     * leaves out is logged, so that a file left out is never silent.
     */
    static List<SourceFile> notSkipped(Engine engine, List<SourceFile> files, Log log) {
        return CheckOptions.notSkipped(engine, files, log::info);
    }

    /**
     * The files to check. A source directory the user named that does not exist is a warning, and
     * so is finding no file at all where the user named directories or includes: a green build
     * that checked nothing is never silent.
     */
    List<SourceFile> scan(Log log) {
        Path base = base();
        boolean configuredDirectories = sourceDirectories != null && !sourceDirectories.isEmpty();
        List<File> directories = configuredDirectories ? sourceDirectories
                : List.of(new File(baseDirectory, "src/main/subtitles"), new File(baseDirectory, "src/test/subtitles"));
        if (configuredDirectories) {
            for (File d : directories) {
                if (!d.exists()) {
                    log.warn("subtitle-qc: the source directory " + display(base, d.toPath())
                            + " does not exist: nothing is checked there; correct <sourceDirectories> or create it");
                } else if (!d.isDirectory()) {
                    log.warn("subtitle-qc: the source directory " + display(base, d.toPath())
                            + " is a file, not a directory: name its directory in <sourceDirectories>, and the file"
                            + " in <includes>");
                }
            }
        }
        String patterns = includes == null || includes.isBlank() ? SubtitleScanner.DEFAULT_INCLUDES : includes;
        List<SourceFile> files = new SubtitleScanner(base, directories, patterns, excludes,
                new SubtitleScanner.Log() {
                    @Override
                    public void warn(String message) {
                        log.warn(message);
                    }

                    @Override
                    public void debug(String message) {
                        log.debug(message);
                    }
                }).scan();
        if (files.isEmpty()) {
            String sentence = "subtitle-qc: no file matches " + patterns
                    + (excludes == null || excludes.isBlank() ? "" : " (excluding " + excludes + ")") + " in "
                    + String.join(", ", directories.stream().map(d -> display(base, d.toPath())).toList())
                    + "; nothing was checked";
            if (configuredDirectories || !patterns.equals(SubtitleScanner.DEFAULT_INCLUDES)) {
                log.warn(sentence + ": check <sourceDirectories> and <includes>");
            } else {
                log.info(sentence);
            }
        }
        return files;
    }

    /**
     * A configuration error for Maven to print. The cause is logged at debug level but not chained:
     * Maven appends a cause's message to the line it prints, and a JDK message
     * ({@code IllegalArgumentException}, {@code Character a is neither…}) would only confuse.
     */
    static MojoExecutionException configurationError(Log log, String message, Exception cause) {
        if (cause != null) {
            log.debug("subtitle-qc: " + message, cause);
        }
        return new MojoExecutionException("subtitle-qc: " + message);
    }

    /** A path as users see it: relative to the base directory when inside it, with '/'. */
    static String display(Path base, Path file) {
        return CheckOptions.display(base, file);
    }
}

package io.github.subtitleqc.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.List;

/**
 * The parameters every goal that checks files shares ({@code check}, {@code baseline},
 * {@code fix}, {@code report}): which files, and the settings they are checked with. Declared
 * once, so that the goals cannot drift apart; what they mean is {@link CheckParameters}'.
 */
abstract class SubtitleMojo extends AbstractMojo {

    /** Skips the goal: nothing is read or written. */
    @Parameter(property = "subtitleqc.skip", defaultValue = "false")
    boolean skip;

    /** The project's base directory; report paths are relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File baseDirectory;

    /**
     * The directories to look for subtitles in. Default: {@code src/main/subtitles} and
     * {@code src/test/subtitles}. Directories that do not exist are skipped.
     */
    @Parameter
    List<File> sourceDirectories;

    /** Comma-separated Ant patterns of the files to check, relative to each source directory. */
    @Parameter(property = "subtitleqc.includes", defaultValue = "**/*.srt,**/*.vtt,**/*.ttml,**/*.dfxp,**/*.ass,**/*.ssa")
    String includes;

    /** Comma-separated Ant patterns of files to leave out. */
    @Parameter(property = "subtitleqc.excludes")
    String excludes;

    /** A built-in profile ({@code netflix-en}, {@code netflix-zh-hans}, {@code bbc}…), or {@code auto} to pick one per file. */
    @Parameter(property = "subtitleqc.profile", defaultValue = "auto")
    String profile;

    /** The language (BCP 47) of every file, for {@code auto}; by default found per file. */
    @Parameter(property = "subtitleqc.language")
    String language;

    /** The frame rate that limits in frames are measured at: 23.976, 24, 25, 29.97, 24000/1001… */
    @Parameter(property = "subtitleqc.frameRate", defaultValue = "23.976")
    String frameRate;

    /**
     * Glossary files (CSV, TSV or TBX) whose forbidden variants the {@code glossary} rule reports.
     * A missing or malformed glossary stops the build with the file and line.
     */
    @Parameter
    List<File> glossaries;

    /** Per-rule {@code enabled}, {@code severity} and {@code parameters}. */
    @Parameter
    List<RuleConfiguration> rules;

    /**
     * Settings for some of the files (profile, language, rules, or {@code skip}), by Ant patterns
     * matched against the path relative to the project; the first file set that matches a file applies.
     */
    @Parameter
    List<FileSetConfiguration> fileSets;

    /**
     * The kinds of track checked as subtitles: {@code subtitles}, {@code captions},
     * {@code descriptions}, {@code chapters}, {@code metadata}. Other descriptions tracks are
     * checked for timing and spelling only, other chapters and metadata tracks not at all.
     */
    @Parameter(property = "subtitleqc.kinds", defaultValue = "subtitles,captions")
    String kinds;

    /**
     * The encoding of files without a byte order mark; UTF-8 when neither this nor the project sets one.
     * {@code auto}: UTF-8 when the bytes are valid UTF-8, else the encoding ICU4J guesses (named in a finding).
     */
    @Parameter(property = "subtitleqc.encoding", defaultValue = "${project.build.sourceEncoding}")
    String encoding;

    /** True, after saying so, when {@code skip} is set: the goal then reads and writes nothing. */
    boolean skipped() {
        if (skip) {
            getLog().info("subtitle-qc: skipped (subtitleqc.skip=true)");
        }
        return skip;
    }

    /** The parameters this goal shares with the others. */
    CheckParameters parameters() {
        return new CheckParameters(baseDirectory, sourceDirectories, includes, excludes, profile, language, frameRate,
                glossaries, rules, encoding, fileSets, kinds);
    }
}

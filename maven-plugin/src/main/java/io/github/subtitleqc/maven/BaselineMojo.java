package io.github.subtitleqc.maven;

import io.github.subtitleqc.core.baseline.Baseline;
import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.SourceFile;
import io.github.subtitleqc.core.run.BaselineRun;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the baseline ({@code baselineFile}) from the findings of the files {@code check} would
 * check, with the same parameters: every finding there is now, of any severity, so that
 * {@code check} then fails only on new ones. The file is sorted and has no timestamp, so that
 * writing it again from the same findings gives the same bytes (and a file with those bytes is
 * left as it is). It has no default phase: run it when adopting subtitle-qc on an existing
 * catalogue, and again to shrink it once findings are fixed.
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractMojo {

    /** How users run this goal, for the advice {@code check} prints. */
    static final String GOAL = "subtitle-qc:baseline";

    /*
     * The parameters below are those of check with the same names, defaults and properties
     * (PluginDescriptorTest holds them equal); what they mean is CheckParameters'.
     */

    /** Skips the goal: nothing is read or written. */
    @Parameter(property = "subtitleqc.skip", defaultValue = "false")
    private boolean skip;

    /** The project's base directory; report paths are relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    private File baseDirectory;

    /**
     * The directories to look for subtitles in. Default: {@code src/main/subtitles} and
     * {@code src/test/subtitles}. Directories that do not exist are skipped.
     */
    @Parameter
    private List<File> sourceDirectories;

    /** Comma-separated Ant patterns of the files to check, relative to each source directory. */
    @Parameter(property = "subtitleqc.includes", defaultValue = "**/*.srt,**/*.vtt,**/*.ttml,**/*.dfxp,**/*.ass,**/*.ssa")
    private String includes;

    /** Comma-separated Ant patterns of files to leave out. */
    @Parameter(property = "subtitleqc.excludes")
    private String excludes;

    /** A built-in profile ({@code netflix-en}, {@code netflix-zh-hans}, {@code bbc}…), or {@code auto} to pick one per file. */
    @Parameter(property = "subtitleqc.profile", defaultValue = "auto")
    private String profile;

    /** The language (BCP 47) of every file, for {@code auto}; by default found per file. */
    @Parameter(property = "subtitleqc.language")
    private String language;

    /** The frame rate that limits in frames are measured at: 23.976, 24, 25, 29.97, 24000/1001… */
    @Parameter(property = "subtitleqc.frameRate", defaultValue = "23.976")
    private String frameRate;

    /** Glossary files (CSV, TSV or TBX) whose forbidden variants the {@code glossary} rule reports. */
    @Parameter
    private List<File> glossaries;

    /** Per-rule {@code enabled}, {@code severity} and {@code parameters}. */
    @Parameter
    private List<RuleConfiguration> rules;

    /**
     * Settings for some of the files (profile, language, rules, or {@code skip}), by Ant patterns
     * matched against the path relative to the project; the first file set that matches a file applies.
     */
    @Parameter
    private List<FileSetConfiguration> fileSets;

    /**
     * The kinds of track checked as subtitles: {@code subtitles}, {@code captions},
     * {@code descriptions}, {@code chapters}, {@code metadata}. Other descriptions tracks are
     * checked for timing and spelling only, other chapters and metadata tracks not at all.
     */
    @Parameter(property = "subtitleqc.kinds", defaultValue = "subtitles,captions")
    private String kinds;

    /**
     * The encoding of files without a byte order mark; UTF-8 when neither this nor the project sets one.
     * {@code auto}: UTF-8 when the bytes are valid UTF-8, else the encoding ICU4J guesses (named in a finding).
     */
    @Parameter(property = "subtitleqc.encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    /**
     * How many files are checked at once: 0 (the default) for one per available processor. The
     * baseline is the same whatever the number.
     */
    @Parameter(property = "subtitleqc.threads", defaultValue = "0")
    private int threads;

    /** The baseline file to write; {@code check} reads the same parameter. */
    @Parameter(property = "subtitleqc.baselineFile", defaultValue = "${project.basedir}/subtitle-qc-baseline.json")
    private File baselineFile;

    @Override
    public void execute() throws MojoExecutionException {
        Log log = getLog();
        if (skip) {
            log.info("subtitle-qc: skipped (subtitleqc.skip=true)");
            return;
        }
        CheckParameters parameters = parameters();
        Path base = parameters.base();
        if (baselineFile == null) {
            throw CheckParameters.configurationError(log, "baselineFile is not set: name the file to write", null);
        }
        String display = CheckParameters.display(base, baselineFile.toPath());
        if (baselineFile.isDirectory()) {
            throw CheckParameters.configurationError(log, "the baseline file " + display + " is a directory: name a"
                    + " file in <baselineFile>, or remove the directory", null);
        }
        Baseline recorder = Baseline.recorder();
        Engine engine = parameters.engine(log, getClass().getClassLoader(), false, threads, recorder);
        List<SourceFile> files = CheckParameters.notSkipped(engine, parameters.scan(log), log);
        try {
            log.info(BaselineRun.run(engine, recorder, files, new Progress(log, files.size()), baselineFile.toPath(),
                    display));
        } catch (IOException e) {
            throw new MojoExecutionException(e.getMessage(), e.getCause());
        }
    }

    /** The parameters this goal shares with {@code check}. */
    CheckParameters parameters() {
        return new CheckParameters(baseDirectory, sourceDirectories, includes, excludes, profile, language, frameRate,
                glossaries, rules, encoding, fileSets, kinds);
    }
}

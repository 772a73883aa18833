package io.github.subtitleqc.maven;

import io.github.subtitleqc.core.engine.ConfigurationException;
import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.SourceFile;
import io.github.subtitleqc.core.fix.Fixer;
import io.github.subtitleqc.core.run.FixRun;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.util.List;
import java.util.Set;

/**
 * Rewrites the checked subtitle files in place, fixing what some rules find ({@code fixRules}):
 * the end of a cue too close to or over the next one, a cue too short, stray spaces, and glossary
 * variants. Nothing else in a file changes. Each file is replaced atomically; a file with
 * {@code parse-error} or {@code encoding} findings is never written, and a file with nothing to fix
 * is not touched. What is left, and why, is printed. With {@code dryRun}, nothing is written and
 * each change is printed as a unified diff.
 */
@Mojo(name = "fix", threadSafe = true)
public class FixMojo extends AbstractMojo {

    /*
     * The parameters up to fixRules are those of check with the same names, defaults and properties
     * (PluginDescriptorTest holds them equal); what they mean is CheckParameters'.
     */

    /** Skips the fix: nothing is read or written. */
    @Parameter(property = "subtitleqc.skip", defaultValue = "false")
    private boolean skip;

    /** The project's base directory; paths are printed relative to it. */
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
     * The rules whose findings are fixed, comma-separated: {@code min-gap}, {@code overlap},
     * {@code min-duration}, {@code whitespace}, {@code glossary}.
     */
    @Parameter(property = "subtitleqc.fixRules", defaultValue = Fixer.DEFAULT_RULES)
    private String fixRules;

    /** Writes nothing: prints what would change, as a unified diff per file. */
    @Parameter(property = "subtitleqc.dryRun", defaultValue = "false")
    private boolean dryRun;

    /** The parameters this goal shares with {@code check}. */
    CheckParameters parameters() {
        return new CheckParameters(baseDirectory, sourceDirectories, includes, excludes, profile, language, frameRate,
                glossaries, rules, encoding, fileSets, kinds);
    }

    @Override
    public void execute() throws MojoExecutionException {
        Log log = getLog();
        if (skip) {
            log.info("subtitle-qc: skipped (subtitleqc.skip=true)");
            return;
        }
        Set<String> fixed;
        try {
            fixed = Fixer.parseRules(fixRules);
        } catch (ConfigurationException e) {
            throw CheckParameters.configurationError(log, e.getMessage(), e);
        }
        CheckParameters parameters = parameters();
        Engine engine = parameters.engine(log, getClass().getClassLoader(), false, 1);
        List<SourceFile> files = CheckParameters.notSkipped(engine, parameters.scan(log), log);
        try {
            FixRun.run(new Fixer(engine, fixed), files, dryRun, line -> {
                switch (line.level()) {
                    case ERROR -> log.error(line.text());
                    case WARNING -> log.warn(line.text());
                    default -> log.info(line.text());
                }
            });
        } catch (FixRun.WriteFailure e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }
}

package io.github.subtitleqc.maven;

import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.SourceFile;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.report.Gate;
import io.github.subtitleqc.core.report.ReportRun;
import io.github.subtitleqc.core.report.RunStart;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The "Subtitle QC" page of {@code mvn site} (under Project Reports): the overview the build log
 * ends with (files, cues, findings by severity, score), each file's score, and every finding.
 * It checks the same files with the same engine as {@code check}, configured by the same
 * parameters, and never fails the build on findings.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    /** The report's file name in the site, without extension. */
    static final String OUTPUT_NAME = "subtitle-qc";

    /*
     * The parameters below are those of check with the same names, defaults and properties
     * (PluginDescriptorTest holds them equal); what they mean is CheckParameters'. A report extends
     * AbstractMavenReport and check AbstractMojo, so they cannot inherit them from one class.
     */

    /** Skips the report: the site has no Subtitle QC page. */
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

    /** The parameters this goal shares with {@code check}. */
    CheckParameters parameters() {
        return new CheckParameters(baseDirectory, sourceDirectories, includes, excludes, profile, language, frameRate,
                glossaries, rules, encoding, fileSets, kinds);
    }

    @Override
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getName(Locale locale) {
        return "Subtitle QC";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Subtitle files checked against their style guide's limits: score and findings per file.";
    }

    @Override
    public boolean canGenerateReport() {
        return !skip;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        CheckParameters parameters = parameters();
        try {
            Engine engine = parameters.engine(getLog(), getClass().getClassLoader(), false);
            List<SourceFile> files = CheckParameters.notSkipped(engine, parameters.scan(getLog()), getLog());
            RunStart start = new RunStart(ReportRun.version(), null, files.size(), engine.rules(), Severity.ERROR);
            try (SiteReportWriter writer = new SiteReportWriter(getSink())) {
                new ReportRun(start, new Gate(false, Severity.ERROR, 0, 0), null, List.of(writer))
                        .run(engine, files, new Progress(getLog(), files.size()));
            }
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new MavenReportException("subtitle-qc: cannot write the site report: " + e.getMessage(), e);
        }
    }
}

package io.github.subtitleqc.maven;

import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.SourceFile;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.report.Gate;
import io.github.subtitleqc.core.report.HtmlFormat;
import io.github.subtitleqc.core.report.ReportRun;
import io.github.subtitleqc.core.report.ReportTarget;
import io.github.subtitleqc.core.report.ReportWriter;
import io.github.subtitleqc.core.report.RunStart;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The "Subtitle QC" page of {@code mvn site} (under Project Reports): the overview the build log
 * ends with (files, cues, findings by severity, score), each file's score, and every finding.
 * It checks the same files with the same engine as {@code check}, configured by the same
 * parameters, and never fails the build on findings.
 *
 * <p>It implements {@link MavenReport} itself rather than extending maven-reporting-impl's
 * AbstractMavenReport: that class brings the Doxia site renderer, Velocity and plexus-archiver
 * (some 25 jars) into the plugin's class realm, which Maven resolves and loads for every goal of the
 * plugin, {@code check} included. {@code mvn site} passes the page's Sink in; run on its own
 * ({@code mvn subtitle-qc:report}) the goal writes the {@code html} report of {@code check}
 * instead, to {@code outputDirectory}.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends SubtitleMojo implements MavenReport {

    /** The report's file name in the site, without extension. */
    static final String OUTPUT_NAME = "subtitle-qc";

    /*
     * The parameters are check's, from SubtitleMojo: the same names, defaults and properties, and
     * skip leaves the site without a Subtitle QC page.
     */

    /**
     * Where the page goes when the goal runs on its own ({@code mvn subtitle-qc:report}), as
     * {@code subtitle-qc.html}; {@code mvn site} puts it in the site's directory instead.
     */
    @Parameter(defaultValue = "${project.build.directory}/reports", required = true)
    private File outputDirectory;

    /** The site's directory, set by maven-site-plugin. */
    private File reportOutputDirectory;

    @Override
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
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
    public void setReportOutputDirectory(File directory) {
        this.reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory != null ? reportOutputDirectory : outputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    @Override
    public boolean canGenerateReport() {
        return !skip;
    }

    /** {@code mvn site}: the page, through the Sink the site plugin renders into its skin. */
    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        try {
            run(false, new SiteReportWriter(sink));
        } catch (IOException e) {
            throw new MavenReportException("subtitle-qc: cannot write the site report: " + e.getMessage(), e);
        }
    }

    /** {@code mvn subtitle-qc:report} on its own: check's self-contained HTML page, without a site. */
    @Override
    public void execute() throws MojoExecutionException {
        if (skipped()) {
            return;
        }
        File directory = getReportOutputDirectory();
        try {
            HtmlFormat html = new HtmlFormat();
            run(html.needsCueDetails(), html.open(new ReportTarget(directory.toPath(), OUTPUT_NAME, line -> {
            }, -1, null)));
        } catch (MavenReportException | IOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        getLog().info("subtitle-qc: wrote " + new File(directory, OUTPUT_NAME + ".html"));
    }

    /** Checks the files as {@code check} would and gives the results to the page's writer; never fails on findings. */
    private void run(boolean cueDetails, ReportWriter page) throws MavenReportException {
        CheckParameters parameters = parameters();
        try (ReportWriter writer = page) {
            Engine engine = parameters.engine(getLog(), getClass().getClassLoader(), cueDetails);
            List<SourceFile> files = CheckParameters.notSkipped(engine, parameters.scan(getLog()), getLog());
            RunStart start = new RunStart(ReportRun.version(), null, files.size(), engine.rules(), Severity.ERROR);
            new ReportRun(start, new Gate(false, Severity.ERROR, 0, 0), null, List.of(writer))
                    .run(engine, files, new Progress(getLog(), files.size()));
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            throw new MavenReportException("subtitle-qc: cannot write the report: " + e.getMessage(), e);
        }
    }
}

package io.github.subtitleqc.maven;

import io.github.subtitleqc.core.baseline.Baseline;
import io.github.subtitleqc.core.engine.ConfigurationException;
import io.github.subtitleqc.core.cache.ResultCache;
import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.SourceFile;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.report.ConsoleLine;
import io.github.subtitleqc.core.report.Gate;
import io.github.subtitleqc.core.report.OpenWriters;
import io.github.subtitleqc.core.report.ReportFormat;
import io.github.subtitleqc.core.report.ReportFormats;
import io.github.subtitleqc.core.report.ReportRun;
import io.github.subtitleqc.core.report.ReportStamp;
import io.github.subtitleqc.core.report.ReportTarget;
import io.github.subtitleqc.core.report.RunStart;
import io.github.subtitleqc.core.report.Verdict;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks subtitle files (SRT, WebVTT) against a style guide's limits and fails the build on
 * violations. Findings are computed once; the console, {@code subtitle-qc.json} and the pass/fail
 * decision are all written from that one result. The checked files are only read.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends SubtitleMojo {

    /** Fail the build when there are violations. */
    @Parameter(property = "subtitleqc.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /** The lowest severity that counts as a violation: {@code error}, {@code warning} or {@code info}. */
    @Parameter(property = "subtitleqc.violationSeverity", defaultValue = "error")
    private String violationSeverity;

    /** How many violations are allowed before the build fails. */
    @Parameter(property = "subtitleqc.maxAllowedViolations", defaultValue = "0")
    private int maxAllowedViolations;

    /** The build fails when its score (0–100) is below this. */
    @Parameter(property = "subtitleqc.minScore", defaultValue = "0")
    private double minScore;

    /**
     * Comma-separated report formats: {@code console}, {@code json}, and any other format on the
     * plugin's classpath ({@code sarif}, {@code checkstyle}, {@code junit}, {@code html}).
     */
    @Parameter(property = "subtitleqc.formats", defaultValue = "console,json")
    private String formats;

    /** Where report files are written. */
    @Parameter(property = "subtitleqc.outputDirectory", defaultValue = "${project.build.directory}/subtitle-qc")
    private File outputDirectory;

    /** The most findings printed per rule and file on the console ({@code -1}: all); the report files have all. */
    @Parameter(property = "subtitleqc.consoleFindingsPerRule", defaultValue = "10")
    private int consoleFindingsPerRule;

    /**
     * How many files are checked at once: 0 (the default) for one per available processor. The
     * reports are the same whatever the number.
     */
    @Parameter(property = "subtitleqc.threads", defaultValue = "0")
    private int threads;

    /**
     * Where results are kept between runs, keyed by each file's content and the configuration: a
     * re-run checks again only the files that changed. Empty: no cache. Left at its default, an
     * execution whose id is not the default keeps its own, {@code cache-<executionId>.bin}, as it
     * writes its own reports, so that two executions with different settings do not replace each
     * other's cache. Beside it, {@code cache.bin.reports} notes what the report files were made
     * from: a re-run with nothing changed leaves them as they are.
     */
    @Parameter(property = "subtitleqc.cacheFile", defaultValue = "${project.build.directory}/subtitle-qc/cache.bin")
    private String cacheFile;

    /**
     * The baseline: findings accepted for now ({@code mvn subtitle-qc:baseline} writes it). When
     * this file exists, a finding that matches one of its entries is left out: it is not a
     * violation, not printed, and not in the score; the reports give how many were left out. A
     * file that cannot be read stops the build before any subtitle is read.
     */
    @Parameter(property = "subtitleqc.baselineFile", defaultValue = "${project.basedir}/subtitle-qc-baseline.json")
    private File baselineFile;

    /** The execution, whose id names the report files of a second execution. */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    private MojoExecution execution;

    /** The build, to tell whether it has several modules. */
    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    /** The module being checked. */
    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Log log = getLog();
        if (skipped()) {
            return;
        }
        long begun = System.nanoTime();
        validate();
        Gate gate = gate();
        List<ReportFormat> reports = formats();
        CheckParameters parameters = parameters();
        Path base = parameters.base();
        Baseline baseline = CheckParameters.baseline(log, base, baselineFile);
        Engine engine = parameters.engine(log, getClass().getClassLoader(), needsCueDetails(reports), threads, baseline);
        List<SourceFile> files = CheckParameters.notSkipped(engine, parameters.scan(log), log);

        String baseName = baseName();
        Path out = outputDirectory.toPath();
        String where = fullReport(reports, base, out, baseName);
        ReportTarget target = new ReportTarget(out, baseName, this::print, consoleFindingsPerRule, where);
        RunStart start = new RunStart(ReportRun.version(), module(), files.size(), engine.rules(),
                gate.violationSeverity());
        if (baseline.inUse()) {
            start = start.withBaseline(new RunStart.BaselineFile(display(base, baselineFile.toPath()),
                    "mvn " + BaselineMojo.GOAL));
        }
        Verdict verdict;
        long setUp = System.nanoTime();
        try (ResultCache cache = engine.openCache(cachePath(base), log::warn)) {
            long started = System.nanoTime();
            List<Path> reportFiles = ReportStamp.reportFiles(reports, target);
            String settings = ReportStamp.settings(start, gate, target, reports);
            boolean upToDate = ReportStamp.upToDate(cache, settings, files, reportFiles, engine.config().threads());
            if (!upToDate) {
                ReportStamp.forget(cache);
            }
            try (OpenWriters writers = OpenWriters.open(upToDate ? withoutFiles(reports, target) : reports, target)) {
                verdict = new ReportRun(start, gate, where, writers.list()).run(engine, files,
                        new Progress(log, files.size()), cache);
            }
            if (cache.hits() > 0) {
                log.info("subtitle-qc: " + cache.hits() + " of " + files.size() + " files unchanged since the"
                        + " last run, taken from " + display(base, cache.file()));
            }
            if (upToDate) {
                log.info("subtitle-qc: the report files in " + display(base, out) + " are up to date (the same files,"
                        + " content and settings as the run that wrote them): not written again; delete one to have"
                        + " them all written");
            } else {
                ReportStamp.remember(cache, settings, files, reportFiles);
            }
            long done = System.nanoTime();
            if (files.size() >= Progress.MIN_FILES) {
                log.info(String.format(java.util.Locale.ROOT, "subtitle-qc: %d files checked and reported in %.1f s",
                        files.size(), (done - started) / 1e9));
            }
            if (log.isDebugEnabled()) { // where a short build's time goes (mvn -X), for whoever trims it
                log.debug(String.format(java.util.Locale.ROOT, "subtitle-qc: %d ms to set up (parameters, rules,"
                                + " profiles, finding the files), %d ms to open the result cache, %d ms to check and"
                                + " report %d file%s", (setUp - begun) / 1_000_000, (started - setUp) / 1_000_000,
                        (done - started) / 1_000_000, files.size(), files.size() == 1 ? "" : "s"));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("subtitle-qc: cannot write the reports to " + display(base, out) + ": "
                    + e.getMessage() + "; check that the directory can be written", e);
        }
        if (verdict.failed()) {
            log.error(verdict.sentence());
            throw new MojoFailureException(verdict.sentence());
        }
        if (verdict.exceeded()) {
            log.warn(verdict.sentence());
        } else {
            log.info(verdict.sentence());
        }
    }

    /** The cache file, resolved against the project; null when {@code cacheFile} is empty. */
    private Path cachePath(Path base) {
        if (cacheFile == null || cacheFile.isBlank()) {
            return null;
        }
        Path p = Path.of(cacheFile.trim());
        p = p.isAbsolute() || base == null ? p : base.resolve(p);
        String name = baseName();
        boolean byDefault = project != null && project.getBuild() != null && project.getBuild().getDirectory() != null
                && p.normalize().equals(Path.of(project.getBuild().getDirectory(), "subtitle-qc", "cache.bin").normalize());
        if (byDefault && !name.equals(ReportTarget.BASE_NAME)) {
            p = p.resolveSibling("cache" + name.substring(ReportTarget.BASE_NAME.length()) + ".bin");
        }
        return p;
    }

    private void print(ConsoleLine line) {
        switch (line.level()) {
            case ERROR -> getLog().error(line.text());
            case WARNING -> getLog().warn(line.text());
            default -> getLog().info(line.text());
        }
    }

    /**
     * {@code subtitle-qc}, or {@code subtitle-qc-<executionId>} for an execution that is not the
     * default one, so that two executions in one module never overwrite each other's reports.
     */
    private String baseName() {
        String id = execution == null ? null : execution.getExecutionId();
        if (id == null || id.isBlank() || id.equals("default") || id.equals("default-cli")) {
            return ReportTarget.BASE_NAME;
        }
        return ReportTarget.BASE_NAME + "-" + id.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** The formats that write no file (the console): all a run whose report files are up to date writes. */
    private static List<ReportFormat> withoutFiles(List<ReportFormat> reports, ReportTarget target) {
        List<ReportFormat> kept = new java.util.ArrayList<>();
        for (ReportFormat f : reports) {
            if (f.fileName(target.baseName()).isEmpty()) {
                kept.add(f);
            }
        }
        return kept;
    }

    /** Whether one of the formats shows each cue's details. */
    private static boolean needsCueDetails(List<ReportFormat> reports) {
        for (ReportFormat f : reports) {
            if (f.needsCueDetails()) {
                return true;
            }
        }
        return false;
    }

    /** The module's artifactId in a multi-module build, so interleaved output can be told apart; else null. */
    private String module() {
        if (session == null || project == null || session.getProjects() == null || session.getProjects().size() < 2) {
            return null;
        }
        return project.getArtifactId();
    }

    /** The report file a reader should open for every finding: JSON if written, else the first file written. */
    private static String fullReport(List<ReportFormat> reports, Path base, Path out, String baseName) {
        return io.github.subtitleqc.core.run.CheckOptions.fullReport(reports, base, out, baseName);
    }

    private List<ReportFormat> formats() throws MojoExecutionException {
        try {
            return ReportFormats.discover(getClass().getClassLoader()).select(formats);
        } catch (ConfigurationException e) {
            throw configurationError(e.getMessage(), null);
        }
    }

    private Gate gate() throws MojoExecutionException {
        Severity threshold = parseSeverity();
        try {
            return new Gate(failOnViolation, threshold, maxAllowedViolations, minScore);
        } catch (ConfigurationException e) {
            throw configurationError(e.getMessage(), null);
        }
    }

    private Severity parseSeverity() throws MojoExecutionException {
        try {
            return Severity.parse(violationSeverity);
        } catch (IllegalArgumentException e) {
            throw configurationError("violationSeverity: " + e.getMessage(), e);
        }
    }

    /**
     * Refuses values out of range before any file is read, naming the parameter, the value and what
     * is allowed. The gate's limits are checked by {@link Gate}; profile, rules, frame rate,
     * language, encoding and glossaries when the engine is built.
     */
    private void validate() throws MojoExecutionException {
        if (consoleFindingsPerRule < -1) {
            throw configurationError("consoleFindingsPerRule is " + consoleFindingsPerRule
                    + ": use 0 or more, or -1 to print every finding", null);
        }
    }

    private MojoExecutionException configurationError(String message, Exception cause) {
        return CheckParameters.configurationError(getLog(), message, cause);
    }

    private static String display(Path base, Path file) {
        return CheckParameters.display(base, file);
    }

}

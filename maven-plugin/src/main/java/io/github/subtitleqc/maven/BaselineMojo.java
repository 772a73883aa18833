package io.github.subtitleqc.maven;

import io.github.subtitleqc.core.baseline.Baseline;
import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.SourceFile;
import io.github.subtitleqc.core.run.BaselineRun;
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
public class BaselineMojo extends SubtitleMojo {

    /** How users run this goal, for the advice {@code check} prints. */
    static final String GOAL = "subtitle-qc:baseline";

    /*
     * The files and settings are SubtitleMojo's; threads and baselineFile are check's, with the
     * same names, defaults and properties (PluginDescriptorTest holds them equal).
     */

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
        if (skipped()) {
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

}

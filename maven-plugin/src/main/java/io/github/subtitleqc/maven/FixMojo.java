package io.github.subtitleqc.maven;

import io.github.subtitleqc.core.engine.ConfigurationException;
import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.SourceFile;
import io.github.subtitleqc.core.fix.Fixer;
import io.github.subtitleqc.core.run.FixRun;
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
public class FixMojo extends SubtitleMojo {

    /**
     * The rules whose findings are fixed, comma-separated: {@code min-gap}, {@code overlap},
     * {@code min-duration}, {@code whitespace}, {@code glossary}.
     */
    @Parameter(property = "subtitleqc.fixRules", defaultValue = Fixer.DEFAULT_RULES)
    private String fixRules;

    /** Writes nothing: prints what would change, as a unified diff per file. */
    @Parameter(property = "subtitleqc.dryRun", defaultValue = "false")
    private boolean dryRun;

    @Override
    public void execute() throws MojoExecutionException {
        Log log = getLog();
        if (skipped()) {
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

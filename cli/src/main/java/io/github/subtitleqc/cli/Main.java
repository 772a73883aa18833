package io.github.subtitleqc.cli;

import io.github.subtitleqc.core.baseline.Baseline;
import io.github.subtitleqc.core.engine.ConfigurationException;
import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.SourceFile;
import io.github.subtitleqc.core.fix.Fixer;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.report.Gate;
import io.github.subtitleqc.core.report.ReportFormat;
import io.github.subtitleqc.core.report.ReportFormats;
import io.github.subtitleqc.core.report.ReportRun;
import io.github.subtitleqc.core.report.ReportTarget;
import io.github.subtitleqc.core.report.OpenWriters;
import io.github.subtitleqc.core.report.RunStart;
import io.github.subtitleqc.core.report.Verdict;
import io.github.subtitleqc.core.run.CheckOptions;
import io.github.subtitleqc.core.run.BaselineRun;
import io.github.subtitleqc.core.run.FixRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code subtitle-qc}: the plugin's goals on the command line. Exit codes: 0 no violations, 1
 * violations (or a score below {@code --min-score}), 2 a usage or configuration error.
 */
@Command(name = "subtitle-qc", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A quality gate for subtitle files (SRT, WebVTT, TTML, ASS).",
        subcommands = {Main.Check.class, Main.Fix.class, Main.BaselineCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no violations", "1:violations, or a score below --min-score",
                "2:a usage or configuration error"})
public final class Main implements Callable<Integer> {

    static final int OK = 0;
    static final int VIOLATIONS = 1;
    static final int USAGE = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(Console.OUT, true));
        cli.setErr(new PrintWriter(Console.ERR, true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            Progress.clearLine();
            if (e instanceof ConfigurationException) {
                Console.ERR.println("subtitle-qc: " + Console.cliNames(e.getMessage()));
            } else {
                Console.ERR.println("subtitle-qc: " + e.getMessage() + " (" + e.getClass().getSimpleName() + ")");
            }
            return USAGE;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(Console.OUT);
        return USAGE;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"subtitle-qc " + ReportRun.version()};
        }
    }

    private static Path base() {
        return Path.of("").toAbsolutePath().normalize();
    }

    @Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Checks subtitle files and exits with 1 when there are violations.")
    static final class Check implements Callable<Integer> {

        @Mixin
        Options options;

        @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
                description = "The lowest severity that counts as a violation: error, warning or info. Default: ${DEFAULT-VALUE}")
        String failOn;

        @Option(names = "--max-violations", paramLabel = "N", defaultValue = "0",
                description = "How many violations are allowed. Default: ${DEFAULT-VALUE}")
        long maxViolations;

        @Option(names = "--min-score", paramLabel = "SCORE", defaultValue = "0",
                description = "Fail when the score (0-100) is below this. Default: ${DEFAULT-VALUE}")
        double minScore;

        @Option(names = "--format", paramLabel = "FORMAT", split = ",",
                description = "A report format: console, json, sarif, checkstyle, junit, html; repeatable. Default: console")
        List<String> formats = new ArrayList<>();

        @Option(names = "--output", paramLabel = "DIR", defaultValue = "subtitle-qc-report",
                description = "Where report files are written. Default: ${DEFAULT-VALUE}")
        Path output;

        @Option(names = "--baseline", paramLabel = "FILE", defaultValue = "subtitle-qc-baseline.json",
                description = "Findings accepted for now (written by the baseline command), left out when the file exists. Default: ${DEFAULT-VALUE}")
        Path baselineFile;

        @Option(names = "--console-findings-per-rule", paramLabel = "N", defaultValue = "10",
                description = "The most findings printed per rule and file (-1: all). Default: ${DEFAULT-VALUE}")
        int consoleFindingsPerRule;

        @Override
        public Integer call() throws IOException {
            Path base = base();
            Severity threshold;
            try {
                threshold = Severity.parse(failOn);
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("--fail-on: " + e.getMessage());
            }
            Gate gate = new Gate(true, threshold, maxViolations, minScore);
            if (consoleFindingsPerRule < -1) {
                throw new ConfigurationException("--console-findings-per-rule is " + consoleFindingsPerRule
                        + ": use 0 or more, or -1 to print every finding");
            }
            List<ReportFormat> reports = ReportFormats.discover(Main.class.getClassLoader())
                    .select(formats.isEmpty() ? "console" : String.join(",", formats));
            Baseline baseline = CheckOptions.baseline(base, baselineFile, "--baseline");
            Engine engine = options.checkOptions().engine(Main.class.getClassLoader(),
                    reports.stream().anyMatch(ReportFormat::needsCueDetails), options.threads, baseline);
            List<SourceFile> files = CheckOptions.notSkipped(engine, options.files(base), Console::info);
            String baseName = ReportTarget.BASE_NAME;
            Path out = output.toAbsolutePath().normalize();
            String where = CheckOptions.fullReport(reports, base, out, baseName);
            ReportTarget target = new ReportTarget(out, baseName, Console::print, consoleFindingsPerRule, where);
            RunStart start = new RunStart(ReportRun.version(), null, files.size(), engine.rules(),
                    gate.violationSeverity());
            if (baseline.inUse()) {
                start = start.withBaseline(new RunStart.BaselineFile(CheckOptions.display(base, baselineFile),
                        "subtitle-qc baseline"));
            }
            Verdict verdict;
            try (OpenWriters writers = OpenWriters.open(reports, target)) {
                verdict = new ReportRun(start, gate, where, writers.list()).run(engine, files, new Progress(files.size()));
            } catch (IOException | UncheckedIOException e) {
                throw new ConfigurationException("cannot write the reports to " + CheckOptions.display(base, out)
                        + ": " + e.getMessage() + "; check that the directory can be written");
            }
            String sentence = Console.cliNames(verdict.sentence());
            if (verdict.failed()) {
                Console.error(sentence);
                return VIOLATIONS;
            }
            Console.info(sentence);
            return OK;
        }
    }

    @Command(name = "fix", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Fixes what some rules find, in place (atomically); --dry-run prints a diff instead.")
    static final class Fix implements Callable<Integer> {

        @Mixin
        Options options;

        @Option(names = "--fix-rules", paramLabel = "IDS", defaultValue = Fixer.DEFAULT_RULES,
                description = "The rules whose findings are fixed: min-gap, overlap, min-duration, whitespace, glossary. Default: ${DEFAULT-VALUE}")
        String fixRules;

        @Option(names = "--dry-run", description = "Writes nothing: prints what would change, as a unified diff per file")
        boolean dryRun;

        @Override
        public Integer call() throws IOException {
            Set<String> fixed = Fixer.parseRules(fixRules);
            Engine engine = options.checkOptions().engine(Main.class.getClassLoader(), false, 1, Baseline.NONE);
            List<SourceFile> files = CheckOptions.notSkipped(engine, options.files(base()), Console::info);
            try {
                FixRun.run(new Fixer(engine, fixed), files, dryRun, Console::print);
            } catch (FixRun.WriteFailure e) {
                Console.error(e.getMessage());
                return USAGE;
            }
            return OK;
        }
    }

    @Command(name = "baseline", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Writes the baseline: every finding there is now, so that check fails only on new ones.")
    static final class BaselineCommand implements Callable<Integer> {

        @Mixin
        Options options;

        @Option(names = "--baseline", paramLabel = "FILE", defaultValue = "subtitle-qc-baseline.json",
                description = "The baseline file to write. Default: ${DEFAULT-VALUE}")
        Path baselineFile;

        @Override
        public Integer call() throws IOException {
            Path base = base();
            String display = CheckOptions.display(base, baselineFile);
            if (java.nio.file.Files.isDirectory(baselineFile)) {
                throw new ConfigurationException("the baseline file " + display + " is a directory: name a file"
                        + " in --baseline, or remove the directory");
            }
            Baseline recorder = Baseline.recorder();
            Engine engine = options.checkOptions().engine(Main.class.getClassLoader(), false, options.threads,
                    recorder);
            List<SourceFile> files = CheckOptions.notSkipped(engine, options.files(base), Console::info);
            try {
                Console.info(BaselineRun.run(engine, recorder, files, new Progress(files.size()), baselineFile, display));
            } catch (IOException e) {
                Console.ERR.println(e.getMessage());
                return USAGE;
            }
            return OK;
        }
    }
}

package io.github.subtitleqc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.engine.SourceFile;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.report.Gate;
import io.github.subtitleqc.core.report.ReportFormat;
import io.github.subtitleqc.core.report.ReportFormats;
import io.github.subtitleqc.core.report.ReportRun;
import io.github.subtitleqc.core.report.ReportTarget;
import io.github.subtitleqc.core.report.ReportWriter;
import io.github.subtitleqc.core.report.RunStart;
import io.github.subtitleqc.core.time.FrameRate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the executable jar as a user does ({@code java -jar}, in a project directory) and checks
 * what the user sees: exit codes, console lines, report files, files left alone.
 */
class CliTest {

    /** The plugin's integration-test project whose build fails on one overlap: the same two files. */
    private static final Path OVERLAP_PROJECT = Path.of("../maven-plugin/src/it/overlap-fails/src/main/subtitles");
    private static final String OVERLAP_LINE = "[ERROR] src/main/subtitles/talk.en.srt:[6,1] overlap: cue starts at"
            + " 00:00:02.500, 500 ms before cue 1 ends at 00:00:03.000: start it at 00:00:03.000 or later, or end cue 1"
            + " earlier (cue 2)";

    @TempDir
    Path project;

    record Run(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    @BeforeEach
    void copyTheSubtitles() throws IOException {
        Path subtitles = Files.createDirectories(project.resolve("src/main/subtitles"));
        for (String name : List.of("intro.en.srt", "talk.en.srt")) {
            Files.copy(OVERLAP_PROJECT.resolve(name), subtitles.resolve(name));
        }
    }

    private Run run(String... args) throws Exception {
        String jar = System.getProperty("cli.jar");
        assertThat(jar).as("cli.jar: the tests run after package").isNotNull();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of(jar).toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("cli", ".out");
        Path err = Files.createTempFile("cli", ".err");
        Process p = new ProcessBuilder(command).directory(project.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the CLI ends").isTrue();
        Run run = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        assertThat(run.all()).as("never a stack trace").doesNotContain("\tat ").doesNotContain("Exception");
        return run;
    }

    @Test
    void aCleanFileExitsWith0() throws Exception {
        Run run = run("check", "src/main/subtitles/intro.en.srt");
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "[INFO] src/main/subtitles/intro.en.srt: 2 cues, profile netflix-en (language tag 'en' in the file name), score 100",
                "[INFO] subtitle-qc: 1 file, 2 cues, 0 errors, 0 warnings, 0 infos; score 100",
                "[INFO] subtitle-qc passed: 0 errors (0 allowed), score 100.");
    }

    @Test
    void anOverlapExitsWith1WithThePluginsConsoleLines() throws Exception {
        Run run = run("check"); // default: the current directory
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains(OVERLAP_LINE + "\n")
                .contains("[INFO] src/main/subtitles/intro.en.srt: 2 cues, profile netflix-en");
        assertThat(run.out().lines().reduce((a, b) -> b)).hasValue("[ERROR] subtitle-qc failed: 1 error in 1 file,"
                + " more than the 0 allowed by --max-violations (the first: src/main/subtitles/talk.en.srt:[6,1] overlap).");
    }

    @Test
    void theGateOptionsDecideTheExitCode() throws Exception {
        assertThat(run("check", "--max-violations", "1").exit()).isZero();
        Run scored = run("check", "--max-violations", "1", "--min-score", "80");
        assertThat(scored.exit()).isEqualTo(1);
        assertThat(scored.out()).contains("75").contains("--min-score");
        assertThat(run("check", "--disable", "overlap").exit()).isZero();
        assertThat(run("check", "--severity", "overlap=warning").exit()).isZero();
        assertThat(run("check", "--severity", "overlap=warning", "--fail-on", "warning").exit()).isEqualTo(1);
    }

    @Test
    void anUnknownProfileIsAConfigurationError() throws Exception {
        Run run = run("check", "--profile", "netflix-xx");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("subtitle-qc: unknown profile 'netflix-xx': use auto or one of netflix-en, ");
        assertThat(project.resolve("subtitle-qc-report")).doesNotExist();
    }

    @Test
    void aMisspeltRuleGetsADidYouMean() throws Exception {
        Run run = run("check", "--rule", "reading-sped:maxCps=17");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("subtitle-qc: unknown rule id 'reading-sped' in --rule, --disable or"
                + " --severity (did you mean 'reading-speed'?); known rules: ");
    }

    @Test
    void badOptionsAreUsageErrors() throws Exception {
        Run unknown = run("check", "--fail-onn", "error");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown option: '--fail-onn'").contains("Possible solutions: --fail-on");
        Run format = run("check", "--format", "jsn");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("unknown report format 'jsn' in --format (did you mean 'json'?)");
        Run rate = run("check", "--frame-rate", "fast");
        assertThat(rate.exit()).isEqualTo(2);
        assertThat(rate.err()).contains("--frame-rate: invalid frame rate 'fast'");
        Run number = run("check", "--threads", "many");
        assertThat(number.exit()).isEqualTo(2);
        assertThat(number.err()).contains("--threads");
        Run rule = run("check", "--rule", "reading-speed");
        assertThat(rule.exit()).isEqualTo(2);
        assertThat(rule.err()).contains("write it as id:parameter=value");
        Run missing = run("check", "no-such-dir");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no-such-dir does not exist");
    }

    @Test
    void ruleParametersApply() throws Exception {
        // intro.en.srt passes at the profile's limits; a reading speed of 1 character a second fails it
        Run run = run("check", "--rule", "reading-speed:maxCps=1", "src/main/subtitles/intro.en.srt");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("reading-speed");
    }

    @Test
    void theJsonReportIsThePluginsForTheSameFiles() throws Exception {
        Run run = run("check", "--format", "json", "--output", "out", "src/main/subtitles");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("see out/subtitle-qc.json for every finding");
        ObjectMapper json = new ObjectMapper();
        JsonNode cli = json.readTree(project.resolve("out/subtitle-qc.json").toFile());

        // what the plugin writes: its default settings, the engine and the JSON writer, in process
        Engine engine = Engine.withDiscoveredRules(EngineConfig.defaults().withProfile("auto")
                .withFrameRate(FrameRate.parse("23.976")), getClass().getClassLoader());
        List<SourceFile> files = List.of(
                SourceFile.relativeTo(project, project.resolve("src/main/subtitles/intro.en.srt")),
                SourceFile.relativeTo(project, project.resolve("src/main/subtitles/talk.en.srt")));
        ReportFormat format = ReportFormats.discover(getClass().getClassLoader()).select("json").get(0);
        Path pluginOut = project.resolve("plugin");
        ReportTarget target = new ReportTarget(pluginOut, ReportTarget.BASE_NAME, l -> { }, 10, null);
        Gate gate = new Gate(true, Severity.ERROR, 0, 0);
        try (ReportWriter writer = format.open(target)) {
            new ReportRun(new RunStart(ReportRun.version(), null, files.size(), engine.rules(), Severity.ERROR),
                    gate, null, List.of(writer)).run(engine, files, (done, total, file) -> { });
        }
        JsonNode plugin = json.readTree(pluginOut.resolve("subtitle-qc.json").toFile());

        assertThat(cli.get("files")).hasSize(2);
        assertThat(cli.get("files")).isEqualTo(plugin.get("files"));
        assertThat(cli.get("summary")).isEqualTo(plugin.get("summary"));
        assertThat(cli.get("crossFileFindings")).isEqualTo(plugin.get("crossFileFindings"));
        assertThat(cli.at("/files/1/findings/0/rule").asText()).isEqualTo("overlap");
    }

    @Test
    void everyReportFormatIsWritten() throws Exception {
        Run run = run("check", "--format", "json,sarif", "--format", "checkstyle", "--format", "junit,html",
                "--output", "reports");
        assertThat(run.exit()).isEqualTo(1);
        try (var listing = Files.list(project.resolve("reports"))) {
            assertThat(listing.map(p -> p.getFileName().toString()).sorted().toList()).contains(
                    "subtitle-qc.json", "subtitle-qc.sarif");
        }
        assertThat(Files.list(project.resolve("reports")).count()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void fixDryRunPrintsADiffAndChangesNothing() throws Exception {
        Path talk = project.resolve("src/main/subtitles/talk.en.srt");
        byte[] before = Files.readAllBytes(talk);
        Run run = run("fix", "--dry-run");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("[INFO] --- a/src/main/subtitles/talk.en.srt")
                .contains("[INFO] +++ b/src/main/subtitles/talk.en.srt")
                .contains("[INFO] @@ ")
                .contains("[INFO] src/main/subtitles/talk.en.srt: would fix 1 overlap")
                .contains("dry run: nothing was written");
        assertThat(Files.readAllBytes(talk)).isEqualTo(before);

        Run fixed = run("fix");
        assertThat(fixed.exit()).isZero();
        assertThat(fixed.out()).contains("[INFO] src/main/subtitles/talk.en.srt: fixed 1 overlap");
        assertThat(Files.readAllBytes(talk)).isNotEqualTo(before);
        assertThat(run("check").exit()).isZero();
    }

    @Test
    void aBaselineAcceptsTodaysFindings() throws Exception {
        assertThat(run("check").exit()).isEqualTo(1);
        Run baseline = run("baseline");
        assertThat(baseline.exit()).isZero();
        assertThat(baseline.out()).contains("wrote the baseline subtitle-qc-baseline.json: 1 finding in 1 of 2 files");
        assertThat(project.resolve("subtitle-qc-baseline.json")).exists();
        Run check = run("check");
        assertThat(check.exit()).isZero();
        assertThat(check.out()).doesNotContain(OVERLAP_LINE);
    }

    @Test
    void directoriesAreScannedWithIncludesAndExcludesAndProgressIsPlainOffATerminal() throws Exception {
        Path many = Files.createDirectories(project.resolve("many"));
        for (int i = 1; i <= 50; i++) {
            Files.writeString(many.resolve(String.format("EP%02d.en.SRT", i)), "1\n00:00:01,000 --> 00:00:03,000\nHello.\n");
        }
        Files.createDirectories(many.resolve("old"));
        Files.copy(project.resolve("src/main/subtitles/talk.en.srt"), many.resolve("old/talk.en.srt"));
        Files.writeString(many.resolve("notes.txt"), "not a subtitle");

        Run run = run("check", "--exclude", "old/**", "many");
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).contains("[INFO] subtitle-qc: checking 50 files\n")
                .contains("[INFO] subtitle-qc: 50/50 files checked (")
                .contains("[INFO] many/EP01.en.SRT: 1 cue").contains("[INFO] many/EP50.en.SRT: 1 cue")
                .doesNotContain("talk.en.srt").doesNotContain("notes.txt")
                .contains("[INFO] subtitle-qc: 50 files, 50 cues, 0 errors");
        assertThat(run("check", "many").exit()).isEqualTo(1);
        assertThat(run("check", "--include", "**/old/*.srt", "many").out())
                .contains("many/old/talk.en.srt: 2 cues").doesNotContain("EP01");
    }

    @Test
    void helpAndVersion() throws Exception {
        for (String command : List.of("check", "fix", "baseline")) {
            Run help = run(command, "--help");
            assertThat(help.exit()).isZero();
            assertThat(help.out()).startsWith("Usage: subtitle-qc " + command).contains("--profile=ID")
                    .contains("--include=GLOB");
        }
        assertThat(run("check", "--help").out()).contains("--fail-on=LEVEL").contains("--min-score=SCORE")
                .contains("--format=FORMAT").contains("--output=DIR");
        assertThat(run("fix", "--help").out()).contains("--dry-run");
        Run version = run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out().strip()).matches("subtitle-qc \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        Run none = run();
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.out()).contains("check").contains("fix").contains("baseline");
    }
}

package io.github.subtitleqc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The distribution's launcher script, and the pre-commit hook that runs it. */
@DisabledOnOs(OS.WINDOWS)
class LauncherTest {

    @TempDir
    Path project;

    private Path launcher() {
        Path launcher = Path.of(System.getProperty("cli.launcher"));
        assertThat(launcher).as("the distribution is built at package").exists();
        assertThat(Files.isExecutable(launcher)).isTrue();
        return launcher;
    }

    private record Run(int exit, String out) {
    }

    private Run run(List<String> command) throws Exception {
        Path out = Files.createTempFile("launcher", ".out");
        ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    }

    private void overlap() throws Exception {
        Files.writeString(project.resolve("talk.en.srt"),
                "1\n00:00:01,000 --> 00:00:03,000\nHello.\n\n2\n00:00:02,500 --> 00:00:04,000\nGoodbye.\n");
        Files.writeString(project.resolve("intro.en.srt"), "1\n00:00:01,000 --> 00:00:03,000\nHello.\n");
    }

    @Test
    void theLauncherRunsTheJarAndPassesOnTheExitCode() throws Exception {
        overlap();
        Run run = run(List.of(launcher().toString(), "check", "talk.en.srt"));
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("[ERROR] talk.en.srt:[6,1] overlap: cue starts at 00:00:02.500");
        assertThat(run(List.of(launcher().toString(), "check", "intro.en.srt")).exit()).isZero();
        assertThat(run(List.of(launcher().toString(), "check", "--profile", "netflix-xx")).exit()).isEqualTo(2);
    }

    @Test
    void theLauncherWorksThroughALink() throws Exception {
        Path link = Files.createSymbolicLink(project.resolve("subtitle-qc"), launcher().toAbsolutePath());
        Run run = run(List.of(link.toString(), "--version"));
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("subtitle-qc ");
        Files.delete(link);
    }

    @Test
    void thePreCommitHookChecksTheStagedSubtitleFiles() throws Exception {
        JsonNode hooks = new ObjectMapper(new YAMLFactory()).readTree(Path.of("../.pre-commit-hooks.yaml").toFile());
        JsonNode hook = hooks.get(0);
        assertThat(hook.get("id").asText()).isEqualTo("subtitle-qc");
        assertThat(hook.get("language").asText()).isEqualTo("system");
        Pattern files = Pattern.compile(hook.get("files").asText());
        assertThat(List.of("a.srt", "b/EPISODE.VTT", "c.ttml", "d.dfxp", "e.ass", "f.ssa"))
                .allMatch(f -> files.matcher(f).find());
        assertThat(List.of("a.srt.bak", "notes.txt", "srt")).noneMatch(f -> files.matcher(f).find());

        // pre-commit runs the entry with the staged files appended; the entry's command is the launcher
        overlap();
        List<String> command = new ArrayList<>(List.of(hook.get("entry").asText().split(" ")));
        assertThat(command.get(0)).isEqualTo("subtitle-qc");
        command.set(0, launcher().toString());
        command.addAll(List.of("talk.en.srt", "intro.en.srt"));
        Run run = run(command);
        assertThat(run.exit()).as("the commit is refused").isEqualTo(1);
        assertThat(run.out()).contains("overlap");
    }
}

package io.github.subtitleqc.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The baseline goal writes what check then leaves out; check refuses a baseline it cannot read. */
@MojoTest
class BaselineMojoTest {

    private static final String OVERLAP = "src/test/resources/unit/overlap";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path out;

    @Test
    @Basedir(OVERLAP)
    @InjectMojo(goal = "baseline", pom = "pom.xml")
    void theBaselineGoalWritesTheSameBytesTwiceAndLeavesAnUpToDateFileAlone(BaselineMojo mojo) throws Exception {
        Path file = out.resolve("subtitle-qc-baseline.json");
        MojoExtension.setVariableValueToObject(mojo, "baselineFile", file.toFile());
        mojo.execute();
        byte[] first = Files.readAllBytes(file);
        JsonNode entries = JSON.readTree(first).get("entries");
        assertThat(entries.size()).isEqualTo(1);
        assertThat(entries.get(0).get("file").asText()).isEqualTo("src/main/subtitles/talk.en.srt");
        assertThat(entries.get(0).get("rule").asText()).isEqualTo("overlap");
        assertThat(entries.get(0).get("occurrence").asInt()).isZero();

        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, old);
        mojo.execute();
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(file)).as("up to date: not written again").isEqualTo(old);

        Path second = out.resolve("again/second.json");
        MojoExtension.setVariableValueToObject(mojo, "baselineFile", second.toFile());
        mojo.execute();
        assertThat(Files.readAllBytes(second)).isEqualTo(first);
    }

    @Test
    @Basedir(OVERLAP)
    @InjectMojo(goal = "check", pom = "pom.xml")
    void checkLeavesOutWhatTheBaselineHoldsAndSaysSo(CheckMojo mojo) throws Exception {
        Path file = out.resolve("subtitle-qc-baseline.json");
        Files.writeString(file, "{\"version\": 1, \"entries\": [{\"file\": \"src/main/subtitles/talk.en.srt\","
                + " \"rule\": \"overlap\", \"text\": \"" + overlapText() + "\", \"occurrence\": 0}]}");
        reportTo(mojo, file);
        mojo.execute(); // the overlap alone would fail the build
        JsonNode summary = JSON.readTree(out.resolve("reports/subtitle-qc.json").toFile()).get("summary");
        assertThat(summary.get("errors").asInt()).isZero();
        assertThat(summary.get("baselined").asInt()).isEqualTo(1);
        assertThat(summary.get("baselineFixed").asInt()).isZero();
    }

    @Test
    @Basedir(OVERLAP)
    @InjectMojo(goal = "check", pom = "pom.xml")
    void aBaselineThatCannotBeReadStopsTheBuildBeforeAnyFileIsRead(CheckMojo mojo) throws Exception {
        Path file = out.resolve("subtitle-qc-baseline.json");
        Files.writeString(file, "{\"version\": 1, \"entries\": [{\"file\": ");
        reportTo(mojo, file);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("subtitle-qc: the baseline file " + file + " is not a subtitle-qc baseline:"
                        + " malformed JSON (")
                .hasMessageEndingWith("; delete it and write it again with the baseline goal");
        assertThat(out.resolve("reports")).doesNotExist();
    }

    /** The fingerprint the overlap finding of the test project gets, as the baseline goal writes it. */
    private String overlapText() throws Exception {
        Path file = out.resolve("probe.json");
        BaselineMojo probe = new BaselineMojo();
        for (String field : new String[] {"baseDirectory", "includes", "profile", "frameRate", "kinds"}) {
            Object value = switch (field) {
                case "baseDirectory" -> new File(MojoExtension.getBasedir());
                case "includes" -> "**/*.srt";
                case "profile" -> "auto";
                case "frameRate" -> "23.976";
                default -> "subtitles,captions";
            };
            MojoExtension.setVariableValueToObject(probe, field, value);
        }
        MojoExtension.setVariableValueToObject(probe, "baselineFile", file.toFile());
        probe.execute();
        return JSON.readTree(file.toFile()).at("/entries/0/text").asText();
    }

    private void reportTo(CheckMojo mojo, Path baseline) throws IllegalAccessException {
        MojoExtension.setVariableValueToObject(mojo, "outputDirectory", out.resolve("reports").toFile());
        MojoExtension.setVariableValueToObject(mojo, "cacheFile", "");
        MojoExtension.setVariableValueToObject(mojo, "baselineFile", baseline.toFile());
    }
}

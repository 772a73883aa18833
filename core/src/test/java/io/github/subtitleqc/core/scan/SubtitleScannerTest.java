package io.github.subtitleqc.core.scan;

import io.github.subtitleqc.core.engine.SourceFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which files the goal checks: patterns, case, links, loops. */
class SubtitleScannerTest {

    @TempDir
    Path project;
    Path subtitles;
    final List<String> debug = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    @BeforeEach
    void layOut() throws IOException {
        subtitles = Files.createDirectories(project.resolve("src/main/subtitles"));
    }

    private List<String> scan(String includes, String excludes) {
        SubtitleScanner.Log log = new SubtitleScanner.Log() {
            @Override
            public void debug(String content) {
                debug.add(content);
            }

            @Override
            public void warn(String content) {
                warnings.add(content);
            }
        };
        return new SubtitleScanner(project, List.of(subtitles.toFile(), new File(project.toFile(), "src/test/subtitles")),
                includes, excludes, log).scan().stream().map(SourceFile::displayPath).toList();
    }

    private Path file(String name) throws IOException {
        Path p = subtitles.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "1\n00:00:01,000 --> 00:00:02,000\nHi\n");
    }

    @Test
    void extensionsMatchWhateverTheirCase() throws IOException {
        file("EPISODE1.SRT");
        file("Episode2.Vtt");
        file("episode3.srt");
        file("notes.txt");
        assertThat(scan(SubtitleScanner.DEFAULT_INCLUDES, null)).containsExactly(
                "src/main/subtitles/EPISODE1.SRT", "src/main/subtitles/Episode2.Vtt", "src/main/subtitles/episode3.srt");
    }

    @Test
    void excludesAndTrailingSlashPatterns() throws IOException {
        file("a/one.srt");
        file("b/two.srt");
        file("b/deeper/three.vtt");
        assertThat(scan("**/*.srt,**/*.vtt", "b/")).containsExactly("src/main/subtitles/a/one.srt");
        assertThat(scan("b/", "**/*.VTT")).containsExactly("src/main/subtitles/b/two.srt");
    }

    @Test
    void versionControlDirectoriesAreLeftOut() throws IOException {
        file(".git/x.srt");
        file("kept.srt");
        assertThat(scan(SubtitleScanner.DEFAULT_INCLUDES, null)).containsExactly("src/main/subtitles/kept.srt");
    }

    @Test
    @Timeout(20)
    void aLinkToItsOwnDirectoryIsWalkedOnceAndSaidAtDebugLevel() throws IOException {
        file("one.srt");
        file("sub/two.srt");
        Files.createSymbolicLink(subtitles.resolve("loop"), Path.of("."));
        Files.createSymbolicLink(subtitles.resolve("sub/up"), Path.of("../../subtitles"));
        assertThat(scan(SubtitleScanner.DEFAULT_INCLUDES, null))
                .containsExactly("src/main/subtitles/one.srt", "src/main/subtitles/sub/two.srt");
        assertThat(debug).contains("subtitle-qc: src/main/subtitles/loop leads to src/main/subtitles, which is already"
                + " walked (a symbolic link loop or a second link): not walked again");
        assertThat(warnings).isEmpty();
    }

    @Test
    @Timeout(20)
    void manyLinksToTheSameFilesFindEachRealFileOnceByItsOwnPath() throws IOException {
        Path shared = Files.createDirectories(project.resolve("shared"));
        Files.writeString(shared.resolve("common.srt"), "1\n00:00:01,000 --> 00:00:02,000\nHi\n");
        file("z/own.srt");
        Files.createSymbolicLink(subtitles.resolve("a-link"), Path.of("z"));
        Files.createSymbolicLink(subtitles.resolve("b-link"), Path.of("z"));
        Files.createSymbolicLink(subtitles.resolve("common.srt"), shared.resolve("common.srt"));
        Files.createSymbolicLink(subtitles.resolve("same.srt"), shared.resolve("common.srt"));
        Files.createSymbolicLink(subtitles.resolve("outside"), shared);
        assertThat(scan(SubtitleScanner.DEFAULT_INCLUDES, null))
                .containsExactly("src/main/subtitles/common.srt", "src/main/subtitles/z/own.srt");
    }

    @Test
    void aBrokenLinkThatMatchesIsKeptForTheEngineToReport() throws IOException {
        file("good.srt");
        Files.createSymbolicLink(subtitles.resolve("y.srt"), Path.of("nowhere.srt"));
        Files.createSymbolicLink(subtitles.resolve("z.txt"), Path.of("nowhere.txt"));
        assertThat(scan(SubtitleScanner.DEFAULT_INCLUDES, null))
                .containsExactly("src/main/subtitles/good.srt", "src/main/subtitles/y.srt");
    }
}

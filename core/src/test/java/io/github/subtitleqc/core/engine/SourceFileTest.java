package io.github.subtitleqc.core.engine;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SourceFileTest {

    @Test
    void namesAFileRelativeToTheProjectWithSlashes() {
        Path base = Path.of("/work/project").toAbsolutePath();
        Path file = base.resolve("src").resolve("main").resolve("subtitles").resolve("talk.zh-Hans.srt");
        SourceFile f = SourceFile.relativeTo(base, file);
        assertThat(f.path()).isEqualTo(file);
        assertThat(f.displayPath()).isEqualTo("src/main/subtitles/talk.zh-Hans.srt");
    }

    @Test
    void aFileOutsideTheProjectKeepsItsPath() {
        Path base = Path.of("/work/project").toAbsolutePath();
        Path outside = Path.of("/elsewhere/talk.srt").toAbsolutePath();
        assertThat(SourceFile.relativeTo(base, outside).displayPath())
                .isEqualTo(outside.toString().replace('\\', '/'));
        assertThat(SourceFile.relativeTo(null, outside).displayPath()).isEqualTo(outside.toString().replace('\\', '/'));
        assertThat(SourceFile.relativeTo(base, Path.of("subs", "a.srt")).displayPath()).isEqualTo("subs/a.srt");
    }
}

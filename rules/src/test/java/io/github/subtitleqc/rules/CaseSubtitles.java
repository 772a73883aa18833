package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.read.Readers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The subtitle files among the rule cases: every file a reader reads (SRT, WebVTT, TTML, ASS), in path order. */
final class CaseSubtitles {

    private CaseSubtitles() {
    }

    static List<Path> under(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> Readers.forFileName(p.getFileName().toString()).isPresent())
                    .sorted().toList();
        }
    }
}

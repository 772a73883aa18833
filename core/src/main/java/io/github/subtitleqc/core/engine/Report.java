package io.github.subtitleqc.core.engine;

import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.score.Score;

import java.util.List;
import java.util.stream.Stream;

/**
 * The one result of a run, from which the console, every report file and the pass/fail decision
 * are all written, so they cannot disagree.
 *
 * @param files  each file's result, in the order the files were given
 * @param score  the build's score
 */
public record Report(List<FileResult> files, Score score) {

    public Report {
        files = List.copyOf(files);
    }

    /** All findings of all files, in report order. */
    public Stream<Finding> findings() {
        return files.stream().flatMap(f -> f.findings().stream());
    }

    /** The number of cues in all files. */
    public long cues() {
        return files.stream().mapToLong(FileResult::cues).sum();
    }

    /** The number of findings of exactly this severity. */
    public long count(Severity severity) {
        return findings().filter(f -> f.severity() == severity).count();
    }

    /** The number of findings of this severity or worse. */
    public long countAtLeast(Severity severity) {
        return findings().filter(f -> f.severity().isAtLeast(severity)).count();
    }
}

package io.github.subtitleqc.core.engine;

import io.github.subtitleqc.core.model.Finding;

import java.io.IOException;
import java.util.List;

/**
 * Where {@link Engine#run} sends what it finds, as it finds it: each file's result once the file
 * is done, in the order the files were given whatever the threads, then once the findings of the
 * cross-file rules. Called from the thread that called {@code run}.
 */
public interface ResultSink {

    /**
     * One file's result: its own findings (reader and per-cue rules) and its score. The engine
     * keeps nothing of it afterwards.
     */
    void file(FileResult result) throws IOException;

    /**
     * After the last file: the cross-file rules' findings, grouped by file in the order the files
     * were given, each file's in {@link Finding#ORDER}. They change no file's score.
     */
    void crossFile(List<Finding> findings) throws IOException;

    /**
     * With a baseline in use ({@link EngineConfig#baseline()}), just before {@link #crossFile}:
     * how many findings of the run it left out (files' own and cross-file; a file's own are also
     * in {@link FileResult#baselined()}), and how many of its entries matched no finding.
     */
    default void baseline(long baselined, int fixed) throws IOException {
    }
}

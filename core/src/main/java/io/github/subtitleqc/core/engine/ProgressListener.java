package io.github.subtitleqc.core.engine;

/** Hears about each file as it is done, in the order of the files, on the thread that runs the check. */
@FunctionalInterface
public interface ProgressListener {

    /** No progress reporting. */
    ProgressListener NONE = (done, total, file) -> { };

    /**
     * A file has been checked.
     *
     * @param done  files checked so far
     * @param total files to check
     * @param file  the one just checked
     */
    void fileDone(int done, int total, FileResult file);
}

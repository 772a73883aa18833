package io.github.subtitleqc.core.run;

import io.github.subtitleqc.core.baseline.Baseline;
import io.github.subtitleqc.core.baseline.BaselineEntry;
import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.engine.ProgressListener;
import io.github.subtitleqc.core.engine.ResultSink;
import io.github.subtitleqc.core.engine.SourceFile;
import io.github.subtitleqc.core.model.Finding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The baseline goal's run, shared by the Maven plugin and the command line: checks the files
 * with an engine built with {@link Baseline#recorder()} and writes every finding to the baseline
 * file (left as it is when it already has those bytes).
 */
public final class BaselineRun {

    private BaselineRun() {
    }

    /**
     * @param recorder the recorder the engine was built with
     * @param display  the baseline file as the user sees it
     * @return the sentence to print: what was written, or that the file is up to date
     * @throws IOException when the files cannot be checked or the baseline cannot be written; the
     *                     message says which
     */
    public static String run(Engine engine, Baseline recorder, List<SourceFile> files, ProgressListener progress,
                             Path baselineFile, String display) throws IOException {
        Set<String> withFindings = new HashSet<>();
        try {
            engine.run(files, progress, new ResultSink() {
                @Override
                public void file(FileResult result) {
                    if (!result.findings().isEmpty()) {
                        withFindings.add(result.path());
                    }
                }

                @Override
                public void crossFile(List<Finding> findings) {
                    findings.forEach(f -> withFindings.add(f.file()));
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IOException("subtitle-qc: cannot check the files: " + e.getMessage(), e);
        }
        List<BaselineEntry> entries = recorder.recorded();
        boolean written;
        try {
            written = Baseline.write(entries, baselineFile);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IOException("subtitle-qc: cannot write the baseline file " + display + ": "
                    + e.getMessage() + "; check that its directory can be written", e);
        }
        String what = entries.size() + (entries.size() == 1 ? " finding" : " findings") + " in "
                + withFindings.size() + " of " + files.size() + (files.size() == 1 ? " file" : " files");
        return written
                ? "subtitle-qc: wrote the baseline " + display + ": " + what + "; check leaves them out from now"
                        + " on and fails only on new findings. Commit the file."
                : "subtitle-qc: the baseline " + display + " is up to date (" + what + "); it was left as it is";
    }
}

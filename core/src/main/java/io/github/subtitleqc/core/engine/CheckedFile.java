package io.github.subtitleqc.core.engine;

import java.util.List;

/**
 * One file checked by the per-cue stage: its result (the file's own findings and score) and its
 * summaries for the cross-file rules: empty (an unreadable file), or one per available cross-file
 * rule, null where that rule did not run on this file.
 */
record CheckedFile(FileResult result, List<CrossFileSummary> summaries) {

    CheckedFile {
        summaries = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(summaries));
    }
}

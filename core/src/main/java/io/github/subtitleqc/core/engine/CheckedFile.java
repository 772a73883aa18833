package io.github.subtitleqc.core.engine;

import io.github.subtitleqc.core.cache.ContentHash;
import io.github.subtitleqc.core.cache.ResultCache;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One file checked by the per-file stages, or taken from the cache.
 *
 * @param result    its result: the file's own findings and score
 * @param summaries its summaries for the cross-file rules: empty (an unreadable file), or one per
 *                  available cross-file rule, null where that rule did not run on this file
 * @param hash      the hash of the content the result comes from, or {@code null} when the result
 *                  depends on more than content and configuration (unreadable, out of memory) or
 *                  the cache is off: such a result is not cached
 * @param encoded   the summaries encoded with their rules' codecs, one per available cross-file
 *                  rule (null where it did not run or has no codec), or {@code null} when not encoded
 * @param entry     the result and summaries encoded for the cache, or {@code null} when not cached
 */
record CheckedFile(FileResult result, List<CrossFileSummary> summaries, ContentHash hash, List<byte[]> encoded,
                   ResultCache.EncodedFile entry) {

    CheckedFile {
        summaries = Collections.unmodifiableList(new ArrayList<>(summaries));
    }

    CheckedFile(FileResult result, List<CrossFileSummary> summaries) {
        this(result, summaries, null, null, null);
    }
}

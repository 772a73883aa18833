package io.github.subtitleqc.core.cache;

import io.github.subtitleqc.core.engine.FileResult;

import java.util.List;

/**
 * One file's entry in the result cache.
 *
 * @param result    the file's own result, as {@link ResultCache#record} was given it: its findings
 *                  before any cross-file rule added its own
 * @param summaries for each project rule, in the order the run gave them, the bytes of the file's
 *                  summary ({@link io.github.subtitleqc.core.rule.SummaryCodec#encode}), or
 *                  {@code null} where the rule did not run on the file
 * @param entry     the entry's bytes as read, to record it in the new cache without encoding it
 *                  again; {@code null} when not kept
 */
public record CachedFile(FileResult result, List<byte[]> summaries, ResultCache.EncodedFile entry) {

    /** An entry without its bytes. */
    public CachedFile(FileResult result, List<byte[]> summaries) {
        this(result, summaries, null);
    }

    /** The entry to record for this file in the new cache: its bytes as read, else encoded again. */
    public ResultCache.EncodedFile toRecord() {
        return entry != null ? entry : ResultCache.encode(result, summaries);
    }
}

package io.github.subtitleqc.core.rule;

import io.github.subtitleqc.core.cache.ByteReader;
import io.github.subtitleqc.core.cache.ByteWriter;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The binary form of a {@link ProjectRule}'s per-file summary, so that the result cache can keep
 * it with the file's result: on a re-run, a file whose content and configuration have not changed
 * is not read again, and the rule's {@link ProjectRule#finish} gets the decoded summary instead.
 *
 * <p>{@link #read} must give back a summary that {@code finish} treats exactly as the one
 * {@link #write} was given (after {@link ProjectRule#fileDone}): the same findings, in the same
 * order, with the same messages. Raise {@link #version()} whenever the form changes, so that
 * caches written in the old form are not read with the new one.
 *
 * <p>{@link io.github.subtitleqc.core.cache.Binary} has variable-length numbers and strings of
 * any length for it.
 *
 * @param <S> the rule's summary type
 */
public interface SummaryCodec<S> {

    /** Writes a summary that {@link ProjectRule#fileDone} has been called for. */
    void write(S summary, DataOutput out) throws IOException;

    /**
     * Reads what {@link #write} wrote.
     *
     * @throws IOException when the input ends early or is not what {@link #write} writes
     */
    S read(DataInput in) throws IOException;

    /**
     * The version of the form, part of the cache's configuration fingerprint: a cache written with
     * another version is not used.
     */
    default int version() {
        return 1;
    }

    /** The summary as bytes. */
    default byte[] encode(S summary) throws IOException {
        ByteWriter out = new ByteWriter(1 << 10);
        write(summary, out);
        return out.toByteArray();
    }

    /**
     * The summary {@link #encode} gave {@code bytes} for.
     *
     * @throws IOException when they are not what {@link #encode} writes, or hold more than it wrote
     */
    default S decode(byte[] bytes) throws IOException {
        ByteReader in = new ByteReader(bytes);
        S summary = read(in);
        if (in.remaining() > 0) {
            throw new IOException(in.remaining() + " bytes left over after a summary");
        }
        return summary;
    }
}

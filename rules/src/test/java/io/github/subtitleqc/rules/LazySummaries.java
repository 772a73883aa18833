package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.rule.SummaryCodec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * The summaries of a run as the engine hands them to {@code finish} when it keeps them on disk:
 * each {@link #get} decodes the file's summary again (a fresh object every call), and counts the
 * call, so that a test can see how often {@code finish} fetched each file.
 */
final class LazySummaries<S> extends AbstractList<S> implements RandomAccess {

    private final int size;
    private final IntFunction<byte[]> bytes;
    private final SummaryCodec<S> codec;
    private final int[] fetches;
    /** Called with the index before each fetch (for measuring the heap at a given point). */
    private final IntFunction<Void> beforeFetch;

    LazySummaries(int size, IntFunction<byte[]> bytes, SummaryCodec<S> codec) {
        this(size, bytes, codec, i -> null);
    }

    LazySummaries(int size, IntFunction<byte[]> bytes, SummaryCodec<S> codec, IntFunction<Void> beforeFetch) {
        this.size = size;
        this.bytes = bytes;
        this.codec = codec;
        this.fetches = new int[size];
        this.beforeFetch = beforeFetch;
    }

    @Override
    public S get(int index) {
        beforeFetch.apply(index);
        fetches[index]++;
        try {
            return codec.decode(bytes.apply(index));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int size() {
        return size;
    }

    /** How many times {@link #get} was called for {@code index}. */
    int fetches(int index) {
        return fetches[index];
    }
}

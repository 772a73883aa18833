package io.github.subtitleqc.core.engine;

import java.util.Arrays;

/**
 * What a report needs to draw one file's cues (a timeline, a reading-speed histogram, a findings
 * table with the cue's text): kept only when {@link EngineConfig#cueDetails()} asks for it, so that
 * a run whose reports need none of it holds nothing per cue. Cue {@code i} (0-based) is the cue of
 * ordinal {@code i + 1}. Parallel arrays rather than an object per cue: about 20 bytes and the text
 * per cue.
 */
public final class CueDetails {

    private final long[] startMs;
    private final long[] endMs;
    private final float[] cps;
    private final String[] text;
    private final Double cpsLimit;

    private CueDetails(long[] startMs, long[] endMs, float[] cps, String[] text, Double cpsLimit) {
        this.startMs = startMs;
        this.endMs = endMs;
        this.cps = cps;
        this.text = text;
        this.cpsLimit = cpsLimit;
    }

    /** The number of cues. */
    public int size() {
        return startMs.length;
    }

    /** Where cue {@code index} starts, in milliseconds. */
    public long startMs(int index) {
        return startMs[index];
    }

    /** Where cue {@code index} ends, in milliseconds. */
    public long endMs(int index) {
        return endMs[index];
    }

    /**
     * The reading speed of cue {@code index} in characters per second, counted as the file's
     * profile and the {@code reading-speed} rule's {@code countSpaces} say; {@code NaN} when the
     * cue's duration is not positive.
     */
    public double cps(int index) {
        return cps[index];
    }

    /** The visible text of cue {@code index}, its lines joined with {@code \n}. */
    public String text(int index) {
        return text[index];
    }

    /**
     * The most characters per second the file's profile allows: the {@code reading-speed} rule's
     * {@code maxCps} as resolved for this file, or {@code null} when that rule did not run or has
     * no such limit.
     */
    public Double cpsLimit() {
        return cpsLimit;
    }

    /** Collects one file's cues in order. */
    public static final class Builder {
        private final Double cpsLimit;
        private long[] startMs;
        private long[] endMs;
        private float[] cps;
        private String[] text;
        private int size;

        /** @param expected the number of cues the file has (the arrays grow if there are more) */
        public Builder(int expected, Double cpsLimit) {
            this.cpsLimit = cpsLimit;
            int n = Math.max(expected, 0);
            startMs = new long[n];
            endMs = new long[n];
            cps = new float[n];
            text = new String[n];
        }

        /** Adds the next cue. */
        public Builder add(long start, long end, double charsPerSecond, String visibleText) {
            if (size == startMs.length) {
                int n = Math.max(8, size * 2);
                startMs = Arrays.copyOf(startMs, n);
                endMs = Arrays.copyOf(endMs, n);
                cps = Arrays.copyOf(cps, n);
                text = Arrays.copyOf(text, n);
            }
            startMs[size] = start;
            endMs[size] = end;
            cps[size] = (float) charsPerSecond;
            text[size] = visibleText;
            size++;
            return this;
        }

        public CueDetails build() {
            return new CueDetails(Arrays.copyOf(startMs, size), Arrays.copyOf(endMs, size), Arrays.copyOf(cps, size),
                    Arrays.copyOf(text, size), cpsLimit);
        }
    }
}

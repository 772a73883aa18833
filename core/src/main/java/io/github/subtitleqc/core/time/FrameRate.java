package io.github.subtitleqc.core.time;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A frame rate as an exact fraction: {@code 23.976} is 24000/1001 and {@code 29.97} is 30000/1001
 * (SPEC §4.6), so frame counts do not drift.
 *
 * @param numerator   frames
 * @param denominator per this many seconds
 */
public record FrameRate(long numerator, long denominator) {

    /** 24000/1001, the film rate of most streaming masters. */
    public static final FrameRate FILM_NTSC = new FrameRate(24000, 1001);

    public FrameRate {
        if (numerator <= 0 || denominator <= 0) {
            throw new IllegalArgumentException("a frame rate must be positive");
        }
    }

    /**
     * Parses {@code 23.976}, {@code 29.97}, {@code 59.94}, {@code 25}, {@code 24000/1001}.
     * The NTSC decimals are read as their exact fractions.
     *
     * @throws IllegalArgumentException with a message saying what is accepted
     */
    public static FrameRate parse(String text) {
        String t = text == null ? "" : text.trim();
        try {
            int slash = t.indexOf('/');
            if (slash > 0) {
                return new FrameRate(Long.parseLong(t.substring(0, slash).trim()),
                        Long.parseLong(t.substring(slash + 1).trim()));
            }
            BigDecimal value = new BigDecimal(t);
            if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(1000)) > 0) {
                throw new IllegalArgumentException();
            }
            for (long ntsc : new long[] {24, 30, 48, 60, 120}) {
                BigDecimal exact = BigDecimal.valueOf(ntsc * 1000).divide(BigDecimal.valueOf(1001), 10, RoundingMode.HALF_UP);
                if (value.subtract(exact).abs().compareTo(new BigDecimal("0.006")) < 0 && value.scale() > 0) {
                    return new FrameRate(ntsc * 1000, 1001);
                }
            }
            BigDecimal stripped = value.stripTrailingZeros();
            int scale = Math.max(0, stripped.scale());
            long denominator = BigDecimal.TEN.pow(scale).longValueExact();
            return new FrameRate(stripped.movePointRight(scale).longValueExact(), denominator);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("invalid frame rate '" + text
                    + "': use a positive number such as 23.976, 24, 25, 29.97 or a fraction such as 24000/1001", e);
        }
    }

    /** Milliseconds converted to frames, rounded to the nearest frame, half away from zero. */
    public long toFrames(long millis) {
        long below = denominator * 1000L;
        if (Math.abs(millis) < (1L << 31) && numerator < (1L << 31) && denominator < (1L << 40)) {
            return roundedQuotient(millis * numerator, below); // every cue's duration: no BigDecimal
        }
        BigDecimal frames = BigDecimal.valueOf(millis).multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator * 1000L), 0, RoundingMode.HALF_UP);
        return frames.longValueExact();
    }

    /** {@code a / b} rounded half away from zero, for {@code b > 0}. */
    static long roundedQuotient(long a, long b) {
        long q = a / b;
        long r = Math.abs(a % b);
        return r >= b - r ? q + Long.signum(a) : q;
    }

    /** The duration of {@code frames} frames, in milliseconds (rounded half away from zero). */
    public long toMillis(long frames) {
        return BigDecimal.valueOf(frames).multiply(BigDecimal.valueOf(denominator * 1000L))
                .divide(BigDecimal.valueOf(numerator), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** The rate as people write it: {@code 23.976}, {@code 25}. */
    @Override
    public String toString() {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 3, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}

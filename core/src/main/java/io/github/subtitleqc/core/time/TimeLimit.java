package io.github.subtitleqc.core.time;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration limit, in milliseconds or in frames. Limits in frames are compared in frames: the
 * measured milliseconds are converted at the frame rate and rounded to the nearest frame (SPEC
 * §4.6).
 *
 * @param amount the number of milliseconds or frames
 * @param frames true when {@code amount} counts frames
 */
public record TimeLimit(long amount, boolean frames) {

    private static final Pattern SYNTAX = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)(?:/(\\d+))?\\s*(ms|s|sec|seconds?|f|frames?)?");

    public TimeLimit {
        if (amount < 0) {
            throw new IllegalArgumentException("a time limit cannot be negative");
        }
    }

    /** A limit in milliseconds. */
    public static TimeLimit ofMillis(long millis) {
        return new TimeLimit(millis, false);
    }

    /** A limit in frames. */
    public static TimeLimit ofFrames(long frames) {
        return new TimeLimit(frames, true);
    }

    /**
     * Parses {@code 833}, {@code 833ms}, {@code 0.833s}, {@code 5/6s}, {@code 2f}, {@code 2 frames}.
     * A number without unit is milliseconds. Seconds are rounded to the nearest millisecond.
     *
     * @throws IllegalArgumentException with a message showing the accepted forms
     */
    public static TimeLimit parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        Matcher m = SYNTAX.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("invalid duration '" + text
                    + "': use milliseconds (833 or 833ms), seconds (0.833s, 5/6s) or frames (2f, 2 frames)");
        }
        BigDecimal value = new BigDecimal(m.group(1));
        if (m.group(2) != null) {
            BigDecimal below = new BigDecimal(m.group(2));
            if (below.signum() == 0) {
                throw new IllegalArgumentException("invalid duration '" + text
                        + "': a fraction cannot have 0 below the line");
            }
            value = value.divide(below, 10, RoundingMode.HALF_UP);
        }
        try {
            return of(text, value, m.group(3) == null ? "ms" : m.group(3));
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("invalid duration '" + text + "': the number is too large", e);
        }
    }

    private static TimeLimit of(String text, BigDecimal value, String unit) {
        if (unit.startsWith("f")) {
            if (value.stripTrailingZeros().scale() > 0) {
                throw new IllegalArgumentException("invalid duration '" + text + "': frames must be a whole number");
            }
            return ofFrames(value.longValueExact());
        }
        if (unit.startsWith("s")) {
            value = value.multiply(BigDecimal.valueOf(1000));
        }
        return ofMillis(value.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    /** The measured duration in this limit's unit: milliseconds, or frames at {@code rate}. */
    public long measure(long millis, FrameRate rate) {
        return frames ? rate.toFrames(millis) : millis;
    }

    /** True when {@code millis}, measured in this limit's unit, is above the limit. */
    public boolean isAbove(long millis, FrameRate rate) {
        return measure(millis, rate) > amount;
    }

    /** True when {@code millis}, measured in this limit's unit, is below the limit. */
    public boolean isBelow(long millis, FrameRate rate) {
        return measure(millis, rate) < amount;
    }

    /** The limit in milliseconds at {@code rate}. */
    public long toMillis(FrameRate rate) {
        return frames ? rate.toMillis(amount) : amount;
    }

    /** {@code 833 ms} or {@code 2 frames}. */
    @Override
    public String toString() {
        return frames ? amount + (amount == 1 ? " frame" : " frames") : amount + " ms";
    }
}

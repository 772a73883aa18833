package io.github.subtitleqc.core.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TTML time expressions (TTML2 §10.3.1, the same grammar as TTML1 and IMSC) in seconds, for the
 * {@code media} time base: clock time {@code hh:mm:ss}, with a fraction ({@code 01:02:03.5}) or
 * frames and sub-frames ({@code 01:02:03:12}, {@code 01:02:03:12.1}), and offset time
 * {@code 1.5s}, {@code 2m}, {@code 1h}, {@code 500ms}, {@code 30f}, {@code 100t}. Frames count at
 * the effective frame rate ({@code ttp:frameRate} × {@code ttp:frameRateMultiplier}), sub-frames at
 * {@code ttp:subFrameRate} per frame, ticks at {@code ttp:tickRate} per second. Leniently, as
 * players read them, also one-digit clock fields, a comma before the fraction and minutes and
 * seconds alone ({@code 3:58.640}, Apple's iTunes Timed Text) and seconds without a unit
 * ({@code 19.764}): these are flagged {@code lenient}.
 *
 * @param frameRate    the effective frame rate, frames per second
 * @param subFrameRate sub-frames per frame
 * @param tickRate     ticks per second
 */
record TtmlTime(double frameRate, int subFrameRate, double tickRate) {

    /** What parsing a time expression gave: seconds, or NaN when it is not one. */
    record Parsed(double seconds, boolean lenient) {
        boolean valid() {
            return !Double.isNaN(seconds);
        }
    }

    private static final Pattern CLOCK = Pattern.compile(
            "(\\d{2,}):(\\d{2}):(\\d{2}(?:\\.\\d+)?)(?::(\\d{2,})(?:\\.(\\d+))?)?");
    /** What players also read: one-digit hours, minutes or seconds, or a comma before the fraction. */
    private static final Pattern LENIENT_CLOCK = Pattern.compile(
            "(\\d+):(\\d{1,2}):(\\d{1,2}(?:[.,]\\d+)?)(?::(\\d+)(?:\\.(\\d+))?)?");
    /** Minutes and seconds, as Apple's iTunes Timed Text writes them ({@code 3:58.640}). */
    private static final Pattern MINUTES_SECONDS = Pattern.compile("(\\d+):(\\d{2}(?:\\.\\d+)?)");
    private static final Pattern OFFSET = Pattern.compile("(\\d+(?:\\.\\d+)?)(h|ms|m|s|f|t)");

    /** The defaults of TTML: 30 frames per second, 1 sub-frame per frame, 1 tick per second. */
    static final TtmlTime DEFAULT = new TtmlTime(30, 1, 1);

    /** Seconds, or NaN when {@code text} is not a time expression. */
    double seconds(String text) {
        return parse(text).seconds();
    }

    /** Parses a time expression; surrounding XML white space is allowed. */
    Parsed parse(String text) {
        if (text == null) {
            return new Parsed(Double.NaN, false);
        }
        String s = text.strip();
        if (s.length() > 64) {
            return new Parsed(Double.NaN, false);
        }
        Matcher m = OFFSET.matcher(s);
        if (m.matches()) {
            double count = Double.parseDouble(m.group(1));
            double seconds = switch (m.group(2)) {
                case "h" -> count * 3600;
                case "m" -> count * 60;
                case "s" -> count;
                case "ms" -> count / 1000;
                case "f" -> count / frameRate;
                default -> count / tickRate;
            };
            return new Parsed(seconds, false);
        }
        m = CLOCK.matcher(s);
        boolean lenient = false;
        if (!m.matches()) {
            m = LENIENT_CLOCK.matcher(s);
            if (!m.matches()) {
                if (s.matches("\\d+(?:\\.\\d+)?")) {
                    return new Parsed(Double.parseDouble(s), true);
                }
                Matcher ms = MINUTES_SECONDS.matcher(s);
                return ms.matches() ? new Parsed(Double.parseDouble(ms.group(1)) * 60
                        + Double.parseDouble(ms.group(2)), true) : new Parsed(Double.NaN, false);
            }
            lenient = true;
        }
        double seconds = Double.parseDouble(m.group(1)) * 3600 + Double.parseDouble(m.group(2)) * 60
                + Double.parseDouble(m.group(3).replace(',', '.'));
        if (m.group(4) != null) {
            double frames = Double.parseDouble(m.group(4));
            if (m.group(5) != null) {
                frames += Double.parseDouble(m.group(5)) / subFrameRate;
            }
            seconds += frames / frameRate;
        }
        if (!lenient && (Integer.parseInt(m.group(2)) > 59 || Double.parseDouble(m.group(3)) >= 61)) {
            lenient = true;
        }
        return new Parsed(seconds, lenient);
    }
}

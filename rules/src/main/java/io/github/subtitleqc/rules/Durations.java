package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.time.FrameRate;
import io.github.subtitleqc.core.time.TimeLimit;
import io.github.subtitleqc.core.time.Timecode;

/** How the timing rules word a measured duration against a limit. */
final class Durations {

    private Durations() {
    }

    /** {@code 200 ms}, or {@code 792 ms (19 frames at 23.976 fps)} when the limit is in frames. */
    static String measured(long millis, TimeLimit limit, FrameRate rate) {
        String ms = Timecode.duration(millis);
        if (!limit.frames()) {
            return ms;
        }
        long frames = rate.toFrames(millis);
        return ms + " (" + frames + (frames == 1 ? " frame" : " frames") + " at " + rate + " fps)";
    }

    /**
     * A limit written like the measured durations next to it: {@code 2 frames}, {@code 833 ms},
     * {@code 7 s} (not {@code 7000 ms} after {@code 7.001 s}).
     */
    static String limit(TimeLimit limit) {
        return limit.frames() ? limit.toString() : Timecode.duration(limit.amount());
    }

    /** The measured value in the limit's unit, for the report's {@code value} field. */
    static double value(long millis, TimeLimit limit, FrameRate rate) {
        return limit.measure(millis, rate);
    }
}

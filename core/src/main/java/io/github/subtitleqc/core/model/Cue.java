package io.github.subtitleqc.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One cue as written in the file.
 *
 * @param ordinal    1-based position in the file (not the SRT index number)
 * @param id         the SRT index or WebVTT cue identifier as written, or {@code null}
 * @param startMs    start time in milliseconds
 * @param endMs      end time in milliseconds
 * @param lines      the text lines as written (markup kept); a blank line inside the text is kept
 *                   as an empty string, so that text line {@code i} stays at source line
 *                   {@code firstTextLine + i}
 * @param line       1-based source line where the cue starts: its timing line
 * @param firstTextLine 1-based source line of the first text line; text line {@code i} is at
 *                   {@code firstTextLine + i}
 * @param settings   what is written after the end time, as written: WebVTT cue settings, SubRip
 *                   coordinates, or {@code ""}
 * @param layout     the WebVTT cue settings as players read them ({@link CueLayout#DEFAULT} for SubRip)
 */
public record Cue(int ordinal, String id, long startMs, long endMs, List<String> lines, int line,
                  int firstTextLine, String settings, CueLayout layout) {

    public Cue {
        lines = List.copyOf(lines);
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(layout, "layout");
    }

    /** A cue with the default layout. */
    public Cue(int ordinal, String id, long startMs, long endMs, List<String> lines, int line,
               int firstTextLine, String settings) {
        this(ordinal, id, startMs, endMs, lines, line, firstTextLine, settings, CueLayout.DEFAULT);
    }

    /** End minus start, in milliseconds; zero or negative for invalid timing. */
    public long durationMs() {
        return endMs - startMs;
    }

    /** The source line of text line {@code index} (0-based). */
    public int textLine(int index) {
        return firstTextLine + index;
    }

    /** The text as written: the lines joined with {@code \n}. */
    public String text() {
        return String.join("\n", lines);
    }
}

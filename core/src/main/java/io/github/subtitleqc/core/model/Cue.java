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
 * @param group      the cues this one may collide with: {@code overlap} and {@code min-gap} compare
 *                   a cue only with cues of the same group ({@code ""} for SubRip and WebVTT, where
 *                   every cue is in one group; an ASS cue's layer and style group)
 * @param sourceLines  the source line of each text line, for formats whose text lines are not on
 *                   consecutive source lines (TTML); empty when text line {@code i} is at
 *                   {@code firstTextLine + i}
 * @param sourceColumns the 1-based source column where each text line's text starts (TTML); empty
 *                   when every text line starts at column 1
 */
public record Cue(int ordinal, String id, long startMs, long endMs, List<String> lines, int line,
                  int firstTextLine, String settings, CueLayout layout, String group,
                  List<Integer> sourceLines, List<Integer> sourceColumns) {

    public Cue {
        lines = List.copyOf(lines);
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(group, "group");
        sourceLines = List.copyOf(sourceLines);
        sourceColumns = List.copyOf(sourceColumns);
        if (!sourceLines.isEmpty() && sourceLines.size() != lines.size()
                || !sourceColumns.isEmpty() && sourceColumns.size() != lines.size()) {
            throw new IllegalArgumentException("one source line and column per text line");
        }
    }

    /** A cue in the default group whose text lines are on consecutive source lines from column 1. */
    public Cue(int ordinal, String id, long startMs, long endMs, List<String> lines, int line,
               int firstTextLine, String settings, CueLayout layout) {
        this(ordinal, id, startMs, endMs, lines, line, firstTextLine, settings, layout, "", List.of(), List.of());
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
        return sourceLines.isEmpty() ? firstTextLine + index : sourceLines.get(index);
    }

    /**
     * The source column of 1-based column {@code column} of text line {@code index} (0-based): the
     * column itself unless the format places text lines elsewhere than column 1 (TTML).
     */
    public int textColumn(int index, int column) {
        return sourceColumns.isEmpty() ? column : sourceColumns.get(index) + column - 1;
    }

    /** The text as written: the lines joined with {@code \n}. */
    public String text() {
        return String.join("\n", lines);
    }
}

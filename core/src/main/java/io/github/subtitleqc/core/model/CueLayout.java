package io.github.subtitleqc.core.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Where and how a cue is placed: the WebVTT cue settings after the timing, parsed as players parse
 * them (W3C WebVTT §6.3). Settings that are not valid are left at their defaults, as players do.
 * Enumerated values use the names of the HTML {@code VTTCue} interface. SubRip cues have the
 * defaults ({@link #DEFAULT}).
 *
 * @param vertical      {@code ""} (horizontal), {@code "rl"} or {@code "lr"}
 * @param line          the line offset, or empty for {@code auto}
 * @param snapToLines   true when {@code line} counts lines, false when it is a percentage
 * @param lineAlign     {@code start}, {@code center} or {@code end}
 * @param position      the position in percent, or empty for {@code auto}
 * @param positionAlign {@code auto}, {@code line-left}, {@code center} or {@code line-right}
 * @param size          the size in percent (default 100)
 * @param align         {@code start}, {@code center}, {@code end}, {@code left} or {@code right}
 * @param region        the region the cue is shown in, if any
 */
public record CueLayout(String vertical, OptionalDouble line, boolean snapToLines, String lineAlign,
                        OptionalDouble position, String positionAlign, double size, String align,
                        Optional<Region> region) {

    /** The layout of a cue without settings. */
    public static final CueLayout DEFAULT = new CueLayout("", OptionalDouble.empty(), true, "start",
            OptionalDouble.empty(), "auto", 100, "center", Optional.empty());

    public CueLayout {
        Objects.requireNonNull(vertical, "vertical");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(lineAlign, "lineAlign");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(positionAlign, "positionAlign");
        Objects.requireNonNull(align, "align");
        Objects.requireNonNull(region, "region");
    }
}

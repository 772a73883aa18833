package io.github.subtitleqc.core.model;

import java.util.Objects;

/**
 * A WebVTT region, as defined by a {@code REGION} block (W3C WebVTT §4.2.2 and §6.2): a part of
 * the video area that cues can be placed in. Numbers are percentages of the region or video, as
 * in the file; defaults are those of the W3C parser.
 *
 * @param id              the identifier cues refer to with {@code region:id}, possibly empty
 * @param width           width in percent of the video width (default 100)
 * @param lines           height in lines (default 3); a number, as players keep values beyond any integer type
 * @param regionAnchorX   the anchor point inside the region, x in percent (default 0)
 * @param regionAnchorY   the anchor point inside the region, y in percent (default 100)
 * @param viewportAnchorX where that anchor sits on the video, x in percent (default 0)
 * @param viewportAnchorY where that anchor sits on the video, y in percent (default 100)
 * @param scroll          {@code "up"} or {@code ""} (none)
 * @param line            1-based source line of the {@code REGION} line
 */
public record Region(String id, double width, double lines, double regionAnchorX, double regionAnchorY,
                     double viewportAnchorX, double viewportAnchorY, String scroll, int line) {

    public Region {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scroll, "scroll");
    }

    /** A region with every setting at its default. */
    public static Region defaults(int line) {
        return new Region("", 100, 3, 0, 100, 0, 100, "", line);
    }
}

package io.github.subtitleqc.core.model;

import io.github.subtitleqc.core.time.FrameRate;

import java.util.List;
import java.util.Optional;

/**
 * A subtitle file as read: its cues in file order and what the file says about itself.
 *
 * @param format           the format it was read as
 * @param cues             the cues, in file order
 * @param declaredLanguage a language the file declares (WebVTT {@code Language:} header), if any
 * @param regions          WebVTT {@code REGION} definitions, in file order
 * @param styleSheets      the text of each WebVTT {@code STYLE} block players apply, in file order
 * @param declaredKind     the kind of track the file declares (WebVTT {@code Kind:} header, as
 *                         written), if any
 * @param frameRate        the frame rate the file declares, if any (TTML's {@code ttp:frameRate}
 *                         times {@code ttp:frameRateMultiplier}): the rate its frame times count at,
 *                         and the one limits in frames are measured at
 */
public record SubtitleDocument(Format format, List<Cue> cues, Optional<String> declaredLanguage,
                               List<Region> regions, List<String> styleSheets, Optional<String> declaredKind,
                               Optional<FrameRate> frameRate) {

    public SubtitleDocument {
        cues = List.copyOf(cues);
        regions = List.copyOf(regions);
        styleSheets = List.copyOf(styleSheets);
        declaredKind = declaredKind == null ? Optional.empty() : declaredKind;
        frameRate = frameRate == null ? Optional.empty() : frameRate;
    }

    /** A document that declares no frame rate. */
    public SubtitleDocument(Format format, List<Cue> cues, Optional<String> declaredLanguage,
                            List<Region> regions, List<String> styleSheets, Optional<String> declaredKind) {
        this(format, cues, declaredLanguage, regions, styleSheets, declaredKind, Optional.empty());
    }

    /** A document that declares no kind of track. */
    public SubtitleDocument(Format format, List<Cue> cues, Optional<String> declaredLanguage,
                            List<Region> regions, List<String> styleSheets) {
        this(format, cues, declaredLanguage, regions, styleSheets, Optional.empty());
    }

    /** A document without regions or style sheets. */
    public SubtitleDocument(Format format, List<Cue> cues, Optional<String> declaredLanguage) {
        this(format, cues, declaredLanguage, List.of(), List.of());
    }
}

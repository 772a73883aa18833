package io.github.subtitleqc.core.model;

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
 */
public record SubtitleDocument(Format format, List<Cue> cues, Optional<String> declaredLanguage,
                               List<Region> regions, List<String> styleSheets, Optional<String> declaredKind) {

    public SubtitleDocument {
        cues = List.copyOf(cues);
        regions = List.copyOf(regions);
        styleSheets = List.copyOf(styleSheets);
        declaredKind = declaredKind == null ? Optional.empty() : declaredKind;
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

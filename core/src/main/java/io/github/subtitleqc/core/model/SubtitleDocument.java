package io.github.subtitleqc.core.model;

import java.util.List;
import java.util.Optional;

/**
 * A subtitle file as read: its cues in file order and what the file says about itself.
 *
 * @param format          the format it was read as
 * @param cues            the cues, in file order
 * @param declaredLanguage a language the file declares (WebVTT {@code Language:} header), if any
 */
public record SubtitleDocument(Format format, List<Cue> cues, Optional<String> declaredLanguage) {

    public SubtitleDocument {
        cues = List.copyOf(cues);
    }
}

package io.github.subtitleqc.core.read;

import io.github.subtitleqc.core.model.Format;
import io.github.subtitleqc.core.model.SubtitleDocument;

import java.util.function.Consumer;

/**
 * Reads one subtitle format from decoded text. Implementations are stateless and never throw on
 * bad input: what cannot be read is reported as a {@link ReadIssue} and reading goes on.
 */
public interface SubtitleReader {

    /** The format this reader reads. */
    Format format();

    /**
     * Reads a document.
     *
     * @param text   the whole file, decoded, byte order mark removed, line ends as written
     * @param issues receives every problem found, in file order
     * @return the cues that could be read, in file order
     */
    SubtitleDocument read(String text, Consumer<ReadIssue> issues);
}

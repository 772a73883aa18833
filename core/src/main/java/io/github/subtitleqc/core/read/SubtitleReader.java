package io.github.subtitleqc.core.read;

import io.github.subtitleqc.core.model.Format;
import io.github.subtitleqc.core.model.SubtitleDocument;

import java.util.function.Consumer;

/**
 * Reads one subtitle format from decoded text. Implementations are stateless and never throw on
 * bad input: what cannot be read is reported as a {@link ReadIssue} and reading goes on. A new
 * format (TTML, ASS) is one more implementation registered in {@link Readers}; the engine does
 * not change.
 */
public interface SubtitleReader {

    /** The format this reader reads. */
    Format format();

    /**
     * Reads a document.
     *
     * @param text   the whole file, decoded, byte order mark removed, line ends as written
     * @param issues receives every problem found
     * @return the cues that could be read, in file order
     */
    SubtitleDocument read(String text, Consumer<ReadIssue> issues);

    /**
     * Reads a document from decoded bytes. The default reads {@link DecodedText#text()}; a format
     * that prescribes an encoding overrides it to report a file in another one.
     */
    default SubtitleDocument read(DecodedText decoded, Consumer<ReadIssue> issues) {
        return read(decoded.text(), issues);
    }

    /**
     * A quicker reading for the files that need nothing reported, from their bytes, before any
     * decoding: the document of the UTF-8 text {@code utf8[offset..]} (offset past a byte order
     * mark) when the file is one of those, the same document that decoding it with
     * {@link TextDecoder} and {@link #read(DecodedText, Consumer)} would give with no issue, with
     * what the reading found of each text line on the way so that the visible text need not scan
     * it again ({@link MeasuredDocument}); else null, and the file is decoded and read as usual.
     * The default has no quicker reading.
     */
    default MeasuredDocument readPlain(byte[] utf8, int offset) {
        return null;
    }
}

package io.github.subtitleqc.core.read;

import java.nio.charset.Charset;
import java.util.List;

/**
 * A file's bytes turned into text.
 *
 * @param text    the text, byte order mark removed, undecodable bytes replaced by U+FFFD
 * @param charset the encoding the bytes were decoded with
 * @param bom     true when the encoding came from a byte order mark
 * @param issues  one {@code encoding} issue per line that held undecodable bytes
 */
public record DecodedText(String text, Charset charset, boolean bom, List<ReadIssue> issues) {

    public DecodedText {
        issues = List.copyOf(issues);
    }
}

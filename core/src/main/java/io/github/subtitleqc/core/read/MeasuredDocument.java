package io.github.subtitleqc.core.read;

import io.github.subtitleqc.core.model.SubtitleDocument;
import io.github.subtitleqc.core.text.AsciiFacts;

/**
 * A document read by a reader's quicker reading ({@link SubtitleReader#readPlain}), with what
 * that reading found of each text line as it went.
 *
 * @param document  the document
 * @param lineFacts for cue {@code c} (its place in {@link SubtitleDocument#cues()}) and its text
 *                  line {@code i}, {@code lineFacts[c][i]}: the line's
 *                  {@link AsciiFacts#ofPlain(byte[], int, int)}, {@link AsciiFacts#NOT_ASCII} when
 *                  the reading did not find them; null when it found nothing
 */
public record MeasuredDocument(SubtitleDocument document, long[][] lineFacts) {
}

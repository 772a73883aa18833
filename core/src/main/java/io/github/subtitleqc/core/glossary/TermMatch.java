package io.github.subtitleqc.core.glossary;

/**
 * A forbidden variant found in a text.
 *
 * @param entry the glossary entry that forbids it
 * @param found the text as it appears
 * @param start its start in the text (a {@code char} index)
 * @param end   its end (exclusive)
 */
public record TermMatch(GlossaryEntry entry, String found, int start, int end) {
}

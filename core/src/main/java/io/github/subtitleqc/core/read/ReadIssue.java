package io.github.subtitleqc.core.read;

/**
 * Something a reader or decoder noticed about a file: damage it could not read past, or a
 * deviation from the format it read anyway. The engine turns it into a finding of rule
 * {@link #ruleId()}, with the severity the user configured for that rule.
 *
 * @param ruleId  one of {@link ReaderRules}' ids
 * @param cue     the 1-based cue ordinal it concerns, or 0
 * @param line    the 1-based source line
 * @param column  the 1-based column, or 0 when unknown
 * @param message what is wrong and what to do
 */
public record ReadIssue(String ruleId, int cue, int line, int column, String message) {
}

package io.github.subtitleqc.core.fix;

/**
 * A finding of a rule being fixed that is still there after the fix, and why.
 *
 * @param ruleId the rule
 * @param cue    the cue's 1-based ordinal, 0 for the file
 * @param line   the 1-based source line of the finding
 * @param column its 1-based column
 * @param reason why it was not fixed, as a sentence fragment a user can act on
 */
public record NotFixed(String ruleId, int cue, int line, int column, String reason) {
}

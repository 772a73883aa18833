package io.github.subtitleqc.core.profile;

/**
 * The profile a file is checked against, and why.
 *
 * @param profile  the profile
 * @param language the file's language as found (BCP 47), or {@code null} when unknown
 * @param reason   how it was chosen, for the report, e.g. "language tag 'zh-Hans' in the file name"
 */
public record ProfileChoice(Profile profile, String language, String reason) {
}

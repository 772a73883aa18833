package io.github.subtitleqc.core.profile;

/**
 * The profile a file is checked against, and why.
 *
 * @param profile    the profile
 * @param language   the file's language as found (BCP 47), or {@code null} when unknown
 * @param reason     how it was chosen, for the report, e.g. "language tag 'zh-Hans' in the file name"
 * @param confidence the language detector's confidence (0–1) when the language was detected from
 *                   the text, else {@code null}
 */
public record ProfileChoice(Profile profile, String language, String reason, Double confidence) {

    /** A choice that did not come from detecting the language in the text. */
    public ProfileChoice(Profile profile, String language, String reason) {
        this(profile, language, reason, null);
    }
}

package io.github.subtitleqc.core.rule;

import io.github.subtitleqc.core.glossary.Glossary;
import io.github.subtitleqc.core.profile.Profile;
import io.github.subtitleqc.core.time.FrameRate;

/** What a rule knows about the file at hand, and where it reports. One per file and rule. */
public interface RuleContext {

    /** The file's display path: relative to the project, with {@code /} separators. */
    String file();

    /** The terms the run's glossaries enforce; empty when none is configured. */
    Glossary glossary();

    /** This rule's parameter values for this file. */
    RuleSettings settings();

    /** The profile this file is checked against. */
    Profile profile();

    /** The file's language (BCP 47) as found for its profile, or {@code null} when unknown. */
    String language();

    /** The frame rate limits in frames are measured at. */
    FrameRate frameRate();

    /**
     * A value made once per file and shared by every rule that asks for it with the same
     * {@code type}: the first asks {@code create} for it. For work several rules would otherwise
     * repeat on each cue, such as splitting the text into terms.
     */
    <T> T perFile(Class<T> type, java.util.function.Supplier<T> create);

    /** The cue before the one being checked, in file order, or {@code null} for the first. */
    CueView previous();

    /**
     * Reports a finding.
     *
     * @param cue     the cue it is about
     * @param line    the 1-based source line (the cue's {@link CueView#line()} or a text line)
     * @param column  the 1-based column, or 0 when unknown
     * @param message what is wrong, by how much, and what to do
     * @param value   the measured value, or {@code null}
     * @param limit   the limit it was compared with, or {@code null}
     */
    void report(CueView cue, int line, int column, String message, Double value, Double limit);

    /** Reports a finding at the cue's timing line, column 1, without a measured value. */
    default void report(CueView cue, String message) {
        report(cue, cue.line(), 1, message, null, null);
    }
}

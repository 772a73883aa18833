package io.github.subtitleqc.core.rule;

/**
 * A check over the cues of one file: the SPI for built-in and user rules.
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/io.github.subtitleqc.core.rule.Rule}) and need a public no-argument
 * constructor. One instance checks many files, possibly at the same time: keep no state in fields;
 * everything about the file at hand comes through the {@link RuleContext}.
 *
 * <p>The engine makes one pass over each file and calls {@link #check} for every cue in file
 * order; {@link RuleContext#previous()} is the cue before.
 */
public interface Rule {

    /** The rule's id, default severity and parameters. */
    RuleDescriptor descriptor();

    /** Checks one cue; reports problems with {@link RuleContext#report}. */
    void check(CueView cue, RuleContext context);
}

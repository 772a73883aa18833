package io.github.subtitleqc.core.rule;

import java.util.List;

/**
 * A rule that looks across all the files of a run (SPI), such as one term spelt two ways in two
 * episodes. It never sees documents whole: for each file it keeps a small summary of its own
 * making, fed cue by cue in the engine's single pass; after the last file it decides from the
 * summaries and reports.
 *
 * <p>Found with {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/io.github.subtitleqc.core.rule.ProjectRule}); needs a public
 * no-argument constructor and keeps no state in fields: summaries of different files are built
 * at the same time on different threads.
 *
 * @param <S> the summary kept of one file
 */
public interface ProjectRule<S> {

    /** The rule's id, default severity and parameters. */
    RuleDescriptor descriptor();

    /** A new, empty summary for the file the context is about. */
    S newSummary(RuleContext context);

    /** Adds one cue to its file's summary; cues come in file order. */
    void collect(S summary, CueView cue, RuleContext context);

    /** Called after the file's last cue: a chance to shrink the summary to what {@link #finish} needs. */
    default void fileDone(S summary) {
    }

    /**
     * Decides from all summaries, in the order the files were given, and reports through
     * {@code reporter}. Called once, after every file has been collected.
     */
    void finish(List<S> summaries, ProjectReporter reporter);

    /**
     * How this rule's summaries are written to and read from the result cache, or {@code null}
     * (the default) when they cannot be: while a rule without a codec runs, the engine does not use
     * the cache at all, neither reading nor writing it, because {@link #finish} would then lack the
     * summaries of the files taken from it. A rule that wants its runs cached returns a codec whose
     * decoded summaries give {@code finish} exactly the findings the originals give.
     */
    default SummaryCodec<S> summaryCodec() {
        return null;
    }
}

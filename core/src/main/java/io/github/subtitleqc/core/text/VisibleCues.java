package io.github.subtitleqc.core.text;

import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.model.SubtitleDocument;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The visible text of each cue of one document ({@link VisibleText#of(List, List)}), made the
 * first time it is asked for and kept until {@linkplain #take taken}: choosing a profile from the
 * text reads every cue's visible text, and each cue's view then takes it. Cues are asked for by
 * their place in {@link SubtitleDocument#cues()}, from 0.
 */
public final class VisibleCues {

    private final List<Cue> cues;
    private final List<String>[] lines;
    private final long[][] facts;

    public VisibleCues(SubtitleDocument document) {
        this(document.cues());
    }

    /** The visible text of {@code cues}, asked for by their place in the list. */
    @SuppressWarnings("unchecked")
    public VisibleCues(List<Cue> cues) {
        this.cues = cues;
        this.lines = new List[cues.size()];
        this.facts = new long[cues.size()][];
    }

    /** The visible text of each line of cue {@code index}, one entry per written line. */
    public List<String> lines(int index) {
        List<String> visible = lines[index];
        if (visible == null) {
            Cue cue = cues.get(index);
            List<String> made = new ArrayList<>(cue.lines().size());
            long[] known = new long[cue.lines().size()];
            VisibleText.of(cue.lines(), made, known);
            facts[index] = known;
            visible = Collections.unmodifiableList(made);
            lines[index] = visible;
        }
        return visible;
    }

    /** The {@link AsciiFacts} of each visible line of cue {@code index}, as {@link VisibleText#of(List, List, long[])} tells. */
    public long[] facts(int index) {
        lines(index);
        return facts[index];
    }

    /**
     * {@link #lines} of cue {@code index}, no longer kept here, nor its {@link #facts}: its view
     * holds them from now on (ask for the facts first).
     */
    public List<String> take(int index) {
        List<String> visible = lines(index);
        lines[index] = null;
        facts[index] = null;
        return visible;
    }
}

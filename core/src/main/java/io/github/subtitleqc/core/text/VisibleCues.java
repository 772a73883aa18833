package io.github.subtitleqc.core.text;

import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.model.SubtitleDocument;

import java.util.ArrayList;
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
    public VisibleCues(List<Cue> cues) {
        this(cues, null);
    }

    /**
     * The visible text of {@code document}'s cues, with what its reader found of each text line
     * ({@link io.github.subtitleqc.core.read.MeasuredDocument#lineFacts()}: the
     * {@link AsciiFacts#ofPlain(byte[], int, int)} of line {@code i} of cue {@code c} at
     * {@code known[c][i]}, {@link AsciiFacts#NOT_ASCII} where not found; {@code known} null when
     * nothing was): a line found plain is its own visible text, with no scan of its own.
     */
    public VisibleCues(SubtitleDocument document, long[][] known) {
        this(document.cues(), known);
    }

    @SuppressWarnings("unchecked")
    private VisibleCues(List<Cue> cues, long[][] known) {
        this.cues = cues;
        this.lines = new List[cues.size()];
        this.facts = new long[cues.size()][];
        this.known = known;
    }

    /** The visible lines of the cue being made, before they are copied into the cue's list; one list for all. */
    private final List<String> made = new ArrayList<>();

    /** What the reader found of each cue's lines, until they are made; null when it found nothing. */
    private final long[][] known;

    /** The visible text of each line of cue {@code index}, one entry per written line. */
    public List<String> lines(int index) {
        List<String> visible = lines[index];
        if (visible == null) {
            Cue cue = cues.get(index);
            long[] found = known == null ? null : known[index];
            if (found != null) {
                known[index] = null; // made once: asked again once taken, the lines are made as without it
                if (allPlain(found)) { // most cues: every line its own visible text, the facts found
                    facts[index] = found;
                    lines[index] = cue.lines();
                    return cue.lines();
                }
            }
            List<String> made = this.made;
            made.clear();
            // the reader's array is filled in place: each line's entry is read before it is written
            long[] lineFacts = found != null ? found : new long[cue.lines().size()];
            VisibleText.of(cue.lines(), made, lineFacts, found);
            facts[index] = lineFacts;
            // the same kinds of list as a cue's lines, which a cue read plain shows as they are: the
            // rules' calls on the visible lines then see two classes, not three, and are inlined
            visible = List.copyOf(made);
            lines[index] = visible;
        }
        return visible;
    }

    private static boolean allPlain(long[] found) {
        for (long f : found) {
            if (f == AsciiFacts.NOT_ASCII) {
                return false;
            }
        }
        return true;
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

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
    private final long[] ascii;

    public VisibleCues(SubtitleDocument document) {
        this(document.cues());
    }

    /** The visible text of {@code cues}, asked for by their place in the list. */
    @SuppressWarnings("unchecked")
    public VisibleCues(List<Cue> cues) {
        this.cues = cues;
        this.lines = new List[cues.size()];
        this.ascii = new long[cues.size()];
    }

    /** The visible text of each line of cue {@code index}, one entry per written line. */
    public List<String> lines(int index) {
        List<String> visible = lines[index];
        if (visible == null) {
            Cue cue = cues.get(index);
            List<String> made = new ArrayList<>(cue.lines().size());
            ascii[index] = VisibleText.of(cue.lines(), made);
            visible = Collections.unmodifiableList(made);
            lines[index] = visible;
        }
        return visible;
    }

    /** Which of the first 64 visible lines of cue {@code index} are plain ASCII, as {@link VisibleText#of(List, List)} tells. */
    public long asciiLines(int index) {
        lines(index);
        return ascii[index];
    }

    /** {@link #lines} of cue {@code index}, no longer kept here: its view holds them from now on. */
    public List<String> take(int index) {
        List<String> visible = lines(index);
        lines[index] = null;
        return visible;
    }
}

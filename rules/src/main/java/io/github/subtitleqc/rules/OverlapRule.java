package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.rule.RuleContext;
import io.github.subtitleqc.core.rule.RuleDescriptor;
import io.github.subtitleqc.core.time.Timecode;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code overlap}: a cue starts before an earlier cue ends (SPEC §4.8: compared with the latest end
 * among all earlier cues, not only with the cue before it), but not before the previous cue starts
 * (that is {@code invalid-timing}). Reported on the later cue and naming the earlier cue that holds
 * that latest end; the value is the overlap in milliseconds (how much earlier that cue would have to
 * end). A cue that lies entirely within it is told to have it end earlier, since starting this one
 * later cannot work.
 *
 * <p>Only earlier cues that start at or before this cue can be on screen with it: in a file in time
 * order that is every earlier cue; after a cue out of order (an {@code invalid-timing} finding), a
 * cue misplaced far later in the file does not make every following cue an overlap. The file's
 * earlier cues are kept as a staircase, starts ascending and ends strictly ascending (a cue that
 * starts no earlier and ends no later than another adds nothing), so the latest end among the cues
 * starting at or before a time is the entry at or below it.
 */
public final class OverlapRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("overlap", Severity.ERROR,
            "a cue starts before an earlier cue ends");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void check(CueView cue, RuleContext context) {
        Earlier earlier = context.perFile(Earlier.class, Earlier::new);
        CueView previous = context.previous();
        Held held = earlier.latestEndFrom(cue.startMs());
        earlier.add(new Held(cue.ordinal(), cue.startMs(), cue.endMs()));
        if (previous == null || cue.startMs() < previous.startMs() || held == null || cue.startMs() >= held.end) {
            return;
        }
        long overlap = held.end - cue.startMs();
        String message = cue.endMs() <= held.end
                // starting this cue when the earlier one ends would put its start after its end
                ? Messages.get("overlap.inside", Timecode.format(cue.startMs()), Timecode.format(cue.endMs()),
                        held.ordinal, Timecode.format(held.end))
                : Messages.get("overlap", Timecode.format(cue.startMs()), Timecode.duration(overlap),
                        held.ordinal, Timecode.format(held.end));
        context.report(cue, cue.line(), 1, message, (double) overlap, 0.0);
    }

    /** An earlier cue: its ordinal, start and end. */
    private record Held(int ordinal, long start, long end) {
    }

    /** The file's earlier cues that may still hold the latest end for some start time. */
    private static final class Earlier {

        /** Start → cue; ends strictly ascending with starts. */
        private final TreeMap<Long, Held> stairs = new TreeMap<>();

        /** The earlier cue with the latest end among those starting at or before {@code start}, or null. */
        Held latestEndFrom(long start) {
            Map.Entry<Long, Held> floor = stairs.floorEntry(start);
            return floor == null ? null : floor.getValue();
        }

        void add(Held cue) {
            Held floor = latestEndFrom(cue.start);
            if (floor != null && floor.end >= cue.end) {
                return; // an earlier cue starts no later and ends no earlier: it keeps the name on ties
            }
            Iterator<Held> later = stairs.tailMap(cue.start, true).values().iterator();
            while (later.hasNext() && later.next().end <= cue.end) {
                later.remove();
            }
            stairs.put(cue.start, cue);
        }
    }
}

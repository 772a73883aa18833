package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.rule.RuleContext;
import io.github.subtitleqc.core.rule.RuleDescriptor;
import io.github.subtitleqc.core.time.Timecode;

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
 *
 * <p>A cue is compared only with earlier cues of its own {@linkplain CueView#group() group}: in an
 * ASS file, cues on different layers or in different styles (a sign over the dialogue) are meant
 * to be on screen together. SubRip and WebVTT cues are all in one group, so every earlier cue
 * counts, and "the cue before" is the cue before in the file.
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
        Earlier earlier = context.perFile(Groups.class, Groups::new).of(cue.group());
        boolean first = earlier.none;
        long previousStart = earlier.previousStart;
        earlier.none = false;
        earlier.previousStart = cue.startMs();
        int held = earlier.latestEndFrom(cue.startMs());
        long heldEnd = held < 0 ? 0 : earlier.ends[held];
        int heldOrdinal = held < 0 ? 0 : earlier.ordinals[held];
        earlier.add(cue.ordinal(), cue.startMs(), cue.endMs());
        if (first || cue.startMs() < previousStart || held < 0 || cue.startMs() >= heldEnd) {
            return;
        }
        long overlap = heldEnd - cue.startMs();
        String message = cue.endMs() <= heldEnd
                // starting this cue when the earlier one ends would put its start after its end
                ? Messages.get("overlap.inside", Timecode.format(cue.startMs()), Timecode.format(cue.endMs()),
                        heldOrdinal, Timecode.format(heldEnd))
                : Messages.get("overlap", Timecode.format(cue.startMs()), Timecode.duration(overlap),
                        heldOrdinal, Timecode.format(heldEnd));
        context.report(cue, cue.line(), 1, message, (double) overlap, 0.0);
    }

    /** Each group's {@link Earlier}; the group of the cue before is looked up without hashing. */
    private static final class Groups {
        private final java.util.Map<String, Earlier> byGroup = new java.util.HashMap<>();
        private String lastGroup;
        private Earlier last;

        Earlier of(String group) {
            if (!group.equals(lastGroup)) {
                last = byGroup.computeIfAbsent(group, g -> new Earlier());
                lastGroup = group;
            }
            return last;
        }
    }

    /**
     * The group's earlier cues that may still hold the latest end for some start time: the
     * staircase, in arrays sorted by start (starts ascending, ends strictly ascending). A file in
     * time order only ever adds at the end, so a cue costs no search and no boxing.
     */
    private static final class Earlier {
        long[] starts = new long[16];
        long[] ends = new long[16];
        int[] ordinals = new int[16];
        int size;
        /** True until the group's first cue; then the start of the group's latest cue in file order. */
        boolean none = true;
        long previousStart;

        /** The index of the earlier cue with the latest end among those starting at or before {@code start}, or -1. */
        int latestEndFrom(long start) {
            if (size == 0 || starts[0] > start) {
                return -1;
            }
            if (starts[size - 1] <= start) {
                return size - 1;
            }
            int low = 0;
            int high = size - 1; // starts[low] <= start < starts[high]
            while (high - low > 1) {
                int mid = (low + high) >>> 1;
                if (starts[mid] <= start) {
                    low = mid;
                } else {
                    high = mid;
                }
            }
            return low;
        }

        void add(int ordinal, long start, long end) {
            int floor = latestEndFrom(start);
            if (floor >= 0 && ends[floor] >= end) {
                return; // an earlier cue starts no later and ends no earlier: it keeps the name on ties
            }
            // the steps from this start on that end no later than this cue are covered by it
            int from = floor >= 0 && starts[floor] == start ? floor : floor + 1;
            int to = from;
            while (to < size && ends[to] <= end) {
                to++;
            }
            if (to == from) {
                if (size == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, size * 2);
                    ends = java.util.Arrays.copyOf(ends, size * 2);
                    ordinals = java.util.Arrays.copyOf(ordinals, size * 2);
                }
                System.arraycopy(starts, from, starts, from + 1, size - from);
                System.arraycopy(ends, from, ends, from + 1, size - from);
                System.arraycopy(ordinals, from, ordinals, from + 1, size - from);
                size++;
            } else if (to > from + 1) {
                System.arraycopy(starts, to, starts, from + 1, size - to);
                System.arraycopy(ends, to, ends, from + 1, size - to);
                System.arraycopy(ordinals, to, ordinals, from + 1, size - to);
                size -= to - from - 1;
            }
            starts[from] = start;
            ends[from] = end;
            ordinals[from] = ordinal;
        }
    }
}

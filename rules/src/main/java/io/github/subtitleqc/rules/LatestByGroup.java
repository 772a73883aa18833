package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.rule.CueView;

import java.util.HashMap;
import java.util.Map;

/**
 * The latest cue of each {@linkplain CueView#group() group} so far in a file, for a rule that
 * compares a cue with the one before it in its group. Each such rule keeps its own (a subclass
 * of its own is its key in {@code RuleContext.perFile}). Most files are one group: the group met
 * last is held in two fields and the map is made only when a second group turns up. A
 * {@link CueView} holds no more than its cue's lines.
 */
class LatestByGroup {
    private String group;
    private CueView latest;
    /** The latest cue of every group but {@link #group}; null while there is one group. */
    private Map<String, CueView> others;

    /** The group's cue before {@code cue}, or null; {@code cue} becomes the group's latest. */
    final CueView swap(CueView cue) {
        String g = cue.group();
        if (latest == null || g.equals(group)) {
            CueView before = latest;
            group = g;
            latest = cue;
            return before;
        }
        if (others == null) {
            others = new HashMap<>();
        }
        others.put(group, latest);
        group = g;
        latest = cue;
        return others.remove(g);
    }
}

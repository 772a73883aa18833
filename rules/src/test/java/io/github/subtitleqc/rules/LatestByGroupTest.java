package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.model.CueLayout;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.text.Counting;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link LatestByGroup} answers what a map from group to latest cue would, however the groups interleave. */
class LatestByGroupTest {

    @Property(tries = 500)
    void answersAsAMapOfLatestCuesWould(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 3) Integer> groups) {
        LatestByGroup latest = new LatestByGroup();
        Map<String, CueView> oracle = new HashMap<>();
        int ordinal = 0;
        for (int g : groups) {
            ordinal++;
            String group = g == 0 ? "" : "layer" + g + "/Default";
            CueView cue = new CueView(new Cue(ordinal, null, ordinal * 1000L, ordinal * 1000L + 500, List.of("x"),
                    ordinal * 4 - 3, ordinal * 4 - 1, "", CueLayout.DEFAULT, group, List.of(), List.of()), Counting.ALL_ONE);
            assertThat(latest.swap(cue)).isSameAs(oracle.put(group, cue));
        }
    }
}

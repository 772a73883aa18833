package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.model.Finding;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link OverlapRule} keeps the earlier cues as a staircase in arrays; on any cue order its
 * findings must be those of the plain definition (SPEC §4.8): the latest end among all earlier
 * cues that start at or before this cue, the first such cue named on a tie.
 */
class OverlapStaircaseTest {

    @Provide
    Arbitrary<List<long[]>> timings() {
        // few distinct times, so that equal starts, equal ends and cues out of order are common
        return Arbitraries.longs().between(0, 12).list().ofSize(2).map(p -> new long[] {p.get(0) * 250, (p.get(0) + 1 + p.get(1)) * 250})
                .list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 2000)
    void findsWhatTheDefinitionFinds(@ForAll("timings") List<long[]> cues) {
        StringBuilder srt = new StringBuilder();
        for (int i = 0; i < cues.size(); i++) {
            srt.append(i + 1).append('\n').append(time(cues.get(i)[0])).append(" --> ").append(time(cues.get(i)[1]))
                    .append("\nText\n\n");
        }
        Engine engine = new Engine(EngineConfig.defaults().withProfile("netflix-en"), List.of(new OverlapRule()));
        List<String> actual = engine.check("x.srt", srt.toString().getBytes(StandardCharsets.UTF_8)).findings().stream()
                .filter(f -> f.ruleId().equals("overlap")).map(OverlapStaircaseTest::render).toList();
        assertThat(actual).containsExactlyElementsOf(expected(cues));
    }

    private static List<String> expected(List<long[]> cues) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i < cues.size(); i++) {
            long start = cues.get(i)[0];
            if (start < cues.get(i - 1)[0]) {
                continue; // invalid-timing's
            }
            int held = -1;
            for (int j = 0; j < i; j++) {
                if (cues.get(j)[0] <= start && (held < 0 || cues.get(j)[1] > cues.get(held)[1]
                        || cues.get(j)[1] == cues.get(held)[1] && cues.get(j)[0] < cues.get(held)[0])) {
                    held = j;
                }
            }
            if (held >= 0 && start < cues.get(held)[1]) {
                out.add((i + 1) + " overlaps " + (held + 1) + " by " + (cues.get(held)[1] - start));
            }
        }
        return out;
    }

    private static String render(Finding f) {
        String message = f.message();
        int cue = message.contains("lies within") ? Integer.parseInt(message.replaceAll(".*within cue (\\d+).*", "$1"))
                : Integer.parseInt(message.replaceAll(".* before cue (\\d+) ends.*", "$1"));
        return f.cue() + " overlaps " + cue + " by " + f.value().longValue();
    }

    private static String time(long ms) {
        return String.format("00:00:%02d,%03d", ms / 1000, ms % 1000);
    }
}

package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.text.Counting;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A checking thread keeps the words it has met from one file to the next; what a word said of one
 * file (its spellings, its positions, whether the file writes it in lower case) must not leak into
 * the next file's terms, and a file whose check stopped short must not spoil the file after it.
 */
class TermsAcrossFilesTest {

    @Test
    void theNextFileOnTheSameThreadStartsFromNothing() {
        Terms first = terms("a.srt", "We use bedrock and then the Bedrock API.", "Then bedrock again.");
        first.compact();
        assertThat(spellings(first)).containsExactly("api: API x1 [1:37]", "bedrock: bedrock x2 [1:8, 2:6], Bedrock x1 [1:29]");
        assertThat(first.lowerKeys).contains("bedrock");

        // the same words again: the Bedrock of the first file is not this file's, nor its positions
        Terms second = terms("b.srt", "Only bedrock here.", "And the Bedrock console.");
        second.compact();
        assertThat(spellings(second)).containsExactly("bedrock: bedrock x1 [1:6], Bedrock x1 [2:9]");
        assertThat(second.lowerKeys).contains("bedrock");

        // a file that writes it only in lower case keeps no spelling of it, though the thread met it term-like
        Terms third = terms("c.srt", "bedrock is a word.", "Just bedrock.");
        assertThat(third.lowerKeys).contains("bedrock");
        third.compact();
        assertThat(spellings(third)).isEmpty();
    }

    @Test
    void aFileLeftUnfinishedDoesNotShareItsWordsWithTheNext() {
        Terms unfinished = terms("a.srt", "The Bedrock API.");
        // never compacted, as when a file's check stops short: the next file gets words of its own
        Terms next = terms("b.srt", "Bedrock and the Bedrock SDK.");
        next.compact();
        assertThat(spellings(next)).contains("bedrock: ^Bedrock x1 [1:1], Bedrock x1 [1:17]");
        unfinished.collect(view(2, "Still the Bedrock API."));
        unfinished.compact();
        assertThat(spellings(unfinished)).contains("bedrock: Bedrock x2 [1:5, 2:11]");
    }

    private static Terms terms(String file, String... cues) {
        Terms terms = new Terms(file);
        for (int i = 0; i < cues.length; i++) {
            terms.collect(view(i + 1, cues[i]));
        }
        return terms;
    }

    private static CueView view(int ordinal, String line) {
        return new CueView(new Cue(ordinal, null, ordinal * 1000L, ordinal * 1000L + 900, List.of(line), ordinal * 4 - 1,
                ordinal * 4, ""), Counting.ALL_ONE);
    }

    /** Each key with its spellings, their counts and their cue:column positions, in the order of first occurrence. */
    private static List<String> spellings(Terms terms) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Terms.Spelling>> e : terms.byKey.entrySet()) {
            List<String> parts = new ArrayList<>();
            for (Terms.Spelling s : e.getValue().values()) {
                List<String> at = new ArrayList<>();
                for (int k = 0; k < s.stored; k++) {
                    at.add(s.positions[k * 3] + ":" + s.positions[k * 3 + 2]);
                }
                parts.add((s.positional ? "^" : "") + s.text + " x" + s.count + " " + at);
            }
            out.add(e.getKey() + ": " + String.join(", ", parts));
        }
        out.sort(null);
        return out;
    }
}

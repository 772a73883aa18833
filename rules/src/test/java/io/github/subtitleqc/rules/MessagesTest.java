package io.github.subtitleqc.rules;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MessagesTest {

    @Test
    void cueNumbersAboveNineHundredNinetyNineAreNotGrouped() {
        // a feature film has well over a thousand cues
        assertThat(Messages.get("overlap", "00:20:00.000", "1 s", 1234, "00:20:01.000")).isEqualTo(
                "cue starts at 00:20:00.000, 1 s before cue 1234 ends at 00:20:01.000: start it at 00:20:01.000"
                        + " or later, or end cue 1234 earlier");
        assertThat(Messages.get("invalid-timing.order", "00:20:00.000", 1234L, "00:20:01.000")).isEqualTo(
                "cue starts at 00:20:00.000, before the previous cue (cue 1234) starts at 00:20:01.000: put the cues"
                        + " in time order or fix the start time");
    }

    /** Messages are filled in by concatenation; for every message and any arguments, as MessageFormat fills them in. */
    @Property(tries = 2000)
    void everyMessageIsWhatMessageFormatWrites(@ForAll("keys") String key, @ForAll("arguments") List<Object> args) {
        Object[] a = args.toArray();
        assertThat(Messages.get(key, a)).isEqualTo(Messages.viaMessageFormat(key, a));
    }

    @Test
    void quotesAndRepeatedArgumentsAreMessageFormats() {
        assertThat(Messages.get("whitespace.before-punctuation", ",", 7)).isEqualTo("space before ',' at column 7: remove the space");
        assertThat(Messages.get("glossary", "betawork", "Bedrock", "{0} it's")).isEqualTo(
                "'betawork' is not the glossary's term: write 'Bedrock' ({0} it's)");
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.of(List.copyOf(Messages.keys()));
    }

    @Provide
    Arbitrary<List<Object>> arguments() {
        Arbitrary<Object> text = Arbitraries.strings().withChars("ab '{}0,\u0000é中").ofMaxLength(8).map(x -> (Object) x);
        Arbitrary<Object> whole = Arbitraries.integers().between(-5, 5000).map(x -> (Object) x);
        Arbitrary<Object> decimal = Arbitraries.doubles().between(0, 5000).map(x -> (Object) x);
        return Arbitraries.oneOf(text, text, whole, decimal).list().ofMinSize(0).ofMaxSize(6);
    }
}

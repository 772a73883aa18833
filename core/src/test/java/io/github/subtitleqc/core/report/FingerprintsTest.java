package io.github.subtitleqc.core.report;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A message's shape is what the expression the fingerprint scheme is written with gives. */
class FingerprintsTest {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,:]\\d+)*");

    @Property(tries = 3000)
    void shapeIsTheExpressionsReplacement(@ForAll("messages") String message) {
        assertThat(Fingerprints.shape(message)).isEqualTo(NUMBER.matcher(message).replaceAll("#"));
    }

    @Provide
    Arbitrary<String> messages() {
        // digits (and a non-ASCII one, which \d does not take), the separators, letters, spaces, CJK
        return Arbitraries.of("0", "7", "42", ".", ",", ":", "a", " ", "(", ")", "-", "٣", "字", "..", "1.5")
                .list().ofMaxSize(14).map(parts -> String.join("", parts));
    }
}

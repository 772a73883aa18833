package io.github.subtitleqc.core.read;

import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.model.SubtitleDocument;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of the TTML reader: any input reads without throwing, generated documents read back exactly. */
class TtmlPropertiesTest {

    private static final String TTML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttp="http://www.w3.org/ns/ttml#parameter"
                xmlns:tts="http://www.w3.org/ns/ttml#styling" ttp:frameRate="25" xml:lang="en">
              <head><styling><style xml:id="s" tts:display="none"/></styling>
                <layout><region xml:id="r"/></layout></head>
              <body region="r"><div begin="1s" timeContainer="seq">
                <p begin="00:00:01:12" dur="2s">Hello &amp; <span style="s">x</span>world<br/>line</p>
                <p dur="30f"><span begin="1s">a</span> <span end="10t">b</span></p>
              </div></body>
            </tt>
            """;

    /** Random strings made of what time expressions are made of never throw and are NaN or not negative. */
    @Property(tries = 500)
    void timeExpressionsNeverThrow(@ForAll("timeLike") String expression) {
        double seconds = new TtmlTime(23.976, 2, 10_000_000).seconds(expression);
        assertThat(Double.isNaN(seconds) || seconds >= 0).isTrue();
    }

    @Provide
    Arbitrary<String> timeLike() {
        return Arbitraries.strings().withChars("0123456789:.,hmsft \t").ofMaxLength(20);
    }

    /** A document of N paragraphs with generated clock times gives N cues with those times and texts. */
    @Property(tries = 200)
    void generatedParagraphsReadBack(@ForAll @Size(min = 0, max = 20) List<@IntRange(min = 0, max = 36_000_000) Integer> starts,
                                     @ForAll @IntRange(min = 1, max = 99_999) int duration) {
        StringBuilder doc = new StringBuilder("<tt xmlns=\"http://www.w3.org/ns/ttml\"><body><div>\n");
        for (int i = 0; i < starts.size(); i++) {
            doc.append("<p begin=\"").append(clock(starts.get(i))).append("\" dur=\"").append(duration)
                    .append("ms\">Cue ").append(i).append(" &lt;").append("</p>\n");
        }
        doc.append("</div></body></tt>\n");
        List<ReadIssue> issues = new ArrayList<>();
        SubtitleDocument document = new TtmlReader().read(doc.toString(), issues::add);
        assertThat(issues).isEmpty();
        assertThat(document.cues()).hasSize(starts.size());
        for (int i = 0; i < starts.size(); i++) {
            Cue c = document.cues().get(i);
            assertThat(c.startMs()).isEqualTo((long) starts.get(i));
            assertThat(c.endMs()).isEqualTo((long) starts.get(i) + duration);
            assertThat(c.lines()).containsExactly("Cue " + i + " &lt;");
            assertThat(c.line()).isEqualTo(i + 2);
            assertThat(c.textColumn(0, 1)).isEqualTo(("<p begin=\"" + clock(starts.get(i)) + "\" dur=\"" + duration
                    + "ms\">").length() + 1);
        }
    }

    private static String clock(int ms) {
        return String.format(java.util.Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60,
                ms / 1000 % 60, ms % 1000);
    }

    /** Cut, spliced and shuffled TTML never breaks any reader (the checks of ReaderPropertiesTest.readAllWays). */
    @Property(tries = 300)
    void mutatedTtmlNeverBreaksAReader(@ForAll("mutatedTtml") byte[] bytes) {
        ReaderPropertiesTest.readAllWays(bytes);
    }

    @Provide
    Arbitrary<byte[]> mutatedTtml() {
        byte[] original = TTML.getBytes(StandardCharsets.UTF_8);
        Arbitrary<Double> where = Arbitraries.doubles().between(0, 1);
        Arbitrary<String> inserted = Arbitraries.of("<", ">", "</p>", "<p>", "<span begin=\"5s\">", "&", "&#0;",
                "<!DOCTYPE tt>", "\"", "<![CDATA[", "]]>", "begin=\"x\"", "\uFEFF", "\r", "<br/>", "<!--");
        return Combinators.combine(where, where, inserted).as((cut, at, piece) -> {
            String s = TTML.substring(0, (int) (TTML.length() * Math.max(cut, 0.3)));
            int i = (int) (s.length() * at);
            return (s.substring(0, i) + piece + s.substring(i)).getBytes(StandardCharsets.UTF_8);
        }).injectDuplicates(0.0).edgeCases(c -> c.add(original));
    }
}

package io.github.subtitleqc.core.read;

import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.model.SubtitleDocument;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the bytes, decoding and reading return a document and findings, never throw, and the
 * read is well formed (cues in file order, times not negative, findings at real lines). A loop
 * that never ends would show as a run that does not finish: every reader pass is linear, and the
 * number of tries bounds the run.
 */
class ReaderPropertiesTest {

    private static final String SRT = """
            1
            00:00:01,000 --> 00:00:02,500
            <i>Hello</i>, world.

            2
            00:00:03,000 --> 00:00:04,000
            就是亚马逊Facebook这样的公司
            Second line.

            3
            00:00:05.5 --> 00:00:06,25 X1:1 X2:2 Y1:3 Y2:4
            Third.
            """;

    private static final String VTT = """
            WEBVTT - test
            Language: en

            STYLE
            ::cue { color: lime }

            REGION
            id:r width:40% lines:2 regionanchor:0%,100% viewportanchor:10%,90% scroll:up

            NOTE a comment

            intro
            00:01.000 --> 00:02.500 region:r align:start line:0
            <v Roger>Hello</v> &amp; world.

            01:00:03.000 --> 01:00:04.000 position:10%,line-left size:50% vertical:rl
            就是亚马逊Facebook这样的公司
            Second line.
            """;

    @Property(tries = 300)
    void randomBytesNeverBreakEitherReader(@ForAll @Size(max = 2000) byte[] bytes) {
        readAllWays(bytes);
    }

    /** Random text made of the characters subtitle syntax is made of, so that blocks and timings occur. */
    @Property(tries = 300)
    void randomSubtitleLikeTextNeverBreaksEitherReader(@ForAll("subtitleLike") String text) {
        readAllWays(text.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 400)
    void mutatedValidFilesNeverBreakEitherReader(@ForAll("mutations") byte[] bytes) {
        readAllWays(bytes);
    }

    @Provide
    Arbitrary<String> subtitleLike() {
        Arbitrary<String> body = Arbitraries.strings()
                .withChars("0123456789:,.-> \t\n\r\u0000\uFEFFWEBVTNOSYLRGIx%")
                .ofMaxLength(400);
        return Combinators.combine(Arbitraries.of("", "WEBVTT\n\n", "1\n"), body).as(String::concat);
    }

    @Provide
    Arbitrary<byte[]> mutations() {
        Arbitrary<byte[]> valid = Arbitraries.of(SRT, VTT).map(s -> s.getBytes(StandardCharsets.UTF_8));
        return valid.flatMap(bytes -> mutation(bytes).list().ofMinSize(1).ofMaxSize(4)
                .map(list -> {
                    byte[] b = bytes;
                    for (Mutation m : list) {
                        b = m.apply(b);
                    }
                    return b;
                }));
    }

    /** One change to a file: cut it short, insert bytes, swap or drop or repeat a line. */
    private interface Mutation {
        byte[] apply(byte[] b);
    }

    private static Arbitrary<Mutation> mutation(byte[] original) {
        Arbitrary<Double> where = Arbitraries.doubles().between(0, 1);
        Arbitrary<Mutation> truncate = where.map(f -> b -> Arrays.copyOf(b, (int) (b.length * f)));
        Arbitrary<Mutation> insert = Combinators.combine(where, Arbitraries.bytes().array(byte[].class).ofMaxSize(8))
                .as((f, inserted) -> b -> {
                    int at = (int) (b.length * f);
                    byte[] out = new byte[b.length + inserted.length];
                    System.arraycopy(b, 0, out, 0, at);
                    System.arraycopy(inserted, 0, out, at, inserted.length);
                    System.arraycopy(b, at, out, at + inserted.length, b.length - at);
                    return out;
                });
        Arbitrary<Mutation> swap = Combinators.combine(where, where).as((f, g) -> b -> editLines(b, lines -> {
            if (!lines.isEmpty()) {
                int i = (int) (f * lines.size()) % lines.size();
                int j = (int) (g * lines.size()) % lines.size();
                String t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
            }
        }));
        Arbitrary<Mutation> drop = where.map(f -> b -> editLines(b, lines -> {
            if (!lines.isEmpty()) {
                lines.remove((int) (f * lines.size()) % lines.size());
            }
        }));
        Arbitrary<Mutation> repeat = where.map(f -> b -> editLines(b, lines -> {
            if (!lines.isEmpty()) {
                int i = (int) (f * lines.size()) % lines.size();
                lines.add(i, lines.get(i));
            }
        }));
        return Arbitraries.oneOf(truncate, insert, swap, drop, repeat);
    }

    private static byte[] editLines(byte[] b, java.util.function.Consumer<List<String>> edit) {
        List<String> lines = new ArrayList<>(Arrays.asList(new String(b, StandardCharsets.ISO_8859_1).split("\n", -1)));
        edit.accept(lines);
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Decodes with UTF-8 and with auto, and reads each with both readers; checks every result. */
    static void readAllWays(byte[] bytes) {
        for (boolean auto : new boolean[] {false, true}) {
            DecodedText decoded = TextDecoder.decode(bytes, StandardCharsets.UTF_8, auto);
            int lines = Math.max(1, Lines.split(decoded.text()).size());
            for (SubtitleReader reader : List.of(new SrtReader(), new WebVttReader(), new TtmlReader())) {
                List<ReadIssue> issues = new ArrayList<>(decoded.issues());
                SubtitleDocument document = reader.read(decoded, issues::add);
                assertThat(document).isNotNull();
                assertThat(issues).allSatisfy(i -> {
                    assertThat(i.ruleId()).isIn("parse-error", "encoding", "format");
                    assertThat(i.line()).isBetween(1, lines);
                    assertThat(i.column()).isNotNegative();
                    assertThat(i.message()).isNotBlank();
                });
                int previousLine = 0;
                for (int k = 0; k < document.cues().size(); k++) {
                    Cue c = document.cues().get(k);
                    assertThat(c.ordinal()).isEqualTo(k + 1);
                    assertThat(c.startMs()).isNotNegative();
                    assertThat(c.endMs()).isNotNegative();
                    // the spans of one TTML paragraph may show at different times: cues of the same p
                    assertThat(c.line()).isGreaterThanOrEqualTo(reader instanceof TtmlReader ? previousLine : previousLine + 1)
                            .isLessThanOrEqualTo(lines);
                    previousLine = c.line();
                }
            }
        }
    }
}

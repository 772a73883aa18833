package io.github.subtitleqc.core.cache;

import io.github.subtitleqc.core.engine.CueDetails;
import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.engine.FileSetup;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.score.Score;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link ResultCodec}: a result read back is the result written, to the last bit and in every order. */
class ResultCodecTest {

    static byte[] encode(FileResult r) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            ResultCodec.write(r, out);
        }
        return bytes.toByteArray();
    }

    static FileResult decode(byte[] bytes) throws IOException {
        ByteArrayInputStream buffer = new ByteArrayInputStream(bytes);
        FileResult r = ResultCodec.read(new DataInputStream(buffer));
        assertThat(buffer.available()).as("bytes left after the result").isZero();
        return r;
    }

    /**
     * The result written and read back, through the JDK's data streams and through the cache's own
     * ByteWriter and ByteReader (whose strings take another path), which must agree to the byte.
     */
    static FileResult roundTrip(FileResult r) throws IOException {
        byte[] bytes = encode(r);
        ByteWriter writer = new ByteWriter(16);
        ResultCodec.write(r, writer);
        assertThat(writer.toByteArray()).isEqualTo(bytes);
        ByteReader reader = new ByteReader(bytes);
        FileResult fast = ResultCodec.read(reader);
        assertThat(reader.remaining()).isZero();
        FileResult back = decode(bytes);
        assertThat(ResultDump.of(fast)).isEqualTo(ResultDump.of(back));
        return back;
    }

    private static Map<String, Double> costs(Object... pairs) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Double) pairs[i + 1]);
        }
        return m;
    }

    @Test
    void keepsEveryFieldOfAResultWithCueDetails() throws IOException {
        CueDetails details = new CueDetails.Builder(2, 17.0)
                .add(1_000, 2_500, 14.666, "就是亚马逊Facebook这样的公司")
                .add(2_400, 2_300, Double.NaN, "line one\nline two")
                .build();
        FileResult r = new FileResult("subs/talk.zh-Hans.srt", "srt", "zh-Hans", "netflix-zh-hans",
                "language tag 'zh-Hans' in the file name", "UTF-8", 2,
                List.of(new Finding("reading-speed", Severity.ERROR, "subs/talk.zh-Hans.srt", 1, 2, 1,
                                "14.7 characters per second: the most is 9", 14.7, 9.0),
                        new Finding("term-consistency", Severity.WARNING, "subs/talk.zh-Hans.srt", 2, 7, 3,
                                "'infra' is also written 'Infra'", null, null),
                        new Finding("overlap", Severity.INFO, "subs/talk.zh-Hans.srt", 0, 1, 0, "no value, a limit",
                                null, 0.0)),
                new Score(87.5, costs("reading-speed", 10.0, "term-consistency", 2.5, "overlap", 0.0)), details,
                new FileSetup("captions", "kids", 0.93, true));

        FileResult back = roundTrip(r);

        assertThat(ResultDump.of(back)).isEqualTo(ResultDump.of(r));
        assertThat(back.findings()).isEqualTo(r.findings());
        assertThat(back.findings().get(1).value()).isNull();
        assertThat(back.findings().get(2).limit()).isEqualTo(0.0);
        assertThat(back.score().costs().keySet()).containsExactly("reading-speed", "term-consistency", "overlap");
        assertThat(back.cueDetails().cpsLimit()).isEqualTo(17.0);
        assertThat(back.cueDetails().cps(0)).isEqualTo((double) (float) 14.666);
        assertThat(back.cueDetails().cps(1)).isNaN();
        assertThat(back.cueDetails().endMs(1)).isEqualTo(2_300);
        assertThat(back.setup()).isEqualTo(new FileSetup("captions", "kids", 0.93, true));
    }

    @Test
    void keepsNullsAndAnUncheckedTrack() throws IOException {
        FileResult r = new FileResult("a.vtt", "unknown", null, "netflix-en", "no language found", null, 0,
                List.of(), new Score(100, Map.of()), null, new FileSetup("chapters", null, null, false));

        FileResult back = roundTrip(r);

        assertThat(back).isEqualTo(r);
        assertThat(back.language()).isNull();
        assertThat(back.encoding()).isNull();
        assertThat(back.cueDetails()).isNull();
        assertThat(back.setup().checked()).isFalse();
    }

    @Test
    void writesARepeatedStringOnce() throws IOException {
        String message = "line too long: 52 characters, the most is 42; break the line or shorten it";
        List<Finding> findings = new java.util.ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            findings.add(new Finding("line-length", Severity.WARNING, "subs/episode-01.en.srt", i, i * 4, 1, message,
                    52.0, 42.0));
        }
        FileResult r = new FileResult("subs/episode-01.en.srt", "srt", "en", "netflix-en", "file name", "UTF-8", 100,
                findings, new Score(90, costs("line-length", 10.0)));

        byte[] bytes = encode(r);

        // per finding: rule, severity, file, cue, line, column, message (references), two numbers
        assertThat(bytes.length).isLessThan(message.length() + 100 * 30);
        assertThat(decode(bytes)).isEqualTo(r);
    }

    @Test
    void keepsTextUtf8WouldChange() throws IOException {
        String lone = "\uD800 half a pair, \uDC00 the other half, and a whole one: \uD83D\uDE00";
        String huge = "x".repeat(70_000) + "é";
        FileResult r = new FileResult(lone, "srt", huge, "p", "r", "e", 1,
                List.of(new Finding("r", Severity.INFO, lone, -1, 1, -5, huge, Double.NaN, Double.NEGATIVE_INFINITY)),
                new Score(-0.0, costs(null, null, "", -0.0)));

        FileResult back = roundTrip(r);

        assertThat(back.path()).isEqualTo(lone);
        assertThat(back.language()).isEqualTo(huge);
        assertThat(ResultDump.of(back)).isEqualTo(ResultDump.of(r));
        assertThat(Double.doubleToRawLongBits(back.score().value())).isEqualTo(Double.doubleToRawLongBits(-0.0));
    }

    @Test
    void aTruncatedResultIsAnErrorNotAWrongResult() throws IOException {
        byte[] bytes = encode(new FileResult("a.srt", "srt", "en", "netflix-en", "r", "UTF-8", 1,
                List.of(new Finding("r", Severity.INFO, "a.srt", 1, 2, 3, "m", 1.0, 2.0)), new Score(99.9, costs("r", 0.1))));

        for (int n = 0; n < bytes.length; n++) {
            byte[] prefix = java.util.Arrays.copyOf(bytes, n);
            assertThatThrownBy(() -> ResultCodec.read(new DataInputStream(new ByteArrayInputStream(prefix))))
                    .as("first %d of %d bytes", n, bytes.length).isInstanceOf(EOFException.class);
            assertThatThrownBy(() -> ResultCodec.read(new ByteReader(prefix)))
                    .as("first %d of %d bytes", n, bytes.length).isInstanceOf(EOFException.class);
        }
    }

    @Property(tries = 300)
    void anyResultReadsBackAsWritten(@ForAll("results") FileResult r) throws IOException {
        assertThat(ResultDump.of(roundTrip(r))).isEqualTo(ResultDump.of(r));
    }

    @Provide
    Arbitrary<FileResult> results() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withCharRange('a', 'e').ofMaxLength(3),
                Arbitraries.of("a.srt", "reading-speed", "就是亚马逊"));
        Arbitrary<String> nullable = text.injectNull(0.2);
        Arbitrary<Double> number = Arbitraries.oneOf(Arbitraries.doubles(),
                Arbitraries.of(Double.NaN, -0.0, Double.POSITIVE_INFINITY, Double.MIN_VALUE)).injectNull(0.3);
        Arbitrary<Integer> anyInt = Arbitraries.oneOf(Arbitraries.integers(), Arbitraries.integers().between(-2, 300));
        Arbitrary<Finding> finding = Combinators.combine(text, Arbitraries.of(Severity.class), text, anyInt, anyInt,
                anyInt, text, number).as((rule, sev, file, cue, line, col, msg, value) ->
                new Finding(rule, sev, file, cue, line, col, msg, value, value == null ? 0.5 : null));
        Arbitrary<Map<String, Double>> costs = Combinators.combine(nullable, number).as(java.util.AbstractMap.SimpleEntry::new)
                .list().ofMaxSize(6).map(entries -> {
                    Map<String, Double> m = new LinkedHashMap<>();
                    entries.forEach(e -> m.put(e.getKey(), e.getValue()));
                    return m;
                });
        Arbitrary<Score> score = Combinators.combine(Arbitraries.doubles(), costs).as(Score::new);
        Arbitrary<long[]> cue = Arbitraries.longs().array(long[].class).ofSize(2);
        Arbitrary<CueDetails> details = Combinators.combine(
                Combinators.combine(cue, Arbitraries.floats(), text).as((t, cps, s) -> new Object[] {t, cps, s})
                        .list().ofMaxSize(8),
                number).as((cues, limit) -> {
                    CueDetails.Builder b = new CueDetails.Builder(cues.size() / 2, limit);
                    for (Object[] c : cues) {
                        long[] t = (long[]) c[0];
                        b.add(t[0], t[1], (Float) c[1], (String) c[2]);
                    }
                    return b.build();
                }).injectNull(0.4);
        Arbitrary<FileSetup> setup = Combinators.combine(text, nullable, number, Arbitraries.of(true, false))
                .as(FileSetup::new);
        Arbitrary<List<String>> names = nullable.list().ofSize(6);
        return Combinators.combine(text, names, anyInt, finding.list().ofMaxSize(10), score, details, setup)
                .as((path, n, cues, findings, s, d, set) ->
                        new FileResult(path, n.get(0), n.get(1), n.get(2), n.get(3), n.get(4), cues, findings, s, d, set));
    }
}

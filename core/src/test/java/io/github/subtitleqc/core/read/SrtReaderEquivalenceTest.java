package io.github.subtitleqc.core.read;

import io.github.subtitleqc.core.model.SubtitleDocument;
import io.github.subtitleqc.core.text.VisibleCues;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SrtReader} reads by offsets into the text; {@link LegacySrtReader} is the reader as it
 * was, over one String per line. For any text both give exactly the same document (cues, their
 * text, numbers, lines and settings) and exactly the same findings, in the same order, with the
 * same cue, line, column and message.
 */
class SrtReaderEquivalenceTest {

    private static final List<String> TERMINATORS = List.of("\n", "\r\n", "\r");

    /** The document and findings of one reader, or what it threw. */
    private record Outcome(SubtitleDocument document, List<ReadIssue> issues, String thrown) {
    }

    private static Outcome read(SubtitleReader reader, String text) {
        List<ReadIssue> issues = new ArrayList<>();
        try {
            return new Outcome(reader.read(text, issues::add), issues, null);
        } catch (RuntimeException e) {
            return new Outcome(null, issues, e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static void assertSameAsLegacy(String text) {
        Outcome legacy = read(new LegacySrtReader(), text);
        Outcome now = read(new SrtReader(), text);
        assertThat(now.thrown()).as("thrown").isEqualTo(legacy.thrown());
        assertThat(now.issues()).as("findings").containsExactlyElementsOf(legacy.issues());
        assertThat(now.document()).as("document").isEqualTo(legacy.document());
        // the quick pass over the file's bytes gives the same document with nothing to report, or gives up
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        SubtitleDocument quick = PlainSrt.read(utf8, 0);
        if (quick != null) {
            String decoded = new String(utf8, StandardCharsets.UTF_8); // a lone surrogate is written as '?'
            Outcome general = decoded.equals(text) ? legacy : read(new LegacySrtReader(), decoded);
            assertThat(general.issues()).as("findings of a file the quick pass takes").isEmpty();
            assertThat(quick).as("quick pass").isEqualTo(general.document());
            // what it found of each text line gives the visible text and facts that the lines themselves give
            MeasuredDocument measured = PlainSrt.readMeasured(utf8, 0);
            assertThat(measured.document()).isEqualTo(quick);
            VisibleCues fromFacts = new VisibleCues(quick, measured.lineFacts());
            VisibleCues fromLines = new VisibleCues(quick);
            for (int c = 0; c < quick.cues().size(); c++) {
                assertThat(measured.lineFacts()[c]).hasSize(quick.cues().get(c).lines().size());
                assertThat(fromFacts.lines(c)).as("cue %d", c).isEqualTo(fromLines.lines(c));
                assertThat(fromFacts.facts(c)).as("cue %d", c).isEqualTo(fromLines.facts(c));
            }
        }
    }

    /** What the quick pass makes of the text as UTF-8 bytes. */
    private static SubtitleDocument quick(String text) {
        return PlainSrt.read(text.getBytes(StandardCharsets.UTF_8), 0);
    }

    // Lines put together from SubRip's parts, well and badly formed, joined with any line ends

    @Property(tries = 3000)
    void srtLikeLinesReadAsBefore(@ForAll("srtLike") String text) {
        assertSameAsLegacy(text);
    }

    @Property(tries = 1000)
    void wellFormedFilesWithFewFlawsReadAsBefore(@ForAll("mostlyWellFormed") String text) {
        assertSameAsLegacy(text);
    }

    @Property(tries = 1000)
    void randomCharactersOfSubRipReadAsBefore(
            @ForAll("subRipCharacters") @Size(max = 300) String text) {
        assertSameAsLegacy(text);
    }

    @Property(tries = 500)
    void timingLinesAloneReadAsBefore(@ForAll("timingLine") String timing, @ForAll("terminator") String end,
                                      @ForAll boolean numbered, @ForAll boolean withText) {
        assertSameAsLegacy((numbered ? "1" + end : "") + timing + end + (withText ? "Text" + end : ""));
    }

    @Example
    void edgeCasesReadAsBefore() {
        for (String text : List.of("", "\n", "\r", "\r\n", "\n\n\r\r\n", " ", "\t\n", "1", "1\n", "1\r\n\r\n",
                "-->", "00:00:01,000 --> 00:00:02,000", "00:00:01,000 --> 00:00:02,000\n",
                "1\n00:00:01,000 --> 00:00:02,000\nA\n\n\nB\n",
                "1\r00:00:01,000 --> 00:00:02,000\rA\r\r2\r00:00:03,000 --> 00:00:04,000\rB",
                "1\n00:00:01,000 --> 00:00:02,000 X1:10 X2:20 Y1:30 Y2:40  \nA\n",
                "1\n00:00:01,000 --> 00:00:02,000   \t\nA \t\n \t\n",
                "1\n00:01,000 --> 00:02.5\nA\n", "1\n0:0:1,000 --> 0:0:2\nA\n",
                "1\n00:00:01,000 -> 00:00:02,000\nA\n\n2\n00:00:03,000 --> 00:00:04,000\nB\n",
                "WEBVTT\n\n00:01.000 --> 00:02.000\nA\n",
                "1\n00:00:01,000 --> -00:00:02,000\nA\n", "1\n00:00:01,000 -->\nA\n", "1\n --> 00:00:02,000\nA\n",
                "1\n00:00:01,000 --> 00:00:02,000\nA\n2\n00:00:03,000 --> 00:00:04,000\nB\n",
                "1\n00:00:01,000 --> 00:00:02,000\nA\n\nmore\n\n\nstill more\n\n12:34:5 x\n",
                "99999999999999999999999\n00:00:01,000 --> 00:00:02,000\nA\n",
                "  7 \t\n00:00:01,000 --> 00:00:02,000\nA\n",
                "1\n00:00:01,000 --> 00:00:02,000 --> 00:00:03,000\nA\n",
                "1\n1234567890123:00:01,000 --> 00:00:02,000\nA\n",
                "1\n00:61:01,000 --> 00:00:02,000\nA\n", "1\n00:00:61,000 --> 00:00:02,000\nA\n",
                "1\n00:00:01;000 --> 00:00:02:000\nA\n",
                "1\n00:60:00,000 --> 00:59:59,999\nA\n", "1\n00:00:59,999 --> 00:00:60,000\nA\n",
                "1\n99:59:59,999 --> 100:00:00,000\nA\n", "1\n00:00:01,000 --> 00:00:02,0000\nA\n",
                "1\n00:00:01,000-->00:00:02,000X1:1 X2:2 Y1:3 Y2:4\nA\n", "1\n00:00:01,00a --> 0a:00:02,000\nA\n", "1\n00:00:01,000 --> 00:00:02,000\u2028\nA\n",
                "1\n00:00:01,0001 --> 00:00:02,00\n\u0000\n")) {
            assertSameAsLegacy(text);
        }
    }

    /**
     * Files numbered 1, 2, 3… with well-written timing lines, the files {@link PlainSrt} reads in
     * its quick pass, and the same with one flaw that sends them to the general reading.
     */
    @Property(tries = 2000)
    void numberedFilesReadAsBefore(@ForAll("numbered") String text) {
        Statistics.label("quick pass").collect(quick(text) != null);
        assertSameAsLegacy(text);
        // a property that never reached the quick pass (or never left it) would test nothing new
        Statistics.label("quick pass").coverage(c -> {
            c.check(true).percentage(p -> p > 25);
            c.check(false).percentage(p -> p > 25);
        });
    }

    /** The quick pass takes the plain files (so the property above tests it) and gives up on every flaw. */
    @Example
    void theQuickPassTakesPlainFilesOnly() {
        String plain = "1\n00:00:01,000 --> 00:00:02,500\nHello,\n<i>world</i>\n\n"
                + "2\n00:00:03,000 --> 00:00:04,000  \t\n\n\n3\n00:59:59,999 --> 99:00:00,000\n就是 OK\nA\nB\n";
        for (String text : List.of(plain, plain.replace("\n", "\r\n"), "\n\n" + plain, plain.strip(),
                "01\n00:00:01,000 --> 00:00:02,000\nA")) {
            assertThat(quick(text)).as(text).isNotNull();
            assertSameAsLegacy(text);
        }
        for (String flawed : List.of(plain.replace("2\n00:00:03", "7\n00:00:03"), plain.replace("1\n00", " 1\n00"),
                plain.replace(",500", ".500"), plain.replace("02,500", "02,500 X1:1 X2:2 Y1:1 Y2:2"),
                plain.replace("00:00:04,000", "00:00:04,00"), plain.replace("00:59", "00:60"),
                plain.replace("Hello,", "Hel\rlo,"), plain.replace("\n", "\r"), plain.replace("A\n", "A --> B\n"),
                plain.replace("A\n", "42\n"), plain.replace("\n\n2", "\n\nmore text\n\n2"),
                plain.replace("\n\n2", "\n2"), "", "\n\n", "1\n", "1\n00:00:01,000 -> 00:00:02,000\nA\n")) {
            assertThat(quick(flawed)).as(flawed).isNull();
            assertSameAsLegacy(flawed);
        }
    }

    /**
     * The quick pass reads bytes: it starts past a byte order mark where it is told to, and gives up
     * on a text line whose bytes do not decode (the decoder reports them) or that holds U+FFFD as
     * written (the decoder tells it from an undecodable byte by decoding again).
     */
    @Example
    void theQuickPassReadsUtf8BytesAndGivesUpOnWhatDoesNotDecode() {
        String plain = "1\n00:00:01,000 --> 00:00:02,500\n就是 Bedrock\n\n2\n00:00:03,000 --> 00:00:04,000\nÇa va?\n";
        byte[] utf8 = plain.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        SubtitleDocument general = new SrtReader().read(plain, issue -> { });
        assertThat(PlainSrt.read(utf8, 0)).isEqualTo(general);
        assertThat(PlainSrt.read(withBom, 3)).isEqualTo(general);
        assertThat(PlainSrt.read(withBom, 3).cues().get(1).lines()).containsExactly("Ça va?");

        byte[] broken = utf8.clone();
        int at = plain.indexOf("Bedrock");
        broken[plain.substring(0, at).getBytes(StandardCharsets.UTF_8).length] = (byte) 0xFF; // "Bedrock" → "\uFFFDedrock"
        assertThat(PlainSrt.read(broken, 0)).isNull();
        assertThat(quick(plain.replace("va?", "va\uFFFD"))).isNull();
        byte[] truncated = java.util.Arrays.copyOf(utf8, utf8.length - 3); // "a?\n" cut off: whole characters still
        assertThat(PlainSrt.read(truncated, 0).cues().get(1).lines()).containsExactly("Ça v");
        byte[] cutInside = java.util.Arrays.copyOf(utf8, plain.substring(0, plain.indexOf("是")).getBytes(StandardCharsets.UTF_8).length + 2);
        assertThat(PlainSrt.read(cutInside, 0)).as("a character cut at the end of the file").isNull();
    }

    /**
     * Lines that are not ASCII are decoded one after another, a long one and a short one after it
     * each whole and alone, and bytes that UTF-8 does not allow (an encoded surrogate, an overlong
     * form) make the quick pass give up.
     */
    @Example
    void theQuickPassDecodesLinesOfAnyLengthOneAfterAnother() {
        String longLine = "工质引擎".repeat(200) + " Bedrock";
        String plain = "1\n00:00:01,000 --> 00:00:02,500\n就是\n" + longLine + "\n\n2\n00:00:03,000 --> 00:00:04,000\n"
                + "好的 <i>OK</i>\nÇa\n";
        SubtitleDocument read = PlainSrt.read(plain.getBytes(StandardCharsets.UTF_8), 0);
        assertThat(read.cues().get(0).lines()).containsExactly("就是", longLine);
        assertThat(read.cues().get(1).lines()).containsExactly("好的 <i>OK</i>", "Ça");
        assertThat(read).isEqualTo(new SrtReader().read(plain, issue -> { }));

        for (byte[] refused : List.of(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF})) {
            byte[] head = "1\n00:00:01,000 --> 00:00:02,500\n就是".getBytes(StandardCharsets.UTF_8);
            byte[] bytes = java.util.Arrays.copyOf(head, head.length + refused.length + 1);
            System.arraycopy(refused, 0, bytes, head.length, refused.length);
            bytes[bytes.length - 1] = '\n';
            assertThat(PlainSrt.read(bytes, 0)).as(java.util.HexFormat.of().formatHex(refused)).isNull();
        }
    }

    /** Every SubRip file the tests hold reads as before, as written and with every kind of line end. */
    @Example
    void testFilesReadAsBefore() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(
                Files.walk(Path.of("src/test/corpus")), Files.walk(Path.of("src/test/resources")))) {
            files = walk.filter(p -> p.toString().endsWith(".srt") && Files.isRegularFile(p)).toList();
        }
        assertThat(files).hasSizeGreaterThan(40);
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            assertSameAsLegacy(text);
            for (String end : TERMINATORS) {
                assertSameAsLegacy(text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", end));
            }
        }
    }

    @Provide
    Arbitrary<String> terminator() {
        return Arbitraries.of(TERMINATORS);
    }

    @Provide
    Arbitrary<String> srtLike() {
        Arbitrary<String> line = Arbitraries.frequencyOf(
                Tuple.of(4, indexLine()),
                Tuple.of(5, timingLine()),
                Tuple.of(4, blankLine()),
                Tuple.of(5, textLine()));
        return joined(line, 60);
    }

    @Provide
    Arbitrary<String> mostlyWellFormed() {
        Arbitrary<String> cue = Combinators.combine(
                Arbitraries.integers().between(0, 40),
                Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just("00:00:01,000 --> 00:00:02,000")), Tuple.of(2, timingLine())),
                textLine().list().ofMaxSize(3),
                Arbitraries.integers().between(0, 9)).as((n, timing, text, flaw) -> {
                    List<String> lines = new ArrayList<>();
                    if (flaw != 1) {
                        lines.add(String.valueOf(n));
                    }
                    lines.add(timing);
                    lines.addAll(text);
                    if (flaw != 2) {
                        lines.add("");
                    }
                    if (flaw == 3) {
                        lines.add("");
                        lines.add("continued text");
                        lines.add("");
                    }
                    return String.join("\n", lines);
                });
        return Combinators.combine(cue.list().ofMaxSize(12), Arbitraries.of(TERMINATORS), Arbitraries.of("", "\n", "\n\n"))
                .as((cues, end, tail) -> (String.join("\n", cues) + tail).replace("\n", end));
    }

    @Provide
    Arbitrary<String> numbered() {
        Arbitrary<String> time = Combinators.combine(Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(0, 59), Arbitraries.integers().between(0, 59),
                Arbitraries.integers().between(0, 999)).as((h, m, sec, ms) -> String.format("%02d:%02d:%02d,%03d", h, m, sec, ms));
        Arbitrary<String> timing = Arbitraries.frequencyOf(
                Tuple.of(12, Combinators.combine(time, time, Arbitraries.of("", "", " ", "\t ")).as((a, b, t) -> a + " --> " + b + t)),
                Tuple.of(1, timingLine()));
        Arbitrary<String> text = Arbitraries.frequencyOf(Tuple.of(6, textLine()),
                Tuple.of(2, Arbitraries.of("就是亚马逊的 Bedrock", "Ça va, José?", "- <i>Yes.</i>", "- No!", "♪ la la ♪", "🙂")));
        Arbitrary<List<String>> cue = Combinators.combine(timing, text.list().ofMaxSize(4),
                Arbitraries.of("\n", "\n", "\n\n", "\n \t\n")).as((t, lines, gap) -> {
                    List<String> parts = new ArrayList<>();
                    parts.add(t);
                    parts.addAll(lines);
                    parts.add(gap);
                    return parts;
                });
        return Combinators.combine(cue.list().ofMaxSize(10), Arbitraries.of("\n", "\r\n", "\r\n", "\r"),
                Arbitraries.integers().between(0, 14), Arbitraries.of("", "\n", " \n")).as((cues, end, flaw, head) -> {
                    StringBuilder b = new StringBuilder(head);
                    for (int i = 0; i < cues.size(); i++) {
                        List<String> c = cues.get(i);
                        String number = flaw == 1 && i == 1 ? "9" : flaw == 2 && i == 0 ? "01" : String.valueOf(i + 1);
                        b.append(number).append('\n');
                        b.append(String.join("\n", c.subList(0, c.size() - 1)));
                        b.append(flaw == 3 && i == 0 ? "\n" : c.get(c.size() - 1));
                    }
                    String file = flaw == 4 ? b.toString().strip() : b.toString();
                    return file.replace("\n", end);
                });
    }

    @Provide
    Arbitrary<String> subRipCharacters() {
        return Arbitraries.strings().withChars("0123456789:,.;-> \t\n\r\nXYab");
    }

    private static Arbitrary<String> joined(Arbitrary<String> line, int maxLines) {
        Arbitrary<String> terminated = Combinators.combine(line, Arbitraries.of(TERMINATORS)).as(String::concat);
        return Combinators.combine(terminated.list().ofMaxSize(maxLines), line, Arbitraries.of(true, false))
                .as((lines, last, unterminated) -> String.join("", lines) + (unterminated ? last : ""));
    }

    private static Arbitrary<String> indexLine() {
        Arbitrary<String> digits = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 12).map(String::valueOf),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(25));
        return Combinators.combine(spaces(), digits, spaces()).as((a, d, b) -> a + d + b);
    }

    private static Arbitrary<String> blankLine() {
        return Arbitraries.of("", "", "", " ", "\t", "  \t ");
    }

    private static Arbitrary<String> textLine() {
        return Arbitraries.oneOf(
                Arbitraries.of("Hello", "<i>Hi</i>, world.", "WEBVTT", "WEBVTT - x", "- Dash", "--", "a --> b", "->",
                        "12:34:5 time-like", "1:23,4", "12", "1 2", "就是亚马逊", "\u0000ctl\u0001", "x\u2028y",
                        "text   ", " \u00A0 ", "X1:1 X2:2 Y1:3 Y2:4", "00:00:01,000",
                        "2 > 1", "Fish &amp; chips", "{\\an8}Up here", "  a  ,  b\t", "ABC!"),
                Arbitraries.strings().withChars("abc 0123456789:,.-> \t").ofMaxLength(30));
    }

    @Provide
    static Arbitrary<String> timingLine() {
        Arbitrary<String> arrow = Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.just("-->")),
                Tuple.of(1, Arbitraries.of("->", "-- >", "--->", "--> -->", "", "—>")));
        Arbitrary<String> after = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just("")),
                Tuple.of(2, Arbitraries.of(" ", "\t", "  \t")),
                Tuple.of(2, Arbitraries.of(" X1:10 X2:20 Y1:30 Y2:40", "X1:-1 x2:2 Y1:3 Y2:4 ", "  x1: 1  X2: 2 Y1:3 Y2:4\t",
                        " X1:1 X2:2", " position:10%", "abc", " 00:00:03,000", ",5", " --> 00:00:01,000")));
        return Combinators.combine(spaces(), timestamp(), spaces(), arrow, spaces(), timestamp(), after)
                .as((a, start, b, arr, c, end, rest) -> a + start + b + arr + c + end + rest);
    }

    /** A timestamp, most often well formed, else with any of the deviations the reader reads or rejects. */
    private static Arbitrary<String> timestamp() {
        Arbitrary<String> field = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(0, 59).map(v -> String.format("%02d", v))),
                Tuple.of(2, Arbitraries.integers().between(0, 99).map(String::valueOf)),
                Tuple.of(1, Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(12)));
        Arbitrary<String> millis = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(0, 999).map(v -> String.format("%03d", v))),
                Tuple.of(2, Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(5)));
        Arbitrary<String> separator = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(",")),
                Tuple.of(2, Arbitraries.of(".", ":", ";", "", " ", "-")));
        Arbitrary<String> sign = Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.just("")), Tuple.of(1, Arbitraries.just("-")));
        Arbitrary<Integer> shape = Arbitraries.integers().between(0, 9);
        return Combinators.combine(sign, field, field, field, separator, millis, shape)
                .as((minus, h, m, s, sep, ms, form) -> minus + switch (form) {
                    case 0 -> m + ":" + s + sep + ms; // no hours
                    case 1 -> h + ":" + m + ":" + s; // no millis
                    case 2 -> h + ":" + m; // cut short
                    case 3 -> "";
                    default -> h + ":" + m + ":" + s + sep + ms;
                });
    }

    private static Arbitrary<String> spaces() {
        return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just("")), Tuple.of(1, Arbitraries.of(" ", "\t", " \t ")));
    }
}

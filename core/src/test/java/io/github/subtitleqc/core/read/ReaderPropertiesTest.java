package io.github.subtitleqc.core.read;

import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.model.SubtitleDocument;
import io.github.subtitleqc.core.text.VisibleText;
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
            for (SubtitleReader reader : List.of(new SrtReader(), new WebVttReader(), new TtmlReader(), new AssReader())) {
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

    // ASS / SSA

    private static final String ASS = """
            [Script Info]
            ScriptType: v4.00+
            WrapStyle: 2
            Language: en

            [V4+ Styles]
            Format: Name, Fontname, Fontsize, PrimaryColour, Bold, Alignment
            Style: Default,Arial,48,&H00FFFFFF,0,2

            [Events]
            Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
            Comment: 0,0:00:00.00,0:00:05.00,Default,,0,0,0,,note
            Dialogue: 0,0:00:01.00,0:00:02.50,Default,Ann,0,0,0,,{\\i1}Hello{\\i0}, world.\\Nline two
            Dialogue: 1,0:00:02.00,0:00:04:56,*Default,,0,0,0,,{\\p1}m 0 0 l 9 9{\\p0}sign\\hhere\\nsoft{note}

            [Fonts]
            fontname: a.ttf
            M3,&O38M_^+[QI3X
            """;

    @Property(tries = 300)
    void mutatedAssFilesNeverBreakAnyReader(@ForAll("assMutations") byte[] bytes) {
        readAllWays(bytes);
    }

    @Provide
    Arbitrary<byte[]> assMutations() {
        byte[] bytes = ASS.getBytes(StandardCharsets.UTF_8);
        return mutation(bytes).list().ofMinSize(1).ofMaxSize(4).map(list -> {
            byte[] b = bytes;
            for (Mutation m : list) {
                b = m.apply(b);
            }
            return b;
        });
    }

    /** One generated Dialogue: times in centiseconds, layer, style, name and text lines. */
    record Event(long startCs, long endCs, int layer, String style, String name, List<String> lines) {
    }

    private static final List<String> EVENT_FIELDS = List.of("Layer", "Start", "End", "Style", "Name", "MarginL",
            "MarginR", "MarginV", "Effect");

    /**
     * An [Events] section whose Format line puts the fields in any order (Text last, as it must be)
     * gives one cue per Dialogue, with the times, text lines and group written, whatever commas the
     * text holds.
     */
    @Property(tries = 200)
    void dialoguesAreReadInTheFormatLinesOrder(@ForAll("fieldOrders") List<String> order,
                                               @ForAll("events") List<Event> events) {
        StringBuilder file = new StringBuilder("[Script Info]\nScriptType: v4.00+\n\n[Events]\nFormat: ")
                .append(String.join(", ", order)).append(", Text\n");
        for (Event e : events) {
            List<String> values = new ArrayList<>();
            for (String field : order) {
                values.add(switch (field) {
                    case "Layer" -> String.valueOf(e.layer());
                    case "Start" -> assTime(e.startCs());
                    case "End" -> assTime(e.endCs());
                    case "Style" -> e.style();
                    case "Name" -> e.name();
                    case "Effect" -> "";
                    default -> "0000";
                });
            }
            values.add(String.join("\\N", e.lines()));
            file.append("Dialogue: ").append(String.join(",", values)).append('\n');
        }
        List<ReadIssue> issues = new ArrayList<>();
        SubtitleDocument document = new AssReader().read(file.toString(), issues::add);
        assertThat(issues).isEmpty();
        assertThat(document.cues()).hasSameSizeAs(events);
        for (int k = 0; k < events.size(); k++) {
            Event e = events.get(k);
            Cue c = document.cues().get(k);
            assertThat(c.startMs()).isEqualTo(e.startCs() * 10);
            assertThat(c.endMs()).isEqualTo(e.endCs() * 10);
            assertThat(c.lines()).isEqualTo(e.lines());
            // without a Layer or Style field, a cue is on layer 0 in the Default style
            assertThat(c.group()).isEqualTo((order.contains("Layer") ? e.layer() : 0) + "/"
                    + (order.contains("Style") ? e.style() : "Default"));
            assertThat(c.line()).isEqualTo(6 + k);
            String dialogue = Lines.split(file.toString()).get(5 + k);
            for (int t = 0; t < c.lines().size(); t++) {
                int column = c.textColumn(t, 1);
                assertThat(dialogue.substring(column - 1)).startsWith(e.lines().get(t));
            }
        }
    }

    @Provide
    Arbitrary<List<String>> fieldOrders() {
        return Arbitraries.shuffle(EVENT_FIELDS).flatMap(fields -> Arbitraries.integers().between(2, fields.size())
                .map(n -> {
                    List<String> chosen = new ArrayList<>(fields.subList(0, n));
                    for (String required : List.of("Start", "End")) {
                        if (!chosen.contains(required)) {
                            chosen.add(required);
                        }
                    }
                    return chosen;
                }));
    }

    @Provide
    Arbitrary<List<Event>> events() {
        Arbitrary<String> textLine = Arbitraries.strings().withChars("abcXYZ019 ,.;:!?'\"-()[]éü世界")
                .ofMaxLength(30);
        Arbitrary<Event> event = Combinators.combine(
                Arbitraries.longs().between(0, 9L * 360_000 - 1),
                Arbitraries.longs().between(0, 9L * 360_000 - 1),
                Arbitraries.integers().between(0, 99),
                Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').ofMinLength(1)
                        .ofMaxLength(8),
                Arbitraries.strings().withChars("Ann Bob").ofMaxLength(8),
                textLine.list().ofMinSize(1).ofMaxSize(3))
                .as(Event::new);
        return event.list().ofMaxSize(8);
    }

    private static String assTime(long cs) {
        return String.format(java.util.Locale.ROOT, "%d:%02d:%02d.%02d", cs / 360_000, cs / 6000 % 60, cs / 100 % 60,
                cs % 100);
    }

    /**
     * Override blocks and brace comments put anywhere in a Dialogue's text never change what is
     * visible of it: the visible text of the cue is the text without them.
     */
    @Property(tries = 300)
    void overrideBlocksNeverChangeTheVisibleText(@ForAll("plainTexts") String plain,
                                                 @ForAll("blockPlacements") List<Integer> places,
                                                 @ForAll("blocks") List<String> blocks) {
        StringBuilder text = new StringBuilder(plain);
        for (int k = Math.min(places.size(), blocks.size()) - 1; k >= 0; k--) {
            int at = Math.min(places.get(k), plain.length());
            if (at > 0 && plain.charAt(at - 1) == '\\') {
                at++; // not inside a \N
            }
            text.insert(at, blocks.get(k));
        }
        String file = "[Script Info]\n\n[Events]\nFormat: Start, End, Text\nDialogue: 0:00:01.00,0:00:02.00,"
                + text + "\n";
        SubtitleDocument document = new AssReader().read(file, issue -> {
        });
        assertThat(document.cues()).hasSize(1);
        List<String> visible = document.cues().get(0).lines().stream().map(VisibleText::of).toList();
        assertThat(String.join("\\N", visible)).isEqualTo(plain);
    }

    @Provide
    Arbitrary<String> plainTexts() {
        Arbitrary<String> line = Arbitraries.strings().withChars("abcXYZ019 ,.;:!?'-()[]éü世界").ofMaxLength(20);
        return line.list().ofMinSize(1).ofMaxSize(3).map(lines -> String.join("\\N", lines));
    }

    @Provide
    Arbitrary<List<Integer>> blockPlacements() {
        return Arbitraries.integers().between(0, 70).list().ofMaxSize(6).map(l -> l.stream().sorted().toList());
    }

    @Provide
    Arbitrary<List<String>> blocks() {
        return Arbitraries.of("{\\i1}", "{\\i0}", "{\\an8}", "{\\pos(320,50)}", "{\\fs20\\b1\\c&H00FF00&}",
                "{\\fad(200,200)}", "{\\k25}", "{TL note, with a comma}", "{}", "{ \\i1}", "{\\pbo2}",
                "{\\p0}").list().ofMaxSize(6);
    }
}

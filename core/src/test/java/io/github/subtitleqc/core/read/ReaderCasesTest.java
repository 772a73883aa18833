package io.github.subtitleqc.core.read;

import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.model.CueLayout;
import io.github.subtitleqc.core.model.Region;
import io.github.subtitleqc.core.model.SubtitleDocument;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One input file per case, in the spirit of Checkstyle's input files: {@code cases/srt/NAME.srt}
 * or {@code cases/vtt/NAME.vtt}, and beside it {@code NAME.expected} with exactly what reading it
 * gives: the encoding, every finding (rule, line:column, cue, message) and every cue (id, times,
 * source lines, text, settings). Lines starting with {@code #} are comments; a comment
 * {@code # options: encoding=auto} (or another charset) sets the configured encoding.
 *
 * <p>To see what a new case gives, run with {@code -Dsubtitleqc.printCases=true}.
 */
class ReaderCasesTest {

    @TestFactory
    Stream<DynamicTest> cases() throws IOException, URISyntaxException {
        Path root = Path.of(ReaderCasesTest.class.getResource("cases").toURI());
        List<Path> inputs;
        try (Stream<Path> files = Files.walk(root)) {
            inputs = files.filter(Files::isRegularFile)
                    .filter(p -> Readers.forFileName(p.getFileName().toString()).isPresent())
                    .sorted()
                    .toList();
        }
        assertThat(inputs).isNotEmpty();
        return inputs.stream().map(input -> DynamicTest.dynamicTest(root.relativize(input).toString(), () -> check(input)));
    }

    private static void check(Path input) throws IOException {
        String name = input.getFileName().toString();
        Path expectedFile = input.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected");
        List<String> expectedLines = Files.exists(expectedFile)
                ? Files.readAllLines(expectedFile, StandardCharsets.UTF_8) : List.of();
        String options = expectedLines.stream().filter(l -> l.startsWith("# options:")).findFirst().orElse("");
        String actual = render(input, options);
        if (Boolean.getBoolean("subtitleqc.printCases")) {
            System.out.println("=== " + input + "\n" + actual);
        }
        String expected = expectedLines.stream().filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n"));
        assertThat(actual).as(expectedFile.toString()).isEqualTo(expected.strip());
    }

    /** What reading a file gives, one line per fact, in the .expected syntax. */
    static String render(Path input, String options) throws IOException {
        boolean auto = options.contains("encoding=auto");
        Charset configured = StandardCharsets.UTF_8;
        int at = options.indexOf("encoding=");
        if (at >= 0 && !auto) {
            configured = Charset.forName(options.substring(at + "encoding=".length()).strip());
        }
        DecodedText decoded = TextDecoder.decode(Files.readAllBytes(input), configured, auto);
        List<ReadIssue> issues = new ArrayList<>(decoded.issues());
        SubtitleReader reader = Readers.forFileName(input.getFileName().toString()).orElseThrow();
        SubtitleDocument document = reader.read(decoded, issues::add);
        List<String> out = new ArrayList<>();
        out.add("decoded as " + decoded.charset().name() + (decoded.bom() ? " (byte order mark)" : ""));
        issues.stream()
                .sorted(Comparator.comparingInt(ReadIssue::line).thenComparingInt(ReadIssue::column)
                        .thenComparing(ReadIssue::ruleId).thenComparing(ReadIssue::message))
                .forEach(i -> out.add("finding " + i.ruleId() + " " + i.line() + ":" + i.column() + " cue " + i.cue()
                        + ": " + i.message()));
        for (Region r : document.regions()) {
            out.add("region " + quote(r.id()) + " at line " + r.line() + ": width " + num(r.width()) + ", lines "
                    + num(r.lines()) + ", anchor " + num(r.regionAnchorX()) + "," + num(r.regionAnchorY())
                    + ", viewport anchor " + num(r.viewportAnchorX()) + "," + num(r.viewportAnchorY())
                    + ", scroll " + quote(r.scroll()));
        }
        for (String style : document.styleSheets()) {
            out.add("style " + quote(style));
        }
        document.declaredLanguage().ifPresent(l -> out.add("language " + l));
        for (Cue c : document.cues()) {
            out.add("cue " + c.ordinal() + ": id " + (c.id() == null ? "none" : quote(c.id())) + ", "
                    + time(c.startMs()) + " --> " + time(c.endMs()) + ", line " + c.line() + ", text from line "
                    + c.firstTextLine() + " " + quote(c.text())
                    + (c.settings().isEmpty() ? "" : ", settings " + quote(c.settings()))
                    + (c.layout().equals(CueLayout.DEFAULT) ? "" : ", layout " + layout(c.layout()))
                    + (c.group().isEmpty() ? "" : ", group " + quote(c.group())));
            if (!c.sourceLines().isEmpty()) {
                List<String> places = new ArrayList<>();
                for (int i = 0; i < c.lines().size(); i++) {
                    places.add(c.textLine(i) + ":" + c.textColumn(i, 1));
                }
                out.add("  text lines at " + String.join(", ", places));
            }
        }
        return String.join("\n", out);
    }

    private static String layout(CueLayout l) {
        List<String> parts = new ArrayList<>();
        CueLayout d = CueLayout.DEFAULT;
        if (!l.vertical().equals(d.vertical())) {
            parts.add("vertical " + l.vertical());
        }
        if (!l.line().equals(d.line()) || l.snapToLines() != d.snapToLines()) {
            parts.add("line " + (l.line().isPresent() ? num(l.line().getAsDouble()) : "auto")
                    + (l.snapToLines() ? "" : "%"));
        }
        if (!l.lineAlign().equals(d.lineAlign())) {
            parts.add("line align " + l.lineAlign());
        }
        if (!l.position().equals(d.position())) {
            parts.add("position " + num(l.position().getAsDouble()) + "%");
        }
        if (!l.positionAlign().equals(d.positionAlign())) {
            parts.add("position align " + l.positionAlign());
        }
        if (l.size() != d.size()) {
            parts.add("size " + num(l.size()) + "%");
        }
        if (!l.align().equals(d.align())) {
            parts.add("align " + l.align());
        }
        l.region().ifPresent(r -> parts.add("region " + quote(r.id())));
        return String.join(", ", parts);
    }

    private static String num(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String time(long ms) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60,
                ms % 1000);
    }

    /** Java-style double quotes, with \n, \t, \r, \\, \" and other controls escaped. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                default -> {
                    if (Character.isISOControl(cp) || cp == 0xFEFF) {
                        out.append(String.format(Locale.ROOT, "\\u%04X", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}

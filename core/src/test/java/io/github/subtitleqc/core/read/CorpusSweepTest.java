package io.github.subtitleqc.core.read;

import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Format;
import io.github.subtitleqc.core.model.SubtitleDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads every SRT, WebVTT and ASS/SSA file of the corpus (the {@code srt}, {@code vtt} and
 * {@code ass/ssa} rows of its MANIFEST.tsv, which include media3's files without an extension,
 * read as {@code .srt}, {@code .vtt} and {@code .ass}) and checks what must hold for
 * any input: nothing is thrown, every finding has a rule, a severity, a line of at least 1 and a
 * message, cue times are not negative and cues keep file order. Each file is read three ways:
 * through the engine with UTF-8, through the engine with {@code encoding=auto}, and by the reader
 * of the other format (a WebVTT file named .srt, and the reverse); an ASS/SSA file by the engine
 * both ways and by the ASS reader.
 */
class CorpusSweepTest {

    private static final Set<String> READER_RULES =
            ReaderRules.ALL.stream().map(d -> d.id()).collect(Collectors.toSet());

    /** The corpus's MANIFEST.tsv rows (path, format, …) of the given formats. */
    private static List<String[]> manifestRows(Path root, String... formats) throws IOException {
        List<String> wanted = List.of(formats);
        return Files.readAllLines(root.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#"))
                .map(l -> l.split("\t"))
                .filter(r -> wanted.contains(r[1]))
                .toList();
    }

    @Test
    void everySubtitleFileOfTheCorpusReadsCleanly() throws IOException {
        Path root = Corpus.root();
        List<String[]> rows = manifestRows(root, "srt", "vtt", "ass/ssa");
        Engine utf8 = new Engine(EngineConfig.defaults().withThreads(1), List.of());
        Engine auto = new Engine(EngineConfig.defaults().withEncoding("auto").withThreads(1), List.of());
        List<String> problems = new ArrayList<>();
        int cues = 0;
        for (String[] row : rows) {
            String path = row[0];
            boolean ass = row[1].equals("ass/ssa");
            String format = ass ? "ass" : row[1];
            byte[] bytes = Files.readAllBytes(root.resolve(path));
            String displayPath = path.endsWith("." + format) || ass && path.endsWith(".ssa") ? path : path + "." + format;
            for (Engine engine : List.of(utf8, auto)) {
                try {
                    checkFindings(path, engine.check(displayPath, bytes), problems);
                } catch (RuntimeException e) {
                    problems.add(path + ": the engine threw " + e);
                }
            }
            for (SubtitleReader reader : ass ? List.of(new AssReader()) : List.of(new SrtReader(), new WebVttReader())) {
                try {
                    cues += checkRead(path, reader, bytes, problems);
                } catch (RuntimeException e) {
                    problems.add(path + ": " + reader.format().id() + " reader threw " + e);
                }
            }
        }
        long assFiles = rows.stream().filter(r -> r[1].equals("ass/ssa")).count();
        System.out.println("Corpus sweep: " + (rows.size() - assFiles) + " SRT and WebVTT files read 4 ways each, "
                + assFiles + " ASS/SSA files 3 ways each (" + cues + " cues), " + problems.size() + " problems");
        assertThat(rows.size() - assFiles).isGreaterThanOrEqualTo(880);
        assertThat(assFiles).isEqualTo(31);
        assertThat(problems).isEmpty();
    }

    /**
     * Reads every TTML file of the corpus (the {@code ttml} rows, which include media3's
     * {@code .xml} files, given a {@code .ttml} name here) through the engine with UTF-8 and with
     * {@code encoding=auto}, and with the TTML reader: nothing is thrown, every finding and cue is
     * well-formed, and cues keep the order of their paragraphs.
     */
    @Test
    void everyTtmlFileOfTheCorpusReadsCleanly() throws IOException {
        Path root = Corpus.root();
        List<String[]> rows = manifestRows(root, "ttml");
        Engine utf8 = new Engine(EngineConfig.defaults().withThreads(1), List.of());
        Engine auto = new Engine(EngineConfig.defaults().withEncoding("auto").withThreads(1), List.of());
        List<String> problems = new ArrayList<>();
        int cues = 0;
        for (String[] row : rows) {
            String path = row[0];
            byte[] bytes = Files.readAllBytes(root.resolve(path));
            String displayPath = path.endsWith(".ttml") ? path : path + ".ttml";
            for (Engine engine : List.of(utf8, auto)) {
                try {
                    checkFindings(path, engine.check(displayPath, bytes), problems);
                } catch (RuntimeException e) {
                    problems.add(path + ": the engine threw " + e);
                }
            }
            try {
                DecodedText decoded = TextDecoder.decode(bytes, StandardCharsets.UTF_8);
                List<ReadIssue> issues = new ArrayList<>(decoded.issues());
                SubtitleDocument document = new TtmlReader().read(decoded, issues::add);
                int lines = Lines.split(decoded.text()).size();
                for (ReadIssue i : issues) {
                    if (i.ruleId() == null || !READER_RULES.contains(i.ruleId()) || i.line() < 1
                            || i.line() > Math.max(1, lines) || i.column() < 1 || i.message() == null
                            || i.message().isBlank() || i.cue() < 0 || i.cue() > document.cues().size()) {
                        problems.add(path + ": bad issue " + i);
                    }
                }
                int previousLine = 0;
                for (int k = 0; k < document.cues().size(); k++) {
                    Cue c = document.cues().get(k);
                    boolean placed = true;
                    for (int t = 0; t < c.lines().size(); t++) {
                        placed &= c.textLine(t) >= c.line() && c.textLine(t) <= lines && c.textColumn(t, 1) >= 1;
                    }
                    if (c.ordinal() != k + 1 || c.startMs() < 0 || c.endMs() < c.startMs() || c.line() < previousLine
                            || !placed) {
                        problems.add(path + ": bad cue " + c);
                    }
                    previousLine = c.line();
                }
                cues += document.cues().size();
            } catch (RuntimeException e) {
                problems.add(path + ": ttml reader threw " + e);
            }
        }
        System.out.println("Corpus sweep: " + rows.size() + " TTML files read 3 ways each (" + cues + " cues), "
                + problems.size() + " problems");
        assertThat(rows).hasSize(362);
        assertThat(cues).isGreaterThan(700);
        assertThat(problems).isEmpty();
    }

    private static void checkFindings(String path, FileResult result, List<String> problems) {
        for (Finding f : result.findings()) {
            if (f.ruleId() == null || !READER_RULES.contains(f.ruleId()) || f.severity() == null
                    || f.line() < 1 || f.column() < 0 || f.message() == null || f.message().isBlank()) {
                problems.add(path + ": bad finding " + f);
            }
        }
    }

    /** Reads a file with one reader as the engine would; returns its number of cues. */
    private static int checkRead(String path, SubtitleReader reader, byte[] bytes, List<String> problems) {
        DecodedText decoded = TextDecoder.decode(bytes, StandardCharsets.UTF_8);
        List<ReadIssue> issues = new ArrayList<>(decoded.issues());
        SubtitleDocument document = reader.read(decoded, issues::add);
        List<String> sourceLines = Lines.split(decoded.text());
        int lines = sourceLines.size();
        for (ReadIssue i : issues) {
            if (i.ruleId() == null || !READER_RULES.contains(i.ruleId()) || i.line() < 1
                    || i.line() > Math.max(1, lines) || i.column() < 0 || i.message() == null
                    || i.message().isBlank() || i.cue() < 0 || i.cue() > document.cues().size() + 1) {
                problems.add(path + " (" + reader.format().id() + "): bad issue " + i);
            }
        }
        int previousLine = 0;
        for (int k = 0; k < document.cues().size(); k++) {
            Cue c = document.cues().get(k);
            // an ASS cue's text is on its Dialogue line; SubRip and WebVTT text starts on the next line
            int textOffset = reader.format() == Format.ASS ? 0 : 1;
            int lastTextLine = c.lines().isEmpty() ? c.firstTextLine() - 1 : c.textLine(c.lines().size() - 1);
            if (c.ordinal() != k + 1 || c.startMs() < 0 || c.endMs() < 0 || c.line() <= previousLine
                    || c.firstTextLine() != c.line() + textOffset || lastTextLine > Math.max(lines, c.line())) {
                problems.add(path + " (" + reader.format().id() + "): bad cue " + c);
            }
            for (int t = 0; t < c.lines().size(); t++) {
                int line = c.textLine(t);
                int column = c.textColumn(t, 1);
                if (line < 1 || line > lines || column < 1 || column > sourceLines.get(line - 1).length() + 1) {
                    problems.add(path + " (" + reader.format().id() + "): text line " + t + " of cue " + c.ordinal()
                            + " placed at " + line + ":" + column + ", outside the file");
                }
            }
            previousLine = c.line();
        }
        return document.cues().size();
    }
}

package io.github.subtitleqc.core.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.engine.Report;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.score.Score;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes {@code subtitle-qc.json} (SPEC §8) as the run goes, one file's result at a time, so a
 * report of millions of findings needs no more memory than one file's. Fields of SPEC §8 are
 * never renamed; added ones: {@code profileReason}, {@code encoding}, {@code costs} (points each
 * rule took off the score), and {@code crossFileFindings}: between {@code files} and
 * {@code summary}, the findings of rules that compare files ({@code term-consistency}…), known
 * only after the last file, each with its {@code path} and the fields of a file's finding. A
 * file's {@code findings} and {@code score} are its own; {@code summary} counts both. With a
 * baseline, {@code summary.baselined} is how many findings it left out (they are nowhere else in
 * the report) and {@code summary.baselineFixed} how many of its entries matched nothing; both are
 * 0 without one.
 */
public final class JsonReportWriter implements ReportWriter {

    /** The report file's name for the default execution. */
    public static final String FILE_NAME = ReportTarget.BASE_NAME + ".json";

    private static final JsonFactory FACTORY = new JsonFactory();

    private final OutputStream out;
    private final boolean closeOut;
    private JsonGenerator g;

    /** A writer to {@code out}, which {@link #close} closes when {@code closeOut}. */
    public JsonReportWriter(OutputStream out, boolean closeOut) {
        this.out = out;
        this.closeOut = closeOut;
    }

    /** Writes a whole report to {@code file}, creating its directory. */
    public static void write(Report report, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            write(report, out);
        }
    }

    /** Writes a whole report as UTF-8 JSON; does not close {@code out}. */
    public static void write(Report report, OutputStream out) throws IOException {
        try (JsonReportWriter writer = new JsonReportWriter(out, false)) {
            ReportRun.replay(report, writer);
        }
    }

    @Override
    public void start(RunStart run) throws IOException {
        g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        PrettyJson.use(g);
        g.writeStartObject();
        g.writeNumberField("version", 1);
        g.writeArrayFieldStart("files");
    }

    @Override
    public void file(FileResult result) throws IOException {
        file(g, result);
    }

    @Override
    public void finish(RunEnd end) throws IOException {
        RunSummary s = end.summary();
        g.writeEndArray();
        g.writeArrayFieldStart("crossFileFindings");
        for (Finding finding : end.crossFile()) {
            finding(g, finding, true);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("summary");
        g.writeNumberField("files", s.files());
        g.writeNumberField("cues", s.cues());
        g.writeNumberField("errors", s.errors());
        g.writeNumberField("warnings", s.warnings());
        g.writeNumberField("infos", s.infos());
        g.writeNumberField("score", s.score().value());
        costs(g, s.score());
        g.writeNumberField("baselined", end.baselined());
        g.writeNumberField("baselineFixed", end.baselineFixed());
        g.writeEndObject();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    @Override
    public void close() throws IOException {
        Outputs.close(g, out, closeOut);
    }

    private void file(JsonGenerator g, FileResult f) throws IOException {
        g.writeStartObject();
        g.writeStringField("path", f.path());
        g.writeStringField("format", f.format());
        g.writeStringField("language", f.language());
        g.writeStringField("profile", f.profile());
        g.writeStringField("profileReason", f.profileReason());
        nullableDouble(g, LANGUAGE_CONFIDENCE, f.setup().languageConfidence());
        g.writeStringField("kind", f.setup().kind());
        g.writeStringField("fileSet", f.setup().fileSet());
        g.writeStringField("encoding", f.encoding());
        g.writeNumberField("cues", f.cues());
        g.writeNumberField("score", f.score().value());
        costs(g, f.score());
        g.writeArrayFieldStart("findings");
        for (Finding finding : f.findings()) {
            finding(g, finding, false);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** One finding; with its file's path when it is not inside its file's object. */
    private void finding(JsonGenerator g, Finding finding, boolean withPath) throws IOException {
        // a finding's field names, rule and severity are written as ready-made JSON (the same
        // text): a large run writes hundreds of thousands of findings, and Jackson would check
        // every character of each for escaping
        g.writeStartObject();
        if (withPath) {
            g.writeStringField("path", finding.file());
        }
        g.writeFieldName(RULE);
        g.writeString(serialized(finding.ruleId()));
        g.writeFieldName(SEVERITY);
        g.writeString(serialized(finding.severity().id()));
        nullableInt(g, CUE, finding.cue());
        g.writeFieldName(LINE);
        g.writeNumber(finding.line());
        nullableInt(g, COLUMN, finding.column());
        g.writeFieldName(MESSAGE);
        g.writeString(finding.message());
        nullableDouble(g, VALUE, finding.value());
        nullableDouble(g, LIMIT, finding.limit());
        g.writeEndObject();
    }

    private static final SerializedString RULE = new SerializedString("rule");
    private static final SerializedString SEVERITY = new SerializedString("severity");
    private static final SerializedString CUE = new SerializedString("cue");
    private static final SerializedString LINE = new SerializedString("line");
    private static final SerializedString COLUMN = new SerializedString("column");
    private static final SerializedString MESSAGE = new SerializedString("message");
    private static final SerializedString VALUE = new SerializedString("value");
    private static final SerializedString LIMIT = new SerializedString("limit");
    private static final SerializedString LANGUAGE_CONFIDENCE = new SerializedString("languageConfidence");
    /** This report's rule ids and severities as JSON strings, each made once (a few dozen). */
    private final Map<String, SerializedString> serialized = new java.util.HashMap<>();

    private SerializedString serialized(String value) {
        SerializedString s = serialized.get(value);
        if (s == null) {
            s = new SerializedString(value);
            serialized.put(value, s);
        }
        return s;
    }

    private static void costs(JsonGenerator g, Score score) throws IOException {
        g.writeObjectFieldStart("costs");
        for (Map.Entry<String, Double> e : score.costs().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void nullableInt(JsonGenerator g, SerializedString name, int value) throws IOException {
        g.writeFieldName(name);
        if (value > 0) {
            g.writeNumber(value);
        } else {
            g.writeNull();
        }
    }

    private static void nullableDouble(JsonGenerator g, SerializedString name, Double value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
            return;
        }
        double v = Numbers.round(value, 3);
        if (v >= 1 && v < WHOLE.length && v == (int) v) {
            // most values and limits are whole and small (a length, a gap in milliseconds): their
            // Double.toString, which Jackson writes, is made once ("42.0"), not for each finding
            int i = (int) v;
            String text = WHOLE[i];
            if (text == null) {
                text = Double.toString(v);
                WHOLE[i] = text;
            }
            g.writeNumber(text);
        } else {
            g.writeNumber(v);
        }
    }

    /** Double.toString of 1 to 9999, made on first use (by any thread: the same text). */
    private static final String[] WHOLE = new String[10_000];
}

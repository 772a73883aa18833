package io.github.subtitleqc.core.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.rule.Parameter;
import io.github.subtitleqc.core.rule.RunRule;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code subtitle-qc.sarif}: SARIF 2.1.0, the format GitHub code scanning uploads, one run
 * with one result per finding, streamed file by file.
 *
 * <ul>
 *   <li>{@code tool.driver}: name {@code subtitle-qc}, its version, and one rule per rule that ran
 *       (reader, per-cue and cross-file rules), with its description, the level its findings get
 *       in this run as {@code defaultConfiguration.level}, and help that says how to fix it.</li>
 *   <li>A result: {@code ruleId} and {@code ruleIndex} (the index is left out for a rule that is
 *       not in the rule list), {@code level} ({@code error}, {@code warning}, {@code note} for
 *       info), {@code message.text}, one location: the file as a URI relative to {@code %SRCROOT%}
 *       (the project's base directory; percent-encoded where a URI needs it) and its line and
 *       column (no column when it is unknown); {@code properties}: {@code cue}, {@code value},
 *       {@code limit} when the finding has them.</li>
 *   <li>{@code partialFingerprints} and {@code correlationGuid}: see {@link Fingerprints}. They
 *       survive cues being inserted or retimed elsewhere in the file, so code scanning keeps an
 *       alert open rather than closing it and opening a new one.</li>
 *   <li>{@code originalUriBaseIds} names {@code %SRCROOT%} without an absolute URI, so that no
 *       machine's path is in the report and the consumer resolves it against its checkout.</li>
 *   <li>The findings of rules that compare files ({@code term-consistency}…), known only after
 *       the last file, are results like any other, after those of the files, grouped by file.</li>
 *   <li>{@code invocations}: whether the build passed, its verdict and score, written last.</li>
 *   <li>With a baseline ({@link RunStart#baseline()}): every result has {@code baselineState}
 *       {@code new} (the baselined findings are left out of the report), and the run's
 *       {@code properties} hold the baseline file, how many findings it left out
 *       ({@code baselined}) and how many of its entries matched nothing ({@code baselineFixed}).</li>
 * </ul>
 */
public final class SarifReportWriter implements ReportWriter {

    /** Where users read about the tool: {@code tool.driver.informationUri}. */
    public static final String INFORMATION_URI = "https://github.com/subtitleqc/subtitle-qc";

    /** The URI base id of every location: the project's base directory. */
    public static final String SRCROOT = "%SRCROOT%";

    private static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final JsonFactory FACTORY = new JsonFactory();

    private final OutputStream out;
    private final boolean closeOut;
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private JsonGenerator g;
    private RunStart.BaselineFile baseline;

    /** A writer to {@code out}, which {@link #close} closes when {@code closeOut}. */
    public SarifReportWriter(OutputStream out, boolean closeOut) {
        this.out = out;
        this.closeOut = closeOut;
    }

    /** SARIF's level for a severity. */
    public static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** The last path made a URI, and its URI: a file's findings come one after the other. */
    private String lastPath;
    private String lastUri;

    private String fileUri(String path) {
        if (!path.equals(lastPath)) {
            lastUri = uri(path);
            lastPath = path;
        }
        return lastUri;
    }

    /** A display path ({@code /} separators, relative) as a relative URI reference. */
    public static String uri(String path) {
        // a first segment with ':' would read as a scheme
        String relative = path.indexOf(':') >= 0 && path.indexOf(':') < (path.indexOf('/') < 0 ? path.length()
                : path.indexOf('/')) ? "./" + path : path;
        try {
            return new URI(null, null, relative, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot write '" + path + "' as a URI: " + e.getMessage(), e);
        }
    }

    @Override
    public void start(RunStart run) throws IOException {
        baseline = run.baseline();
        g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        PrettyJson.use(g);
        g.writeStartObject();
        g.writeStringField("$schema", SCHEMA);
        g.writeStringField("version", "2.1.0");
        g.writeArrayFieldStart("runs");
        g.writeStartObject();
        g.writeObjectFieldStart("tool");
        g.writeObjectFieldStart("driver");
        g.writeStringField("name", ReportTarget.BASE_NAME);
        g.writeStringField("version", run.toolVersion());
        g.writeStringField("informationUri", INFORMATION_URI);
        g.writeArrayFieldStart("rules");
        for (RunRule rule : run.rules()) {
            if (ruleIndex.putIfAbsent(rule.id(), ruleIndex.size()) == null) {
                rule(rule);
            }
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        // %SRCROOT% without a uri: the project's directory, wherever the consumer has it checked out
        g.writeObjectFieldStart("originalUriBaseIds");
        g.writeObjectFieldStart(SRCROOT);
        text("description", "the project's base directory");
        g.writeEndObject();
        g.writeEndObject();
        g.writeArrayFieldStart("results");
    }

    private void rule(RunRule rule) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", rule.id());
        text("shortDescription", rule.descriptor().description());
        text("fullDescription", fullDescription(rule));
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(rule.severity()));
        g.writeEndObject();
        text("help", RuleHelp.of(rule.descriptor()));
        g.writeEndObject();
    }

    private static String fullDescription(RunRule rule) {
        StringBuilder s = new StringBuilder(rule.descriptor().description()).append('.');
        if (rule.severity() != rule.descriptor().defaultSeverity()) {
            s.append(" Severity ").append(rule.severity().id()).append(" in this build (default ")
                    .append(rule.descriptor().defaultSeverity().id()).append(").");
        }
        if (!rule.descriptor().parameters().isEmpty()) {
            s.append(" Parameters:");
            String sep = " ";
            for (Parameter<?> p : rule.descriptor().parameters()) {
                s.append(sep).append(p.name()).append(" (").append(p.description()).append(')');
                sep = ", ";
            }
            s.append('.');
        }
        return s.toString();
    }

    @Override
    public void file(FileResult result) throws IOException {
        results(result.findings());
    }

    /** The results of one file's findings, fingerprinted within that file. */
    private void results(List<Finding> findings) throws IOException {
        Fingerprints fingerprints = new Fingerprints();
        for (Finding f : findings) {
            result(f, fingerprints.next(f));
        }
    }

    private void result(Finding f, String fingerprint) throws IOException {
        g.writeStartObject();
        g.writeStringField("ruleId", f.ruleId());
        Integer index = ruleIndex.get(f.ruleId());
        if (index != null) {
            g.writeNumberField("ruleIndex", index);
        }
        g.writeStringField("level", level(f.severity()));
        text("message", f.message());
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", fileUri(f.file()));
        g.writeStringField("uriBaseId", SRCROOT);
        g.writeEndObject();
        g.writeObjectFieldStart("region");
        g.writeNumberField("startLine", f.line());
        if (f.column() > 0) {
            g.writeNumberField("startColumn", f.column());
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField(Fingerprints.KEY, fingerprint);
        g.writeEndObject();
        g.writeStringField("correlationGuid", Fingerprints.guid(fingerprint));
        if (baseline != null) {
            g.writeStringField("baselineState", "new");
        }
        g.writeObjectFieldStart("properties");
        if (f.cue() > 0) {
            g.writeNumberField("cue", f.cue());
        }
        if (f.value() != null) {
            g.writeNumberField("value", Numbers.round(f.value(), 3));
        }
        if (f.limit() != null) {
            g.writeNumberField("limit", Numbers.round(f.limit(), 3));
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    @Override
    public void finish(RunEnd end) throws IOException {
        for (List<Finding> file : CrossFile.byFile(end.crossFile()).values()) {
            results(file);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("invocations");
        g.writeStartObject();
        g.writeBooleanField("executionSuccessful", true);
        g.writeObjectFieldStart("properties");
        g.writeBooleanField("passed", !end.verdict().failed());
        g.writeStringField("verdict", end.verdict().sentence());
        g.writeNumberField("score", end.summary().score().value());
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
        g.writeStringField("columnKind", "unicodeCodePoints");
        if (baseline != null) {
            g.writeObjectFieldStart("properties");
            g.writeStringField("baselineFile", baseline.file());
            g.writeNumberField("baselined", end.baselined());
            g.writeNumberField("baselineFixed", end.baselineFixed());
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    @Override
    public void close() throws IOException {
        Outputs.close(g, out, closeOut);
    }

    private void text(String name, String text) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("text", text);
        g.writeEndObject();
    }
}

package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.engine.ProgressListener;
import io.github.subtitleqc.core.engine.Report;
import io.github.subtitleqc.core.engine.SourceFile;
import io.github.subtitleqc.core.engine.RuleOverride;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.report.Numbers;
import io.github.subtitleqc.core.rule.ProjectRule;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.time.FrameRate;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one rule on one case file through the real {@link Engine} and compares what a user would
 * read with the case's {@code .expected} file (the Checkstyle way: one input per case, the
 * expectation beside it).
 *
 * <p>Cases live in {@code src/test/resources/io/github/subtitleqc/rules/<rule-id>/}: a subtitle
 * file {@code <case>.srt} or {@code <case>.vtt} and {@code <case>.expected}. The expected file
 * starts with header lines that configure the run, then lists the findings in report order, one
 * per line, as {@link #render(Finding)} writes them:
 *
 * <pre>
 * # about: a line of 43 characters is one too many
 * # profile: netflix-en
 * # frameRate: 25
 * # language: fr
 * # param: maxChars=37
 * # severity: warning
 * # glossary: support/terms.csv
 * # with: support/episode2.srt
 * [12,1] error line-length: line of 43 chars is longer than 42 (netflix-en): … (cue 3) value=43 limit=42
 * </pre>
 *
 * {@code glossary} names a glossary file and {@code with} another subtitle file checked in the
 * same run (for rules that look across files), both relative to the rule's folder; support files
 * live in its {@code support/} folder. With {@code with}, each finding line starts with the file
 * it is in, relative to the rule's folder: {@code support/episode2.srt [3,1] warning …}.
 *
 * Only the rule under test runs (with the rules a test names beside it); the readers' own findings
 * ({@code format}, {@code parse-error}, {@code encoding}) are reported too and must be expected. No
 * finding lines means the case must be clean. Without a {@code profile} header the profile is {@code auto}.
 */
final class RuleCases {

    private static final String BASE = "/io/github/subtitleqc/rules/";
    private static final Pattern HEADER = Pattern.compile("#\\s*([A-Za-z]+)\\s*:\\s*(.*?)\\s*");
    private static final Pattern PARAM = Pattern.compile("([A-Za-z]+)\\s*=\\s*(.*)");

    private final String id;
    private final List<Rule> rules;
    private final List<ProjectRule<?>> projectRules;

    RuleCases(Rule rule) {
        this.id = rule.descriptor().id();
        this.rules = List.of(rule);
        this.projectRules = List.of();
    }

    /**
     * Cases of {@code rule}'s folder run together with {@code alongside}, for cases about how two
     * rules share a defect (each defect one finding); the parameter headers apply to {@code rule}.
     */
    RuleCases(Rule rule, Rule... alongside) {
        this.id = rule.descriptor().id();
        List<Rule> all = new ArrayList<>(List.of(rule));
        all.addAll(List.of(alongside));
        this.rules = List.copyOf(all);
        this.projectRules = List.of();
    }

    RuleCases(ProjectRule<?> rule) {
        this.id = rule.descriptor().id();
        this.rules = List.of();
        this.projectRules = List.of(rule);
    }

    /** Checks case file {@code caseFile} (e.g. {@code boundary.srt}) against its {@code .expected} file. */
    void verify(String caseFile) {
        String displayPath = id + "/" + caseFile;
        String expectedPath = displayPath.substring(0, displayPath.lastIndexOf('.')) + ".expected";
        Expectation expected = Expectation.parse(expectedPath,
                new String(resource(expectedPath), StandardCharsets.UTF_8));
        Engine engine = new Engine(expected.config(id, this::path), rules, projectRules);

        List<String> actual;
        FileResult result;
        if (expected.with.isEmpty()) {
            result = engine.check(displayPath, resource(displayPath));
            actual = result.findings().stream().map(f -> render(f)).toList();
        } else {
            List<SourceFile> files = new ArrayList<>();
            files.add(new SourceFile(path(caseFile), caseFile));
            expected.with.forEach(w -> files.add(new SourceFile(path(w), w)));
            Report report = engine.check(files, ProgressListener.NONE);
            result = report.files().get(0);
            actual = report.findings().map(f -> f.file() + " " + render(f)).toList();
        }
        if (!actual.equals(expected.findings)) {
            String heading = displayPath + " (profile " + result.profile() + ", " + result.profileReason()
                    + "): findings differ from " + expectedPath + "\n";
            throw new AssertionFailedError(heading + diff(expected.findings, actual),
                    String.join("\n", expected.findings), String.join("\n", actual));
        }
    }

    /**
     * A finding as a user reads it: {@code [line,column] severity rule: message (cue n) value=v limit=l};
     * {@code [line]} when the column is unknown, no cue for findings about the whole file, value and
     * limit only for measured rules (rounded to 2 decimals, as in the JSON report).
     */
    private static String render(Finding f) {
        StringBuilder s = new StringBuilder();
        s.append('[').append(f.line());
        if (f.column() > 0) {
            s.append(',').append(f.column());
        }
        s.append("] ").append(f.severity().id()).append(' ').append(f.ruleId()).append(": ").append(f.message());
        if (f.cue() > 0) {
            s.append(" (cue ").append(f.cue()).append(')');
        }
        if (f.value() != null) {
            s.append(" value=").append(Numbers.format(f.value(), 2));
        }
        if (f.limit() != null) {
            s.append(" limit=").append(Numbers.format(f.limit(), 2));
        }
        return s.toString();
    }

    /** A line diff: {@code -} expected but missing, {@code +} reported but not expected. */
    private static String diff(List<String> expected, List<String> actual) {
        int n = expected.size();
        int m = actual.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = expected.get(i).equals(actual.get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        StringBuilder out = new StringBuilder("--- expected\n+++ actual\n");
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && expected.get(i).equals(actual.get(j))) {
                out.append("  ").append(expected.get(i++)).append('\n');
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.append("- ").append(expected.get(i++)).append('\n');
            } else {
                out.append("+ ").append(actual.get(j++)).append('\n');
            }
        }
        if (n == 0 && m == 0) {
            out.append("(no findings)\n");
        }
        return out.toString();
    }

    /** A file of this rule's folder, as a path. */
    private Path path(String relative) {
        try {
            java.net.URL url = RuleCases.class.getResource(BASE + id + "/" + relative);
            if (url == null) {
                throw new AssertionFailedError("no file " + BASE + id + "/" + relative + " in src/test/resources");
            }
            return Path.of(url.toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] resource(String relative) {
        try (InputStream in = RuleCases.class.getResourceAsStream(BASE + relative)) {
            if (in == null) {
                throw new AssertionFailedError("no case file " + BASE + relative + " in src/test/resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An {@code .expected} file: the run's configuration and the findings in report order. */
    private static final class Expectation {
        private String profile = "auto";
        private String language;
        private FrameRate frameRate = FrameRate.FILM_NTSC;
        private String severity;
        private final Map<String, String> params = new LinkedHashMap<>();
        private final List<String> findings = new ArrayList<>();
        private final List<String> glossaries = new ArrayList<>();
        private final List<String> with = new ArrayList<>();

        static Expectation parse(String path, String text) {
            Expectation e = new Expectation();
            String[] lines = text.split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank()) {
                    continue;
                }
                if (line.startsWith("[") || (line.startsWith("support/") || line.matches("[\\w.-]+\\.(srt|vtt) \\[.*"))) {
                    e.findings.add(line.stripTrailing());
                    continue;
                }
                Matcher m = HEADER.matcher(line);
                if (!m.matches()) {
                    throw new AssertionFailedError(path + ":" + (i + 1) + ": expected a header '# key: value' or a"
                            + " finding '[line,column] severity rule: message', found '" + line + "'");
                }
                String value = m.group(2);
                switch (m.group(1)) {
                    case "about" -> { }
                    case "profile" -> e.profile = value;
                    case "language" -> e.language = value;
                    case "frameRate" -> e.frameRate = FrameRate.parse(value);
                    case "severity" -> e.severity = value;
                    case "glossary" -> e.glossaries.add(value);
                    case "with" -> e.with.add(value);
                    case "param" -> {
                        Matcher p = PARAM.matcher(value);
                        if (!p.matches()) {
                            throw new AssertionFailedError(path + ":" + (i + 1) + ": write '# param: name=value'");
                        }
                        e.params.put(p.group(1), p.group(2).strip());
                    }
                    default -> throw new AssertionFailedError(path + ":" + (i + 1) + ": unknown header '" + m.group(1)
                            + "': use about, profile, language, frameRate, param, severity, glossary or with");
                }
            }
            return e;
        }

        EngineConfig config(String ruleId, java.util.function.Function<String, Path> files) {
            List<RuleOverride> overrides = severity == null && params.isEmpty() ? List.of()
                    : List.of(new RuleOverride(ruleId, null, severity, params));
            return EngineConfig.defaults().withProfile(profile).withLanguage(language).withFrameRate(frameRate)
                    .withRules(overrides).withThreads(1).withGlossaries(glossaries.stream().map(files).toList());
        }
    }
}

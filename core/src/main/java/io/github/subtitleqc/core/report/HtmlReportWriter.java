package io.github.subtitleqc.core.report;

import io.github.subtitleqc.core.engine.CueDetails;
import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.engine.Report;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.rule.RunRule;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code subtitle-qc.html}: one self-contained page, readable from {@code file://} and in a
 * CI artifact viewer, without JavaScript (a few lines of inline script only sort tables). The
 * overview comes first but is known only at the end, so each file's section is spooled to a
 * temporary file as it arrives; {@link #finish} writes the page's head and overview, then copies
 * the spool. Markup is written as it is made ({@link Markup}: a page for tens of thousands of files
 * and millions of cues is not built as a tree first), every text and attribute escaped as jsoup
 * escapes them: no user text reaches the page unescaped. Charts are inline SVG.
 *
 * <p>The findings of rules that compare files ({@code term-consistency}…), known only when the run
 * ends, get a section of their own after the files', "Across files", one table per file with a link
 * to the file's section; the totals, the files table and the rules table count them (a file's score
 * and its own section do not).
 *
 * <p>Held on the heap: counts per rule and a colour per rule, and of the overview's rows (one small
 * record per file: path, score, counts) at most {@link OverviewRows#CHUNK}, the rest sorted into
 * temporary files ({@link OverviewRows}); each file's findings and cues are released once its
 * section is spooled.
 */
public final class HtmlReportWriter implements ReportWriter {

    /** Colours for rules, in the order rules are first met (Okabe–Ito, then a few more). */
    private static final String[] PALETTE = {"#d55e00", "#0072b2", "#e69f00", "#cc79a7", "#009e73", "#56b4e9",
            "#8c564b", "#7f7f7f", "#bcbd22", "#17becf", "#9467bd", "#e377c2"};
    private static final int TIMELINE_WIDTH = 1000;
    private static final int MAX_BINS = 60;

    private final Path file;
    private final Path spool;
    private final Writer sections;
    private final Map<String, String> colours = new LinkedHashMap<>();
    private final Map<String, long[]> perRule = new LinkedHashMap<>();
    private final OverviewRows rows;
    private int files;
    private RunStart start;

    /** A writer to {@code file}; the spool goes beside it and is deleted by {@link #close}. */
    public HtmlReportWriter(Path file) throws IOException {
        this(file, OverviewRows.CHUNK);
    }

    /** A writer that holds at most {@code rowsInMemory} of the overview's rows on the heap. */
    HtmlReportWriter(Path file, int rowsInMemory) throws IOException {
        this.file = file;
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        this.spool = Files.createTempFile(directory, file.getFileName() + ".", ".part");
        this.sections = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
        this.rows = new OverviewRows(directory, file.getFileName() + ".", rowsInMemory);
    }

    /** Writes a whole report to {@code file}, creating its directory. */
    public static void write(Report report, Path file) throws IOException {
        try (HtmlReportWriter writer = new HtmlReportWriter(file)) {
            ReportRun.replay(report, writer);
        }
    }

    @Override
    public void start(RunStart run) {
        this.start = run;
        for (RunRule r : run.rules()) {
            colour(r.descriptor().id());
            perRule.put(r.descriptor().id(), new long[Severity.values().length]);
        }
    }

    @Override
    public void file(FileResult result) throws IOException {
        int index = ++files;
        rows.add(new OverviewRows.Row(index, result.path(), result.score().value(), result.cues(), result.profile(),
                result.count(Severity.ERROR), result.count(Severity.WARNING), result.count(Severity.INFO)));
        result.findings().forEach(this::count);
        Markup m = new Markup(sections);
        section(m, index, result);
        m.raw("\n").flush();
    }

    private void count(Finding f) {
        colour(f.ruleId());
        perRule.computeIfAbsent(f.ruleId(), k -> new long[Severity.values().length])[f.severity().ordinal()]++;
    }

    @Override
    public void finish(RunEnd end) throws IOException {
        sections.close();
        end.crossFile().forEach(this::count);
        Map<String, List<Finding>> crossFile = CrossFile.byFile(end.crossFile());
        Map<String, Integer> sectionOf = new HashMap<>();
        try (OutputStream bytes = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            Markup m = new Markup(out);
            m.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
            String module = start == null ? null : start.module();
            m.element("title", "subtitle-qc" + (module == null ? "" : " (" + module + ")")
                    + ": score " + Numbers.format(end.summary().score().value(), 1));
            m.raw("\n<style>").raw(resource("html-report.css")).raw("</style></head>\n<body>\n<header>");
            heading(m, end, crossFile);
            m.raw("<section id=\"overview\">");
            m.element("h2", "Files, worst first");
            m.raw("\n<table class=\"sortable files\">");
            thead(m, "File", "Score", "Cues", "Errors", "Warnings", "Infos", "Profile");
            m.raw("\n<tbody>\n");
            rows.forEachSorted(r -> {
                List<Finding> across = crossFile.get(r.path());
                if (across != null) {
                    sectionOf.putIfAbsent(r.path(), r.index());
                }
                row(m, r, across == null ? List.of() : across);
                m.raw("\n");
            });
            m.raw("</tbody></table></section>");
            rules(m, end);
            m.raw("\n</header>\n<main>\n").flush();
            out.flush();
            Files.copy(spool, bytes); // the sections as they were written: UTF-8 already
            if (!crossFile.isEmpty()) {
                acrossFiles(m, crossFile, sectionOf);
                m.raw("\n");
            }
            m.raw("</main>\n<script>").raw(resource("html-report.js")).raw("</script>\n</body></html>\n").flush();
        }
    }

    @Override
    public void close() throws IOException {
        try (OverviewRows r = rows) {
            sections.close();
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    /** The page's title, verdict and totals, and a link to the cross-file findings when there are any. */
    private void heading(Markup m, RunEnd end, Map<String, List<Finding>> crossFile) throws IOException {
        RunSummary s = end.summary();
        m.element("h1", "subtitle-qc report" + (start != null && start.module() != null ? ": " + start.module() : ""));
        m.raw("\n");
        m.element("p", "verdict " + (end.verdict().failed() ? "failed" : end.verdict().exceeded() ? "exceeded" : "passed"),
                end.verdict().sentence());
        m.raw("\n");
        m.start("p").attr("class", "totals");
        m.element("span", "score", "score " + Numbers.format(s.score().value(), 1));
        m.text(" · " + plural(s.files(), "file") + " · " + plural(s.cues(), "cue") + " · "
                + plural(s.errors(), "error") + ", " + plural(s.warnings(), "warning") + ", "
                + plural(s.infos(), "info")
                + (start == null || start.baseline() == null ? "" : " · " + plural(end.baselined(), "finding")
                        + " in the baseline " + start.baseline().file() + " left out"
                        + (end.baselineFixed() == 0 ? "" : ", " + end.baselineFixed() + " of its entries fixed"))
                + (start == null ? "" : " · subtitle-qc " + start.toolVersion()));
        m.end("p").raw("\n");
        if (!crossFile.isEmpty()) {
            m.start("p").attr("class", "across");
            m.start("a").attr("href", "#across-files").text(plural(end.crossFile().size(), "finding")
                    + " across files in " + plural(crossFile.size(), "file")).end("a");
            m.text(": from rules that compare files, counted above and below, not in any file's score");
            m.end("p").raw("\n");
        }
    }

    /** A row of the files table; its counts include the file's cross-file findings. */
    private void row(Markup m, OverviewRows.Row r, List<Finding> across) throws IOException {
        long errors = r.errors() + across.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = r.warnings() + across.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long infos = r.infos() + across.stream().filter(f -> f.severity() == Severity.INFO).count();
        m.start("tr");
        m.start("td").start("a").attr("href", "#file-" + r.index()).text(r.path()).end("a").end("td");
        number(m, Numbers.format(r.score(), 1), r.score(), scoreClass(r.score()));
        number(m, String.valueOf(r.cues()), r.cues(), null);
        number(m, String.valueOf(errors), errors, errors > 0 ? "error" : "zero");
        number(m, String.valueOf(warnings), warnings, warnings > 0 ? "warning" : "zero");
        number(m, String.valueOf(infos), infos, infos > 0 ? "info" : "zero");
        m.element("td", r.profile());
        m.end("tr");
    }

    /** Findings per rule, costliest first; cross-file findings included. */
    private void rules(Markup m, RunEnd end) throws IOException {
        Map<String, Double> costs = end.summary().score().costs();
        List<Map.Entry<String, long[]>> byCost = new ArrayList<>();
        for (Map.Entry<String, long[]> e : perRule.entrySet()) {
            long[] n = e.getValue();
            if (n[Severity.ERROR.ordinal()] + n[Severity.WARNING.ordinal()] + n[Severity.INFO.ordinal()] > 0) {
                byCost.add(e);
            }
        }
        byCost.sort(Comparator.comparingDouble((Map.Entry<String, long[]> e) -> -costs.getOrDefault(e.getKey(), 0.0))
                .thenComparing(Map.Entry::getKey));
        m.start("section").attr("id", "rules");
        m.element("h2", "Findings per rule, costliest first");
        if (byCost.isEmpty()) {
            m.element("p", "No findings.");
            m.end("section");
            return;
        }
        m.start("table").attr("class", "sortable rules");
        thead(m, "Rule", "Errors", "Warnings", "Infos", "Points off the score");
        m.start("tbody");
        for (Map.Entry<String, long[]> e : byCost) {
            long[] n = e.getValue();
            m.start("tr").start("td");
            swatch(m, e.getKey());
            m.text(e.getKey()).end("td");
            for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
                long count = n[severity.ordinal()];
                number(m, String.valueOf(count), count, count > 0 ? severity.id() : "zero");
            }
            double cost = costs.getOrDefault(e.getKey(), 0.0);
            number(m, Numbers.format(cost, 1), cost, null);
            m.end("tr");
        }
        m.end("tbody").end("table").end("section");
    }

    /**
     * "Across files": the cross-file findings, per file, each file's heading linking to its section.
     *
     * @param sectionOf the section index of each file with cross-file findings
     */
    private void acrossFiles(Markup m, Map<String, List<Finding>> crossFile, Map<String, Integer> sectionOf)
            throws IOException {
        m.start("section").attr("class", "across").attr("id", "across-files");
        m.element("h2", "Across files");
        m.element("p", "meta", "Findings of rules that compare files, known only after"
                + " the last file: they count in the totals and in the files and rules tables above, not in any"
                + " file's score.");
        for (Map.Entry<String, List<Finding>> e : crossFile.entrySet()) {
            m.start("section").attr("class", "across-file")
                    .attr("data-file", e.getKey()).attr("data-findings", String.valueOf(e.getValue().size()));
            Integer index = sectionOf.get(e.getKey());
            if (index == null) {
                m.element("h3", e.getKey());
            } else {
                m.start("h3").start("a").attr("href", "#file-" + index).text(e.getKey()).end("a").end("h3");
            }
            findings(m, e.getValue(), null);
            m.end("section");
        }
        m.end("section");
    }

    /** A file's section: its score and path, what was read, its charts and its findings. */
    private void section(Markup m, int index, FileResult result) throws IOException {
        m.start("section").attr("class", "file").attr("id", "file-" + index)
                .attr("data-findings", String.valueOf(result.findings().size()));
        m.start("h2");
        m.element("span", "score " + scoreClass(result.score().value()), Numbers.format(result.score().value(), 1));
        m.text(" " + result.path()).end("h2");
        m.element("p", "meta", result.format() + " · " + plural(result.cues(), "cue")
                + " · " + (result.encoding() == null ? "not read" : result.encoding())
                + " · language " + (result.language() == null ? "unknown" : result.language())
                + " · profile " + result.profile() + " (" + result.profileReason() + ") · "
                + plural(result.count(Severity.ERROR), "error") + ", "
                + plural(result.count(Severity.WARNING), "warning") + ", " + plural(result.count(Severity.INFO), "info"));
        CueDetails cues = result.cueDetails();
        if (cues != null && cues.size() > 0) {
            Map<Integer, Finding> worst = worstPerCue(result.findings(), cues.size());
            m.start("div").attr("class", "charts");
            m.start("figure").attr("class", "timeline");
            timeline(m, cues, worst, result.findings());
            m.end("figure");
            m.start("figure").attr("class", "histogram");
            histogram(m, cues);
            m.end("figure");
            m.end("div");
        }
        findings(m, result.findings(), cues);
        m.end("section");
    }

    /** The most severe finding of each cue (the first in report order among equals). */
    private static Map<Integer, Finding> worstPerCue(List<Finding> findings, int cues) {
        Map<Integer, Finding> worst = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.cue() >= 1 && f.cue() <= cues) {
                worst.merge(f.cue(), f, (a, b) -> b.severity().ordinal() > a.severity().ordinal() ? b : a);
            }
        }
        return worst;
    }

    /**
     * The file's time from left to right: a strip with one mark per cue, problem cues taller and in
     * the colour of their worst finding's rule, then one lane per rule with a mark on each cue it
     * found something in, so that a rule's findings stand out even where another rule's cover the
     * strip. Labels are HTML beside the SVG, which is stretched to the width.
     */
    private void timeline(Markup m, CueDetails cues, Map<Integer, Finding> worst, List<Finding> findings)
            throws IOException {
        long end = 1;
        for (int i = 0; i < cues.size(); i++) {
            end = Math.max(end, cues.endMs(i));
        }
        m.element("figcaption", "Timeline: " + plural(cues.size(), "cue") + ", "
                + worst.size() + " with findings, coloured by rule");
        lane(m, "all cues", null);
        // the clean cues first, then those with findings drawn over them
        for (boolean problems : new boolean[] {false, true}) {
            m.start("g").attr("class", problems ? "problems" : "clean");
            for (int i = 0; i < cues.size(); i++) {
                Finding f = worst.get(i + 1);
                if ((f != null) != problems) {
                    continue;
                }
                String number = String.valueOf(i + 1);
                mark(m, cues, i, end, f == null ? 0.6 : 2);
                m.attr("class", "cue").attr("data-cue", number);
                if (f == null) {
                    m.attr("y", "3").attr("height", "14");
                } else {
                    m.attr("y", "0").attr("height", "20").attr("fill", colour(f.ruleId())).attr("data-rule", f.ruleId());
                }
                // the title in pieces, each escaped as the whole would be: no string made of it per cue
                m.start("title").text("cue ").text(number).text(", ").text(time(cues.startMs(i))).text("–")
                        .text(time(cues.endMs(i)));
                if (f != null) {
                    m.text(": ").text(f.ruleId()).text(", ").text(f.message());
                }
                m.end("title").end("rect");
            }
            m.end("g");
        }
        m.end("svg").end("div");
        // one lane per rule, most severe first, then by how many cues it marks
        Map<String, java.util.Set<Integer>> cuesByRule = new LinkedHashMap<>();
        Map<String, Severity> severityByRule = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.cue() >= 1 && f.cue() <= cues.size()) {
                cuesByRule.computeIfAbsent(f.ruleId(), k -> new java.util.TreeSet<>()).add(f.cue());
                severityByRule.merge(f.ruleId(), f.severity(), (a, b) -> a.ordinal() >= b.ordinal() ? a : b);
            }
        }
        List<String> ruleIds = new ArrayList<>(cuesByRule.keySet());
        ruleIds.sort(Comparator.comparing((String r) -> -severityByRule.get(r).ordinal())
                .thenComparing(r -> -cuesByRule.get(r).size()).thenComparing(r -> r));
        for (String rule : ruleIds) {
            java.util.Set<Integer> marked = cuesByRule.get(rule);
            lane(m, rule + " (" + marked.size() + ")", rule);
            for (int cue : marked) {
                mark(m, cues, cue - 1, end, 2);
                m.attr("class", "hit").attr("y", "0").attr("height", "20").attr("fill", colour(rule))
                        .start("title").text("cue ").text(String.valueOf(cue)).text(", ").text(time(cues.startMs(cue - 1)))
                        .text(": ").text(rule).end("title").end("rect");
            }
            m.end("svg").end("div");
        }
        m.start("div").attr("class", "lane axis");
        m.start("span").end("span");
        m.start("div").attr("class", "ticks");
        for (int q = 0; q <= 4; q++) {
            m.element("span", time(end * q / 4));
        }
        m.end("div").end("div");
    }

    /**
     * Starts a labelled lane of the timeline and its SVG, 1000 units wide and 20 high, with its
     * track drawn: the caller draws the marks, then ends the {@code svg} and the {@code div}.
     */
    private void lane(Markup m, String label, String rule) throws IOException {
        m.start("div").attr("class", "lane");
        if (rule != null) {
            m.attr("data-rule", rule);
        }
        m.start("span").attr("class", "lane-label");
        if (rule != null) {
            swatch(m, rule);
        }
        m.text(label).end("span");
        svg(m, TIMELINE_WIDTH, 20).attr("preserveaspectratio", "none").attr("aria-label", "timeline: " + label);
        m.start("rect").attr("class", "track").attr("x", "0").attr("y", "0")
                .attr("width", String.valueOf(TIMELINE_WIDTH)).attr("height", "20").end("rect");
    }

    /**
     * Starts a cue's mark at its place in time, at least {@code minWidth} units wide so that short
     * cues show: the caller adds attributes, then ends the {@code rect}.
     */
    private static void mark(Markup m, CueDetails cues, int index, long end, double minWidth) throws IOException {
        double x = cues.startMs(index) * (double) TIMELINE_WIDTH / end;
        double w = Math.max(0, cues.endMs(index) - cues.startMs(index)) * (double) TIMELINE_WIDTH / end;
        m.start("rect").attr("x", coordinate(x)).attr("width", coordinate(Math.max(w, minWidth)));
    }

    /** Cues per reading speed, one bar per character per second, with the profile's limit drawn. */
    private static void histogram(Markup m, CueDetails cues) throws IOException {
        Double limit = cues.cpsLimit();
        double max = 0;
        int unmeasured = 0;
        for (int i = 0; i < cues.size(); i++) {
            double cps = cues.cps(i);
            if (Double.isNaN(cps)) {
                unmeasured++;
            } else {
                max = Math.max(max, cps);
            }
        }
        int bins = (int) Math.min(MAX_BINS, Math.max(10, Math.ceil(Math.max(max + 0.001, limit == null ? 0 : limit * 1.25))));
        int[] counts = new int[bins];
        int[] over = new int[bins];
        for (int i = 0; i < cues.size(); i++) {
            double cps = cues.cps(i);
            if (!Double.isNaN(cps)) {
                int bin = (int) Math.min(bins - 1, Math.floor(cps));
                counts[bin]++;
                if (limit != null && cps > limit) {
                    over[bin]++;
                }
            }
        }
        int highest = 1;
        for (int c : counts) {
            highest = Math.max(highest, c);
        }
        m.element("figcaption", "Reading speed (characters per second, as the profile counts them)"
                + (limit == null ? ": no limit, the reading-speed rule did not run" : ", limit "
                + Numbers.format(limit, 2) + ": " + plural(java.util.Arrays.stream(over).sum(), "cue") + " above it")
                + (unmeasured > 0 ? "; " + plural(unmeasured, "cue") + " without duration left out" : ""));
        double left = 34;
        double right = 590;
        double top = 14;
        double bottom = 150;
        double step = (right - left) / bins;
        svg(m, 600, 176).attr("aria-label", "histogram of reading speeds");
        m.start("line").attr("class", "axis-line").attr("x1", coordinate(left)).attr("y1", coordinate(bottom))
                .attr("x2", coordinate(right)).attr("y2", coordinate(bottom)).end("line");
        axisLabel(m, "axis", left - 4, top + 4, "end", String.valueOf(highest));
        axisLabel(m, "axis", left - 4, bottom, "end", "0");
        m.start("g").attr("class", "bars");
        StringWriter tickMarkup = new StringWriter(); // the bin labels follow the bars in the SVG
        Markup t = new Markup(tickMarkup);
        for (int b = 0; b < bins; b++) {
            double x = left + b * step;
            String range = b + (b == bins - 1 ? " chars/s or more" : "–" + (b + 1) + " chars/s");
            double base = bottom;
            // a bin the limit cuts is stacked: the cues within the limit below, those above it on top
            for (int part = 0; part < 2; part++) {
                int n = part == 0 ? counts[b] - over[b] : over[b];
                if (n == 0) {
                    continue;
                }
                double h = n * (bottom - top) / highest;
                base -= h;
                m.start("rect").attr("class", part == 0 ? "bar" : "bar over")
                        .attr("x", coordinate(x + 0.5)).attr("y", coordinate(base))
                        .attr("width", coordinate(Math.max(step - 1, 0.5))).attr("height", coordinate(h))
                        .attr("data-count", String.valueOf(n));
                m.element("title", plural(n, "cue") + " at " + range + (part == 1 ? ", above the limit" : "")).end("rect");
            }
            if (b % 5 == 0) {
                axisLabel(t, "axis", x, bottom + 14, "middle", String.valueOf(b));
            }
        }
        t.flush();
        m.end("g").raw(tickMarkup.toString());
        axisLabel(m, "axis", right, bottom + 24, "end", "chars/s");
        if (limit != null) {
            double x = left + Math.min(limit, bins) * step;
            m.start("line").attr("class", "limit").attr("data-limit", Numbers.format(limit, 3))
                    .attr("x1", coordinate(x)).attr("y1", coordinate(top - 8)).attr("x2", coordinate(x))
                    .attr("y2", coordinate(bottom)).end("line");
            m.start("text").attr("class", "limit-label").attr("x", coordinate(x + 4)).attr("y", coordinate(top - 2))
                    .text("limit " + Numbers.format(limit, 2) + " chars/s").end("text");
        }
        m.end("svg");
    }

    /** A label of the histogram's axes. */
    private static void axisLabel(Markup m, String cssClass, double x, double y, String anchor, String text)
            throws IOException {
        m.start("text").attr("class", cssClass).attr("x", coordinate(x)).attr("y", coordinate(y))
                .attr("text-anchor", anchor).text(text).end("text");
    }

    private void findings(Markup m, List<Finding> findings, CueDetails cues) throws IOException {
        if (findings.isEmpty()) {
            m.element("p", "clean", "No findings.");
            return;
        }
        m.start("details").attr("open");
        m.element("summary", plural(findings.size(), "finding"));
        m.start("table").attr("class", "sortable findings");
        thead(m, "Cue", "Time", "Line", "Rule", "Severity", "Message", "Value", "Limit", "Cue text");
        m.start("tbody");
        for (Finding f : findings) {
            boolean known = cues != null && f.cue() >= 1 && f.cue() <= cues.size();
            m.start("tr").attr("class", f.severity().id());
            number(m, f.cue() > 0 ? String.valueOf(f.cue()) : "", f.cue(), null);
            m.element("td", "time", known ? time(cues.startMs(f.cue() - 1)) : "");
            number(m, f.line() + ":" + Math.max(1, f.column()), f.line(), null);
            m.start("td");
            swatch(m, f.ruleId());
            m.text(f.ruleId()).end("td");
            m.element("td", "severity", f.severity().id());
            m.element("td", "message", f.message());
            number(m, f.value() == null ? "" : Numbers.format(f.value(), 2), f.value() == null ? 0 : f.value(), null);
            number(m, f.limit() == null ? "" : Numbers.format(f.limit(), 2), f.limit() == null ? 0 : f.limit(), null);
            m.element("td", "text", known ? cues.text(f.cue() - 1) : "");
            m.end("tr");
        }
        m.end("tbody").end("table").end("details");
    }

    /** Starts an {@code svg} of the given size: attributes may follow. */
    private static Markup svg(Markup m, int width, int height) throws IOException {
        return m.start("svg").attr("viewbox", "0 0 " + width + " " + height).attr("role", "img");
    }

    private static void thead(Markup m, String... names) throws IOException {
        m.start("thead").start("tr");
        for (String name : names) {
            m.element("th", name);
        }
        m.end("tr").end("thead");
    }

    /** A number's cell, sorted by {@code sortKey}, with a second class when {@code extraClass} is given. */
    private static void number(Markup m, String shown, double sortKey, String extraClass) throws IOException {
        m.start("td").attr("class", extraClass == null ? "num" : "num " + extraClass)
                .attr("data-sort", Numbers.format(sortKey, 3)).text(shown).end("td");
    }

    private void swatch(Markup m, String ruleId) throws IOException {
        m.start("span").attr("class", "swatch").attr("style", "background:" + colour(ruleId)).end("span");
    }

    private String colour(String ruleId) {
        return colours.computeIfAbsent(ruleId, k -> PALETTE[colours.size() % PALETTE.length]);
    }

    private static String scoreClass(double score) {
        return score >= 90 ? "good" : score >= 70 ? "fair" : "poor";
    }

    private static String coordinate(double value) {
        return Numbers.format(value, 1);
    }

    /** {@code 1:02:03.4} or {@code 2:03.4}. */
    static String time(long ms) {
        long tenths = Math.max(0, ms) / 100;
        long s = tenths / 10;
        StringBuilder out = new StringBuilder(12); // asked twice for every cue: no format string parsed
        if (s >= 3600) {
            out.append(s / 3600).append(':');
            twoDigits(out, s / 60 % 60);
        } else {
            out.append(s / 60);
        }
        out.append(':');
        twoDigits(out, s % 60);
        return out.append('.').append(tenths % 10).toString();
    }

    private static void twoDigits(StringBuilder out, long n) {
        if (n < 10) {
            out.append('0');
        }
        out.append(n);
    }

    private static String plural(long n, String noun) {
        return ConsoleReport.plural(n, noun);
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

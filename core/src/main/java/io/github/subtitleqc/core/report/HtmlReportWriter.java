package io.github.subtitleqc.core.report;

import io.github.subtitleqc.core.engine.CueDetails;
import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.engine.Report;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.rule.RunRule;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
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
 * the spool. All markup is built with jsoup's element API, whose {@code text} and {@code attr}
 * escape what they are given: no user text reaches the page unescaped. Charts are inline SVG.
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
    private final Document shell;
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
        this.shell = Document.createShell("");
        shell.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
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
        write(sections, section(index, result));
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
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
            String module = start == null ? null : start.module();
            write(out, new Element("title").text("subtitle-qc" + (module == null ? "" : " (" + module + ")")
                    + ": score " + Numbers.format(end.summary().score().value(), 1)));
            out.write("<style>");
            out.write(resource("html-report.css"));
            out.write("</style></head>\n<body>\n<header>");
            for (Element e : heading(end, crossFile)) {
                write(out, e);
            }
            out.write("<section id=\"overview\">");
            write(out, new Element("h2").text("Files, worst first"));
            out.write("<table class=\"sortable files\">");
            write(out, thead("File", "Score", "Cues", "Errors", "Warnings", "Infos", "Profile"));
            out.write("<tbody>\n");
            rows.forEachSorted(r -> {
                List<Finding> across = crossFile.get(r.path());
                if (across != null) {
                    sectionOf.putIfAbsent(r.path(), r.index());
                }
                write(out, row(r, across == null ? List.of() : across));
            });
            out.write("</tbody></table></section>");
            write(out, rules(end));
            out.write("</header>\n<main>\n");
            try (Reader in = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
                in.transferTo(out);
            }
            if (!crossFile.isEmpty()) {
                write(out, acrossFiles(crossFile, sectionOf));
            }
            out.write("</main>\n<script>");
            out.write(resource("html-report.js"));
            out.write("</script>\n</body></html>\n");
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
    private List<Element> heading(RunEnd end, Map<String, List<Finding>> crossFile) {
        RunSummary s = end.summary();
        List<Element> out = new ArrayList<>();
        out.add(new Element("h1").text("subtitle-qc report"
                + (start != null && start.module() != null ? ": " + start.module() : "")));
        out.add(new Element("p").addClass("verdict").addClass(end.verdict().failed() ? "failed"
                : end.verdict().exceeded() ? "exceeded" : "passed").text(end.verdict().sentence()));
        Element totals = new Element("p").addClass("totals");
        totals.appendElement("span").addClass("score").text("score " + Numbers.format(s.score().value(), 1));
        totals.appendText(" · " + plural(s.files(), "file") + " · " + plural(s.cues(), "cue") + " · "
                + plural(s.errors(), "error") + ", " + plural(s.warnings(), "warning") + ", "
                + plural(s.infos(), "info")
                + (start == null || start.baseline() == null ? "" : " · " + plural(end.baselined(), "finding")
                        + " in the baseline " + start.baseline().file() + " left out"
                        + (end.baselineFixed() == 0 ? "" : ", " + end.baselineFixed() + " of its entries fixed"))
                + (start == null ? "" : " · subtitle-qc " + start.toolVersion()));
        out.add(totals);
        if (!crossFile.isEmpty()) {
            Element across = new Element("p").addClass("across");
            across.appendElement("a").attr("href", "#across-files").text(plural(end.crossFile().size(), "finding")
                    + " across files in " + plural(crossFile.size(), "file"));
            across.appendText(": from rules that compare files, counted above and below, not in any file's score");
            out.add(across);
        }
        return out;
    }

    /** A row of the files table; its counts include the file's cross-file findings. */
    private Element row(OverviewRows.Row r, List<Finding> across) {
        long errors = r.errors() + across.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = r.warnings() + across.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long infos = r.infos() + across.stream().filter(f -> f.severity() == Severity.INFO).count();
        Element tr = new Element("tr");
        tr.appendElement("td").appendElement("a").attr("href", "#file-" + r.index()).text(r.path());
        number(tr, Numbers.format(r.score(), 1), r.score()).addClass(scoreClass(r.score()));
        number(tr, String.valueOf(r.cues()), r.cues());
        number(tr, String.valueOf(errors), errors).addClass(errors > 0 ? "error" : "zero");
        number(tr, String.valueOf(warnings), warnings).addClass(warnings > 0 ? "warning" : "zero");
        number(tr, String.valueOf(infos), infos).addClass(infos > 0 ? "info" : "zero");
        tr.appendElement("td").text(r.profile());
        return tr;
    }

    /** Findings per rule, costliest first; cross-file findings included. */
    private Element rules(RunEnd end) {
        Element rules = new Element("section").attr("id", "rules");
        rules.appendElement("h2").text("Findings per rule, costliest first");
        Element ruleTable = rules.appendElement("table").addClass("sortable").addClass("rules");
        header(ruleTable, "Rule", "Errors", "Warnings", "Infos", "Points off the score");
        Element ruleBody = ruleTable.appendElement("tbody");
        Map<String, Double> costs = end.summary().score().costs();
        List<Map.Entry<String, long[]>> byCost = new ArrayList<>(perRule.entrySet());
        byCost.sort(Comparator.comparingDouble((Map.Entry<String, long[]> e) -> -costs.getOrDefault(e.getKey(), 0.0))
                .thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, long[]> e : byCost) {
            long[] n = e.getValue();
            if (n[Severity.ERROR.ordinal()] + n[Severity.WARNING.ordinal()] + n[Severity.INFO.ordinal()] == 0) {
                continue;
            }
            Element tr = ruleBody.appendElement("tr");
            Element name = tr.appendElement("td");
            swatch(name, e.getKey());
            name.appendText(e.getKey());
            for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
                long count = n[severity.ordinal()];
                number(tr, String.valueOf(count), count).addClass(count > 0 ? severity.id() : "zero");
            }
            double cost = costs.getOrDefault(e.getKey(), 0.0);
            number(tr, Numbers.format(cost, 1), cost);
        }
        if (ruleBody.childrenSize() == 0) {
            rules.appendElement("p").text("No findings.");
            ruleTable.remove();
        }
        return rules;
    }

    /**
     * "Across files": the cross-file findings, per file, each file's heading linking to its section.
     *
     * @param sectionOf the section index of each file with cross-file findings
     */
    private Element acrossFiles(Map<String, List<Finding>> crossFile, Map<String, Integer> sectionOf) {
        Element section = new Element("section").addClass("across").attr("id", "across-files");
        section.appendElement("h2").text("Across files");
        section.appendElement("p").addClass("meta").text("Findings of rules that compare files, known only after"
                + " the last file: they count in the totals and in the files and rules tables above, not in any"
                + " file's score.");
        for (Map.Entry<String, List<Finding>> e : crossFile.entrySet()) {
            Element part = section.appendElement("section").addClass("across-file")
                    .attr("data-file", e.getKey()).attr("data-findings", String.valueOf(e.getValue().size()));
            Element h3 = part.appendElement("h3");
            Integer index = sectionOf.get(e.getKey());
            if (index == null) {
                h3.text(e.getKey());
            } else {
                h3.appendElement("a").attr("href", "#file-" + index).text(e.getKey());
            }
            findings(part, e.getValue(), null);
        }
        return section;
    }

    private Element section(int index, FileResult result) {
        Element section = new Element("section").addClass("file").attr("id", "file-" + index)
                .attr("data-findings", String.valueOf(result.findings().size()));
        Element h2 = section.appendElement("h2");
        h2.appendElement("span").addClass("score").addClass(scoreClass(result.score().value()))
                .text(Numbers.format(result.score().value(), 1));
        h2.appendText(" " + result.path());
        section.appendElement("p").addClass("meta").text(result.format() + " · " + plural(result.cues(), "cue")
                + " · " + (result.encoding() == null ? "not read" : result.encoding())
                + " · language " + (result.language() == null ? "unknown" : result.language())
                + " · profile " + result.profile() + " (" + result.profileReason() + ") · "
                + plural(result.count(Severity.ERROR), "error") + ", "
                + plural(result.count(Severity.WARNING), "warning") + ", " + plural(result.count(Severity.INFO), "info"));
        CueDetails cues = result.cueDetails();
        if (cues != null && cues.size() > 0) {
            Map<Integer, Finding> worst = worstPerCue(result.findings(), cues.size());
            Element charts = section.appendElement("div").addClass("charts");
            timeline(charts.appendElement("figure").addClass("timeline"), cues, worst, result.findings());
            histogram(charts.appendElement("figure").addClass("histogram"), cues);
        }
        findings(section, result.findings(), cues);
        return section;
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
    private void timeline(Element figure, CueDetails cues, Map<Integer, Finding> worst, List<Finding> findings) {
        long end = 1;
        for (int i = 0; i < cues.size(); i++) {
            end = Math.max(end, cues.endMs(i));
        }
        figure.appendElement("figcaption").text("Timeline: " + plural(cues.size(), "cue") + ", "
                + worst.size() + " with findings, coloured by rule");
        Element strip = lane(figure, "all cues", null);
        Element clean = strip.appendElement("g").addClass("clean");
        Element problems = strip.appendElement("g").addClass("problems");
        for (int i = 0; i < cues.size(); i++) {
            Finding f = worst.get(i + 1);
            String title = "cue " + (i + 1) + ", " + time(cues.startMs(i)) + "–" + time(cues.endMs(i));
            Element mark = mark(f == null ? clean : problems, cues, i, end, f == null ? 0.6 : 2).addClass("cue")
                    .attr("data-cue", String.valueOf(i + 1));
            if (f == null) {
                mark.attr("y", "3").attr("height", "14");
            } else {
                mark.attr("y", "0").attr("height", "20").attr("fill", colour(f.ruleId())).attr("data-rule", f.ruleId());
                title += ": " + f.ruleId() + ", " + f.message();
            }
            mark.appendElement("title").text(title);
        }
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
            Element svg = lane(figure, rule + " (" + marked.size() + ")", rule);
            for (int cue : marked) {
                mark(svg, cues, cue - 1, end, 2).addClass("hit").attr("y", "0").attr("height", "20")
                        .attr("fill", colour(rule)).appendElement("title")
                        .text("cue " + cue + ", " + time(cues.startMs(cue - 1)) + ": " + rule);
            }
        }
        Element axis = figure.appendElement("div").addClass("lane").addClass("axis");
        axis.appendElement("span");
        Element ticks = axis.appendElement("div").addClass("ticks");
        for (int q = 0; q <= 4; q++) {
            ticks.appendElement("span").text(time(end * q / 4));
        }
    }

    /** A labelled lane of the timeline: its SVG, 1000 units wide and 20 high. */
    private Element lane(Element figure, String label, String rule) {
        Element lane = figure.appendElement("div").addClass("lane");
        Element name = lane.appendElement("span").addClass("lane-label");
        if (rule != null) {
            lane.attr("data-rule", rule);
            swatch(name, rule);
        }
        name.appendText(label);
        Element svg = svg(lane, TIMELINE_WIDTH, 20).attr("preserveAspectRatio", "none")
                .attr("aria-label", "timeline: " + label);
        svg.appendElement("rect").addClass("track").attr("x", "0").attr("y", "0")
                .attr("width", String.valueOf(TIMELINE_WIDTH)).attr("height", "20");
        return svg;
    }

    /** A cue's mark at its place in time, at least {@code minWidth} units wide so that short cues show. */
    private static Element mark(Element parent, CueDetails cues, int index, long end, double minWidth) {
        double x = cues.startMs(index) * (double) TIMELINE_WIDTH / end;
        double w = Math.max(0, cues.endMs(index) - cues.startMs(index)) * (double) TIMELINE_WIDTH / end;
        return parent.appendElement("rect").attr("x", coordinate(x)).attr("width", coordinate(Math.max(w, minWidth)));
    }

    /** Cues per reading speed, one bar per character per second, with the profile's limit drawn. */
    private static void histogram(Element figure, CueDetails cues) {
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
        figure.appendElement("figcaption").text("Reading speed (characters per second, as the profile counts them)"
                + (limit == null ? ": no limit, the reading-speed rule did not run" : ", limit "
                + Numbers.format(limit, 2) + ": " + plural(java.util.Arrays.stream(over).sum(), "cue") + " above it")
                + (unmeasured > 0 ? "; " + plural(unmeasured, "cue") + " without duration left out" : ""));
        double left = 34;
        double right = 590;
        double top = 14;
        double bottom = 150;
        double step = (right - left) / bins;
        Element svg = svg(figure, 600, 176).attr("aria-label", "histogram of reading speeds");
        svg.appendElement("line").addClass("axis-line").attr("x1", coordinate(left)).attr("y1", coordinate(bottom))
                .attr("x2", coordinate(right)).attr("y2", coordinate(bottom));
        svg.appendElement("text").addClass("axis").attr("x", coordinate(left - 4)).attr("y", coordinate(top + 4))
                .attr("text-anchor", "end").text(String.valueOf(highest));
        svg.appendElement("text").addClass("axis").attr("x", coordinate(left - 4)).attr("y", coordinate(bottom))
                .attr("text-anchor", "end").text("0");
        Element bars = svg.appendElement("g").addClass("bars");
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
                Element bar = bars.appendElement("rect").addClass(part == 0 ? "bar" : "bar over")
                        .attr("x", coordinate(x + 0.5)).attr("y", coordinate(base))
                        .attr("width", coordinate(Math.max(step - 1, 0.5))).attr("height", coordinate(h))
                        .attr("data-count", String.valueOf(n));
                bar.appendElement("title").text(plural(n, "cue") + " at " + range
                        + (part == 1 ? ", above the limit" : ""));
            }
            if (b % 5 == 0) {
                svg.appendElement("text").addClass("axis").attr("x", coordinate(x)).attr("y", coordinate(bottom + 14))
                        .attr("text-anchor", "middle").text(String.valueOf(b));
            }
        }
        svg.appendElement("text").addClass("axis").attr("x", coordinate(right)).attr("y", coordinate(bottom + 24))
                .attr("text-anchor", "end").text("chars/s");
        if (limit != null) {
            double x = left + Math.min(limit, bins) * step;
            svg.appendElement("line").addClass("limit").attr("data-limit", Numbers.format(limit, 3))
                    .attr("x1", coordinate(x)).attr("y1", coordinate(top - 8)).attr("x2", coordinate(x))
                    .attr("y2", coordinate(bottom));
            svg.appendElement("text").addClass("limit-label").attr("x", coordinate(x + 4)).attr("y", coordinate(top - 2))
                    .text("limit " + Numbers.format(limit, 2) + " chars/s");
        }
    }

    private void findings(Element section, List<Finding> findings, CueDetails cues) {
        if (findings.isEmpty()) {
            section.appendElement("p").addClass("clean").text("No findings.");
            return;
        }
        Element details = section.appendElement("details").attr("open", true);
        details.appendElement("summary").text(plural(findings.size(), "finding"));
        Element table = details.appendElement("table").addClass("sortable").addClass("findings");
        header(table, "Cue", "Time", "Line", "Rule", "Severity", "Message", "Value", "Limit", "Cue text");
        Element body = table.appendElement("tbody");
        for (Finding f : findings) {
            boolean known = cues != null && f.cue() >= 1 && f.cue() <= cues.size();
            Element tr = body.appendElement("tr").addClass(f.severity().id());
            number(tr, f.cue() > 0 ? String.valueOf(f.cue()) : "", f.cue());
            tr.appendElement("td").addClass("time").text(known ? time(cues.startMs(f.cue() - 1)) : "");
            number(tr, f.line() + ":" + Math.max(1, f.column()), f.line());
            Element rule = tr.appendElement("td");
            swatch(rule, f.ruleId());
            rule.appendText(f.ruleId());
            tr.appendElement("td").addClass("severity").text(f.severity().id());
            tr.appendElement("td").addClass("message").text(f.message());
            number(tr, f.value() == null ? "" : Numbers.format(f.value(), 2), f.value() == null ? 0 : f.value());
            number(tr, f.limit() == null ? "" : Numbers.format(f.limit(), 2), f.limit() == null ? 0 : f.limit());
            tr.appendElement("td").addClass("text").text(known ? cues.text(f.cue() - 1) : "");
        }
    }

    private static Element svg(Element parent, int width, int height) {
        return parent.appendElement("svg")
                .attr("viewBox", "0 0 " + width + " " + height).attr("role", "img");
    }

    private static void header(Element table, String... names) {
        table.appendChild(thead(names));
    }

    private static Element thead(String... names) {
        Element thead = new Element("thead");
        Element tr = thead.appendElement("tr");
        for (String name : names) {
            tr.appendElement("th").text(name);
        }
        return thead;
    }

    private static Element number(Element tr, String shown, double sortKey) {
        return tr.appendElement("td").addClass("num").attr("data-sort", Numbers.format(sortKey, 3)).text(shown);
    }

    private void swatch(Element parent, String ruleId) {
        parent.appendElement("span").addClass("swatch").attr("style", "background:" + colour(ruleId));
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
        String seconds = String.format(java.util.Locale.ROOT, "%02d.%d", s % 60, tenths % 10);
        return s >= 3600 ? (s / 3600) + ":" + String.format(java.util.Locale.ROOT, "%02d", s / 60 % 60) + ":" + seconds
                : (s / 60) + ":" + seconds;
    }

    private static String plural(long n, String noun) {
        return ConsoleReport.plural(n, noun);
    }

    /** Serialises an element with the page's settings (UTF-8, not indented), escaping all text and attributes. */
    private void write(Writer out, Element element) throws IOException {
        shell.body().appendChild(element);
        try {
            out.write(element.outerHtml());
            out.write('\n');
        } finally {
            element.remove();
        }
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

package io.github.subtitleqc.core.report;

import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.engine.Report;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.score.Score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The report for a build log (SPEC §8): per file, a header with its profile and score (in runs of
 * more than {@value #LIST_ALL_UP_TO} files, only files with findings), then its findings grouped by rule, most serious first, each as
 * {@code path:[line,column] rule: message (cue n)}, at most {@code perRule} lines per rule and
 * file; then the findings of rules that compare files, known only after the last file, per file
 * and grouped and capped the same way; then a summary of files, cues, findings by severity and the score with what each rule
 * cost.
 */
public final class ConsoleReport {

    /** Up to this many files, every file gets its line; above it, only files with findings. */
    static final int LIST_ALL_UP_TO = 50;

    private final int perRule;
    private final String fullReport;

    /**
     * @param perRule    the most findings printed per rule and file; negative for no cap
     * @param fullReport where the full list is, for the "… more" lines (e.g. a report's path), or {@code null}
     */
    public ConsoleReport(int perRule, String fullReport) {
        this.perRule = perRule;
        this.fullReport = fullReport;
    }

    /** The lines to print for a whole report. */
    public List<ConsoleLine> render(Report report) {
        List<ConsoleLine> out = new ArrayList<>();
        boolean many = report.files().size() > LIST_ALL_UP_TO;
        long unlisted = 0;
        for (FileResult file : report.files()) {
            if (!file(file, many, out::add)) {
                unlisted++;
            }
        }
        end(unlisted, summary(RunTally.of(report, Severity.ERROR), null), out::add);
        return out;
    }

    /** True when files of a run this size are listed only if they have findings. */
    static boolean many(int files) {
        return files > LIST_ALL_UP_TO;
    }

    /**
     * The lines of one file: its header, then its findings grouped by rule.
     *
     * @param many true in a run of many files, where a file without findings is not listed
     * @return false when the file was not listed
     */
    boolean file(FileResult file, boolean many, Consumer<ConsoleLine> out) {
        if (many && file.findings().isEmpty()) {
            return false;
        }
        out.accept(info(file.path() + ": " + plural(file.cues(), "cue") + ", profile " + file.profile() + " ("
                + file.profileReason() + "), score " + Numbers.format(file.score().value(), 1)));
        findings(file.findings(), out);
        return true;
    }

    /**
     * The lines of the cross-file rules' findings ({@link RunEnd#crossFile()}): a heading, then per
     * file a line with its counts and its findings grouped and capped as a file's own are.
     */
    void crossFile(List<Finding> findings, Consumer<ConsoleLine> out) {
        if (findings.isEmpty()) {
            return;
        }
        out.accept(info("across files: " + plural(findings.size(), "finding")
                + " of rules that compare files (counted in the totals, not in any file's score)"));
        for (Map.Entry<String, List<Finding>> file : CrossFile.byFile(findings).entrySet()) {
            out.accept(info(file.getKey() + ": " + counts(file.getValue()) + " across files"));
            findings(file.getValue(), out);
        }
    }

    /** Findings of one file grouped by rule, most serious rule first, at most {@code perRule} lines per rule. */
    private void findings(List<Finding> all, Consumer<ConsoleLine> out) {
        if (all.isEmpty()) {
            return;
        }
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        for (Finding f : all) {
            List<Finding> group = byRule.get(f.ruleId());
            if (group == null) {
                group = new ArrayList<>();
                byRule.put(f.ruleId(), group);
            }
            group.add(f);
        }
        List<Map.Entry<String, List<Finding>>> groups = new ArrayList<>(byRule.entrySet());
        groups.sort(Comparator.<Map.Entry<String, List<Finding>>, Severity>comparing(e -> worst(e.getValue()))
                .reversed().thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, List<Finding>> group : groups) {
            List<Finding> findings = group.getValue();
            out.accept(info("  " + group.getKey() + ": " + counts(findings)));
            int shown = perRule < 0 ? findings.size() : Math.min(perRule, findings.size());
            for (Finding f : findings.subList(0, shown)) {
                out.accept(new ConsoleLine(f.severity(), line(f)));
            }
            if (shown < findings.size()) {
                out.accept(info("  … and " + plural(findings.size() - shown, "more " + group.getKey() + " finding")
                        + (fullReport == null ? "" : " (all of them are in " + fullReport + ")")));
            }
        }
    }

    /** The closing lines: how many files were not listed, and the summary. */
    static void end(long unlisted, String summary, Consumer<ConsoleLine> out) {
        end(unlisted, false, summary, out);
    }

    /**
     * The closing lines.
     *
     * @param crossFile true when the run had cross-file findings: an unlisted file may have some of
     *                  those (listed above), just none of its own
     */
    static void end(long unlisted, boolean crossFile, String summary, Consumer<ConsoleLine> out) {
        if (unlisted > 0) {
            out.accept(info(ConsoleReport.plural(unlisted, "file") + " without findings"
                    + (crossFile ? " of their own" : "") + " not listed"));
        }
        out.accept(info(summary));
    }

    /** {@code path:[line,column] rule: message (cue n)}. */
    public static String line(Finding f) {
        return f.file() + ":[" + f.line() + "," + Math.max(1, f.column()) + "] " + f.ruleId() + ": " + f.message()
                + (f.cue() > 0 ? " (cue " + f.cue() + ")" : "");
    }

    /** The closing summary line of a whole report. */
    public static String summary(Report report) {
        return summary(RunTally.of(report, Severity.ERROR), null);
    }

    /**
     * The closing summary line.
     *
     * @param module the module's name in a multi-module build, else {@code null}
     */
    public static String summary(RunSummary run, String module) {
        return (module == null ? "subtitle-qc: " : "subtitle-qc (" + module + "): ") + plural(run.files(), "file") + ", "
                + plural(run.cues(), "cue") + ", " + plural(run.errors(), "error") + ", "
                + plural(run.warnings(), "warning") + ", " + plural(run.infos(), "info") + "; score "
                + Numbers.format(run.score().value(), 1) + costs(run.score());
    }

    /**
     * The line that says what the baseline left out, and, when some of its entries match nothing
     * any more, how to make it smaller.
     *
     * @param module the module's name in a multi-module build, else {@code null}
     */
    public static String baseline(RunStart.BaselineFile baseline, long baselined, int fixed, String module) {
        StringBuilder s = new StringBuilder(module == null ? "subtitle-qc: " : "subtitle-qc (" + module + "): ");
        s.append(plural(baselined, "finding")).append(baselined == 1 ? " is" : " are").append(" in the baseline ")
                .append(baseline.file()).append(baselined == 0 ? "" : " and " + (baselined == 1 ? "was" : "were")
                        + " left out");
        if (fixed > 0) {
            s.append("; ").append(fixed == 1 ? "1 baseline entry matches" : fixed + " baseline entries match")
                    .append(" nothing any more (fixed): run ").append(baseline.rewrite())
                    .append(" to write a smaller baseline");
        }
        return s.toString();
    }

    private static String costs(Score score) {
        if (score.costs().isEmpty()) {
            return "";
        }
        return score.costs().entrySet().stream().limit(6)
                .map(e -> e.getKey() + " −" + Numbers.format(e.getValue(), 1))
                .collect(Collectors.joining(", ", " (", score.costs().size() > 6 ? ", …)" : ")"));
    }

    private static Severity worst(List<Finding> findings) {
        return findings.stream().map(Finding::severity).max(Comparator.naturalOrder()).orElse(Severity.INFO);
    }

    private static String counts(List<Finding> findings) {
        List<String> parts = new ArrayList<>();
        for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            long n = findings.stream().filter(f -> f.severity() == s).count();
            if (n > 0) {
                parts.add(plural(n, s.id()));
            }
        }
        return String.join(", ", parts);
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static ConsoleLine info(String text) {
        return new ConsoleLine(Severity.INFO, text);
    }
}

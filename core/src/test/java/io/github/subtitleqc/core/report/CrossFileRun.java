package io.github.subtitleqc.core.report;

import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.rule.RuleDescriptor;
import io.github.subtitleqc.core.rule.RunRule;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.github.subtitleqc.core.report.SampleReports.EN;
import static io.github.subtitleqc.core.report.SampleReports.ZH;

/**
 * A run as the streaming engine gives it to writers: {@link SampleReports#twoFiles()}'s two files
 * with their own findings, then, at the end, three findings of cross-file rules (one in
 * {@link SampleReports#ZH}, two in {@link SampleReports#EN}) that are in no file's result.
 */
final class CrossFileRun {

    static final Finding TERM_ZH = new Finding("term-consistency", Severity.WARNING, ZH, 9, 34, 2,
            "'Wi-Fi' here, 'WiFi' in subs/talk.en.srt (2 times): write one form across the files", null, null);
    static final Finding TERM_EN = new Finding("term-consistency", Severity.WARNING, EN, 4, 14, 9,
            "'WiFi' here, 'Wi-Fi' in subs/talk.zh-Hans.srt (1 time): write one form across the files", null, null);
    static final Finding NEAR_EN = new Finding("term-near-miss", Severity.INFO, EN, 7, 26, 0,
            "'Hermoine' is one letter from 'Hermione', written so in subs/talk.zh-Hans.srt: check the spelling",
            null, null);

    /** In the order the engine gives them: by file, in file order. */
    static final List<Finding> CROSS_FILE = List.of(TERM_ZH, TERM_EN, NEAR_EN);

    /** The rules that ran: three per-file rules, then the two cross-file ones. */
    static final List<RunRule> RULES = List.of(
            new RunRule(RuleDescriptor.of("reading-speed", Severity.ERROR, "visible characters per second above maxCps"),
                    Severity.ERROR),
            new RunRule(RuleDescriptor.of("min-gap", Severity.WARNING, "a gap to the next cue below minGap"),
                    Severity.WARNING),
            new RunRule(RuleDescriptor.of("whitespace", Severity.INFO, "several spaces in a row"), Severity.INFO),
            new RunRule(RuleDescriptor.of("term-consistency", Severity.WARNING, "a term written two ways"),
                    Severity.WARNING, true),
            new RunRule(RuleDescriptor.of("term-near-miss", Severity.INFO, "a term one letter from another"),
                    Severity.INFO, true));

    private CrossFileRun() {
    }

    static List<FileResult> files() {
        return SampleReports.twoFiles().files();
    }

    /**
     * The run's totals as the engine tallies them: the files' own findings and the cross-file ones
     * (2 errors, 1 + 2 warnings, 1 + 1 infos), the score from the files alone (94.3).
     */
    static RunSummary summary(Severity violationSeverity) {
        RunSummary own = RunTally.of(Engine.report(files()), violationSeverity);
        long violations = own.violations();
        Set<String> violated = new HashSet<>();
        Finding first = own.firstViolation();
        for (FileResult f : files()) {
            if (f.findings().stream().anyMatch(x -> x.severity().isAtLeast(violationSeverity))) {
                violated.add(f.path());
            }
        }
        for (Finding f : CROSS_FILE) {
            if (f.severity().isAtLeast(violationSeverity)) {
                violations++;
                violated.add(f.file());
                first = first == null ? f : first;
            }
        }
        return new RunSummary(own.files(), own.cues(), own.errors() + count(Severity.ERROR),
                own.warnings() + count(Severity.WARNING), own.infos() + count(Severity.INFO), own.score(),
                violationSeverity, violations, violated.size(), first);
    }

    private static long count(Severity severity) {
        return CROSS_FILE.stream().filter(f -> f.severity() == severity).count();
    }

    /** Feeds the run to a writer as the engine does: start, each file, the end with the cross-file findings. */
    static void feed(ReportWriter writer, Severity violationSeverity) throws IOException {
        writer.start(new RunStart("1.2.3", null, files().size(), RULES, violationSeverity));
        for (FileResult f : files()) {
            writer.file(f);
        }
        RunSummary summary = summary(violationSeverity);
        Verdict verdict = Verdict.of(summary, new Gate(true, violationSeverity, 0, 0), null, null);
        writer.finish(new RunEnd(summary, verdict, CROSS_FILE));
    }
}

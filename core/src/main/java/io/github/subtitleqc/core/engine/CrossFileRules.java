package io.github.subtitleqc.core.engine;

import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.rule.ProjectReporter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cross-file stage: keeps, file by file, only the small summaries the cross-file rules made
 * (never a file's cues or findings), and after the last file lets each rule decide over them.
 */
final class CrossFileRules {

    private final int rules;
    /** Per file, in the order added: each cross-file rule as it ran on that file, null where it did not. */
    private final List<RuleSet.ActiveProjectRule[]> ran = new ArrayList<>();
    private final Map<String, Integer> fileIndex = new HashMap<>();
    /** Per cross-file rule: the summaries of the files it ran on, in file order. */
    private final List<List<Object>> summaries = new ArrayList<>();

    /** @param rules how many cross-file rules are available (the length of every file's summary list) */
    CrossFileRules(int rules) {
        this.rules = rules;
        for (int r = 0; r < rules; r++) {
            summaries.add(new ArrayList<>());
        }
    }

    /** Adds one file's summaries; files come in the run's order. */
    void add(CheckedFile file) {
        String path = file.result().path();
        fileIndex.putIfAbsent(path, ran.size());
        RuleSet.ActiveProjectRule[] own = new RuleSet.ActiveProjectRule[rules];
        if (!file.summaries().isEmpty()) {
            for (int r = 0; r < rules; r++) {
                CrossFileSummary s = file.summaries().get(r);
                if (s != null) {
                    own[r] = s.rule;
                    summaries.get(r).add(s.state);
                }
            }
        }
        ran.add(own);
    }

    /**
     * Lets every cross-file rule decide. A finding gets the severity the rule has on the file it
     * names, and none on a file the rule did not run on. Returns the findings grouped by file in
     * the order the files were added, each file's in {@link Finding#ORDER}.
     */
    List<Finding> finish() {
        List<Finding> found = new ArrayList<>();
        for (int r = 0; r < rules; r++) {
            int index = r;
            RuleSet.ActiveProjectRule running = null;
            for (RuleSet.ActiveProjectRule[] own : ran) {
                running = own[r] != null ? own[r] : running;
            }
            if (running == null) {
                continue; // it ran on no file
            }
            RuleSet.ActiveProjectRule last = running;
            ProjectReporter reporter = (file, cue, line, column, message, value, limit) -> {
                Integer i = fileIndex.get(file);
                RuleSet.ActiveProjectRule own = i == null ? last : ran.get(i)[index];
                if (own != null) {
                    found.add(new Finding(own.rule().descriptor().id(), own.severity(), file, cue, line, column,
                            message, value, limit));
                }
            };
            try {
                last.finish(summaries.get(r), reporter);
            } catch (RuntimeException e) {
                fileIndex.keySet().stream().sorted(Comparator.comparingInt(fileIndex::get)).forEach(path ->
                        reporter.report(path, 0, 1, 0, "rule " + last.rule().descriptor().id()
                                + " failed (" + e + ") and was skipped: report this to the rule's author", null, null));
            }
        }
        Comparator<Finding> byFile = Comparator.comparingInt(f -> fileIndex.getOrDefault(f.file(), Integer.MAX_VALUE));
        found.sort(byFile.thenComparing(Finding.ORDER));
        return found;
    }
}

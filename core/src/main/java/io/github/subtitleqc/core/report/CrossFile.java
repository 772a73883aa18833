package io.github.subtitleqc.core.report;

import io.github.subtitleqc.core.model.Finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of cross-file rules ({@link RunEnd#crossFile()}) as writers render them: grouped by
 * file, files in the order their first finding comes (the run's file order), each file's findings
 * in the order given. Only the run's end holds them, so grouping them costs no more than they do.
 */
final class CrossFile {

    private CrossFile() {
    }

    /** The findings by file path, in first-seen order. */
    static Map<String, List<Finding>> byFile(List<Finding> findings) {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : findings) {
            byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
        }
        return byFile;
    }

    /** The findings by rule id, in first-seen order. */
    static Map<String, List<Finding>> byRule(List<Finding> findings) {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        for (Finding f : findings) {
            byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
        }
        return byRule;
    }
}

package io.github.subtitleqc.core.run;

import io.github.subtitleqc.core.engine.SourceFile;
import io.github.subtitleqc.core.fix.AtomicWrite;
import io.github.subtitleqc.core.fix.FixResult;
import io.github.subtitleqc.core.fix.Fixer;
import io.github.subtitleqc.core.fix.NotFixed;
import io.github.subtitleqc.core.fix.UnifiedDiff;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.report.ConsoleLine;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The fix goal's run, shared by the Maven plugin and the command line: fixes each file with a
 * {@link Fixer}, writes it atomically (or, in a dry run, prints the unified diff), and prints what
 * was fixed, what was not and why, and a closing sentence.
 */
public final class FixRun {

    /** A file that could not be written; it was left as it was. */
    public static final class WriteFailure extends IOException {
        public WriteFailure(String message) {
            super(message);
        }
    }

    private FixRun() {
    }

    /**
     * @return how many files were (or, in a dry run, would be) changed
     * @throws WriteFailure when a file cannot be written; the files before it are written
     */
    public static int run(Fixer fixer, List<SourceFile> files, boolean dryRun, Consumer<ConsoleLine> out)
            throws WriteFailure {
        int changed = 0;
        int left = 0;
        Map<String, Integer> counts = new TreeMap<>();
        for (SourceFile file : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file.path());
            } catch (IOException e) {
                out.accept(new ConsoleLine(Severity.WARNING, "subtitle-qc: " + file.displayPath()
                        + ": not fixed: cannot read it (" + e + ")"));
                continue;
            }
            FixResult result = fixer.fix(file.displayPath(), bytes);
            switch (result.status()) {
                case UNSUPPORTED -> out.accept(new ConsoleLine(Severity.INFO, file.displayPath() + ": not fixable: "
                        + result.reason()));
                case REFUSED -> out.accept(new ConsoleLine(Severity.WARNING, file.displayPath() + ": not written: "
                        + result.reason()));
                case CHANGED -> {
                    changed++;
                    result.fixed().forEach((rule, n) -> counts.merge(rule, n, Integer::sum));
                    if (dryRun) {
                        UnifiedDiff.of(file.displayPath(), result.beforeText(), result.afterText())
                                .forEach(l -> out.accept(new ConsoleLine(Severity.INFO, l)));
                    } else {
                        try {
                            AtomicWrite.replace(file.path(), result.after());
                        } catch (IOException e) {
                            throw new WriteFailure("subtitle-qc: cannot write " + file.displayPath() + " (" + e
                                    + "); it was left as it was: check that its directory can be written");
                        }
                    }
                    out.accept(new ConsoleLine(Severity.INFO, file.displayPath() + ": "
                            + (dryRun ? "would fix " : "fixed ") + describe(result.fixed())));
                }
                default -> {
                }
            }
            for (NotFixed n : result.notFixed()) {
                left++;
                out.accept(new ConsoleLine(Severity.WARNING, file.displayPath() + ":[" + n.line() + "," + n.column()
                        + "] " + n.ruleId() + " not fixable: " + n.reason() + (n.cue() > 0 ? " (cue " + n.cue() + ")" : "")));
            }
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        out.accept(new ConsoleLine(Severity.INFO, "subtitle-qc: " + (dryRun ? "fix would change " : "fix changed ")
                + changed + " of " + files.size() + (files.size() == 1 ? " file" : " files")
                + (total == 0 ? "" : " (" + describe(counts) + ")")
                + (left == 0 ? "" : "; " + left + (left == 1 ? " finding" : " findings")
                        + " of the fixed rules not fixable, each named above")
                + (dryRun ? "; dry run: nothing was written" : "")));
        return changed;
    }

    /** {@code 467 min-gap, 8 glossary}. */
    private static String describe(Map<String, Integer> counts) {
        StringBuilder s = new StringBuilder();
        counts.forEach((rule, n) -> s.append(s.length() == 0 ? "" : ", ").append(n).append(' ').append(rule));
        return s.toString();
    }
}

package io.github.subtitleqc.core.baseline;

import java.util.Comparator;
import java.util.Objects;

/**
 * One finding recorded in a baseline, by what stays when the file is edited elsewhere: never a
 * line or a cue number.
 *
 * @param file       the file's display path (relative to the project, {@code /} separators)
 * @param rule       the rule id
 * @param text       the fingerprint of what the finding is about ({@link FindingKeys}): of its
 *                   cue's normalised visible text, or, for a finding on no cue (or a cross-file
 *                   finding), of its message with the numbers taken out
 * @param occurrence 0 for the first finding of this rule on this text in this file (in report
 *                   order), 1 for the next…, so that a text repeated in a file keeps its findings apart
 * @param excerpt    the start of that text, for a reviewer reading the file; not matched
 */
public record BaselineEntry(String file, String rule, String text, int occurrence, String excerpt) {

    /** The order of a baseline file: file, rule, text, occurrence. */
    public static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::file)
            .thenComparing(BaselineEntry::rule)
            .thenComparing(BaselineEntry::text)
            .thenComparingInt(BaselineEntry::occurrence);

    public BaselineEntry {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(text, "text");
        excerpt = excerpt == null ? "" : excerpt;
        if (occurrence < 0) {
            throw new IllegalArgumentException("occurrence " + occurrence + " is negative");
        }
    }

    /** What is matched: everything but the excerpt. */
    String key() {
        return file + '\u0000' + rule + '\u0000' + text + '\u0000' + occurrence;
    }
}

package io.github.subtitleqc.core.fix;

import java.util.List;
import java.util.Map;

/**
 * What fixing one file gives.
 *
 * @param path       the file as reports name it
 * @param status     what happened to it
 * @param reason     for {@link Status#UNSUPPORTED} and {@link Status#REFUSED}: why nothing is written; else null
 * @param before     the file's bytes as read
 * @param after      the bytes to write: {@code before} itself unless {@link Status#CHANGED}
 * @param beforeText the decoded text as read (null when the file was not read as text)
 * @param afterText  the decoded text after the fixes
 * @param fixed      how many fixes each rule made, by rule id, in rule id order (kept sorted)
 * @param notFixed   the findings of the fixed rules still there after the fix, each with why
 */
public record FixResult(String path, Status status, String reason, byte[] before, byte[] after, String beforeText,
                        String afterText, Map<String, Integer> fixed, List<NotFixed> notFixed) {

    public FixResult {
        fixed = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(fixed));
        notFixed = List.copyOf(notFixed);
    }

    /** What happened to a file. */
    public enum Status {
        /** a format fix does not write (TTML, ASS): left as it is */
        UNSUPPORTED,
        /** a file that must not be written (parse or encoding errors): left as it is */
        REFUSED,
        /** nothing to change: left as it is */
        UNCHANGED,
        /** {@link #after} differs from {@link #before} */
        CHANGED
    }

    static FixResult leftAlone(String path, Status status, String reason, byte[] bytes) {
        return new FixResult(path, status, reason, bytes, bytes, null, null, Map.of(), List.of());
    }

    /** The number of fixes made, all rules together. */
    public int fixCount() {
        return fixed.values().stream().mapToInt(Integer::intValue).sum();
    }
}

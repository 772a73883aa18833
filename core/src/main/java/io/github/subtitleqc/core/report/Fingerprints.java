package io.github.subtitleqc.core.report;

import io.github.subtitleqc.core.model.Finding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

/**
 * The identity of a finding across runs, for SARIF's {@code partialFingerprints} (code scanning
 * matches alerts of two runs by it) and {@code correlationGuid}.
 *
 * <p>A finding carries no cue text, and its line, column and cue number move whenever a cue is
 * inserted, removed or retimed above it. So the key is built from what stays: the rule id, the
 * file's path, and the finding's message with every number taken out (a run of digits with its
 * {@code .}, {@code ,} or {@code :} separators, so cue numbers, timecodes, measured values and
 * limits all become {@code #}), plus the occurrence index of that key within the file (the first
 * {@code reading-speed} finding with that message shape is 0, the next 1…), so that findings
 * whose messages differ only in their numbers stay apart. The fingerprint is the SHA-256 of
 * those four parts, in hex.
 *
 * <p>What follows: inserting or retiming a cue leaves the fingerprints of other findings alone,
 * unless the inserted cue itself gets a finding with the same rule and message shape before them
 * (then those after it shift by one occurrence, as for any tool without the source text). A
 * finding whose value changes (a cue gets slower) keeps its fingerprint: it is still the same
 * problem. Renaming a file or changing a rule's wording gives new fingerprints.
 *
 * <p>One instance per file: {@link #next} counts occurrences within the file being written.
 */
final class Fingerprints {

    /** The key under {@code partialFingerprints}: versioned, so a new scheme can get a new key. */
    static final String KEY = "subtitleQcFindingHash/v1";

    private final Map<String, Integer> occurrences = new HashMap<>();
    /** The file's digest, reset by each use (a look-up of the provider per finding cost more than the hash). */
    private MessageDigest digest;

    /**
     * The message with its numbers replaced by {@code #}: what {@code \\d+(?:[.,:]\\d+)*} replaced
     * by {@code #} gives ({@code FingerprintsTest} holds it to that expression), scanned by hand as
     * it runs for every finding of the SARIF report.
     */
    static String shape(String message) {
        StringBuilder out = null;
        int n = message.length();
        int copied = 0;
        for (int i = 0; i < n; i++) {
            if (!isDigit(message.charAt(i))) {
                continue;
            }
            int end = i;
            while (end < n && isDigit(message.charAt(end))) {
                end++;
            }
            // then separator-digits groups, as many as follow
            while (end + 1 < n && isSeparator(message.charAt(end)) && isDigit(message.charAt(end + 1))) {
                end += 2;
                while (end < n && isDigit(message.charAt(end))) {
                    end++;
                }
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(message, copied, i).append('#');
            copied = end;
            i = end - 1;
        }
        return out == null ? message : out.append(message, copied, n).toString();
    }

    /** {@code \\d} of java.util.regex: an ASCII digit. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == ',' || c == ':';
    }

    /** The next finding's fingerprint (findings in report order, all of one file). */
    String next(Finding finding) {
        String key = finding.ruleId() + '\u0000' + finding.file() + '\u0000' + shape(finding.message());
        int occurrence = occurrences.merge(key, 1, Integer::sum) - 1;
        if (digest == null) {
            digest = sha256();
        }
        return HexFormat.of().formatHex(digest.digest((key + '\u0000' + occurrence).getBytes(StandardCharsets.UTF_8)));
    }

    /** A name-based UUID of a fingerprint: SARIF's {@code correlationGuid}. */
    static String guid(String fingerprint) {
        return UUID.nameUUIDFromBytes(fingerprint.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

package io.github.subtitleqc.core.baseline;

import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.text.VisibleText;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * The baseline entries of a file's findings. A finding on a cue whose text is known is keyed by
 * that cue's normalised visible text ({@link #normalise}); one on no cue, or whose cue's text is
 * not known (the findings of cross-file rules come after the cues are gone), by its message with
 * every number replaced by {@code #} (as SARIF's fingerprints do), so that cue numbers, timecodes
 * and measured values do not count. Either is hashed (SHA-256, the first 16 hex digits) and
 * counted: the n-th finding of a rule on the same text in a file (report order) has occurrence n-1.
 */
public final class FindingKeys {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,:]\\d+)*");
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");
    private static final int EXCERPT = 40;

    private FindingKeys() {
    }

    /**
     * The entries of findings, in the order given (report order).
     *
     * @param findings findings, in report order ({@link Finding#ORDER})
     * @param cueText  a cue's normalised text by its ordinal, or null when not known
     */
    public static List<BaselineEntry> of(List<Finding> findings, IntFunction<String> cueText) {
        List<BaselineEntry> out = new ArrayList<>(findings.size());
        Map<String, Integer> occurrences = new HashMap<>();
        Map<String, String> hashes = new HashMap<>();
        for (Finding f : findings) {
            String text = f.cue() > 0 && cueText != null ? cueText.apply(f.cue()) : null;
            String basis = text != null ? "cue\u0000" + text : "message\u0000" + shape(f.message());
            String hash = hashes.computeIfAbsent(basis, FindingKeys::hash);
            int occurrence = occurrences.merge(f.file() + '\u0000' + f.ruleId() + '\u0000' + hash, 1, Integer::sum) - 1;
            out.add(new BaselineEntry(f.file(), f.ruleId(), hash, occurrence,
                    excerpt(text != null ? text : shape(f.message()))));
        }
        return out;
    }

    /** A cue's text as matched: its lines' visible text (NFC) joined by a space, runs of white space as one space, stripped; case kept. */
    public static String normalise(List<String> lines) {
        StringBuilder s = new StringBuilder();
        for (String line : lines) {
            s.append(VisibleText.of(line)).append(' ');
        }
        return SPACE.matcher(s).replaceAll(" ").strip();
    }

    /** A message with its numbers replaced by {@code #}. */
    static String shape(String message) {
        return NUMBER.matcher(message).replaceAll("#");
    }

    private static String excerpt(String text) {
        if (text.codePointCount(0, text.length()) <= EXCERPT) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, EXCERPT - 1)) + "…";
    }

    private static String hash(String basis) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

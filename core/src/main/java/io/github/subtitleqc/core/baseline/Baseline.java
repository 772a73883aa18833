package io.github.subtitleqc.core.baseline;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.subtitleqc.core.cache.ContentHash;
import io.github.subtitleqc.core.engine.ConfigurationException;
import io.github.subtitleqc.core.model.Finding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntFunction;

/**
 * The findings a project has accepted for now: a run leaves out every finding that matches an
 * entry ({@link FindingKeys}), so that only new findings fail the build, and counts the entries
 * that matched nothing (fixed since the baseline was written).
 *
 * <p>Three kinds: {@link #NONE} (no baseline: every finding counts), one read from a file
 * ({@link #read}) or made from entries ({@link #of}), which leaves findings out, and a
 * {@link #recorder()}, which leaves nothing out and records the entries of every finding, to
 * write a new baseline file ({@link #write}). Safe to use from several threads at once.
 *
 * <p>The file is JSON, written deterministically ({@link #toJson}): entries sorted by file, rule,
 * text and occurrence, one per line, {@code \n} line ends, no timestamp; writing the same findings
 * twice gives the same bytes.
 */
public final class Baseline {

    /** The version of the file format. */
    public static final int VERSION = 1;

    /**
     * Made when a baseline file is read only: an {@link ObjectMapper} loads several hundred classes
     * (a few hundred ms of a cold start), and a run without a baseline uses {@link #NONE} alone.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** No baseline: every finding counts. */
    public static final Baseline NONE = new Baseline(null, Set.of(), null, null);

    private static final String ABOUT = "subtitle-qc baseline: findings that are left out of the check, so that only"
            + " new findings fail the build. An entry matches a finding by file, rule and a fingerprint of its cue's"
            + " text (never by line or cue number); occurrence counts findings of one rule on the same text. Write it"
            + " again with the baseline goal (mvn subtitle-qc:baseline) rather than by hand.";

    private final String source;
    private final Set<String> keys;
    private final String hash;
    private final ConcurrentLinkedQueue<BaselineEntry> recorded;

    private Baseline(String source, Set<String> keys, String hash, ConcurrentLinkedQueue<BaselineEntry> recorded) {
        this.source = source;
        this.keys = keys;
        this.hash = hash;
        this.recorded = recorded;
    }

    /** A baseline of these entries (duplicates count once). */
    public static Baseline of(Collection<BaselineEntry> entries) {
        return new Baseline("(entries)", keys(entries), ContentHash.of(toJson(entries)).toString(), null);
    }

    /** A baseline that leaves nothing out and records the entries of every finding it is shown. */
    public static Baseline recorder() {
        return new Baseline(null, Set.of(), null, new ConcurrentLinkedQueue<>());
    }

    /**
     * Reads a baseline file.
     *
     * @param file    the file
     * @param display the file's name as users see it, for messages
     * @throws ConfigurationException naming the file when it cannot be read or is not a baseline
     */
    public static Baseline read(Path file, String display) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            throw new ConfigurationException("cannot read the baseline file " + display + " (" + e
                    + "): make it readable, or delete it and write it again with the baseline goal", e);
        }
        return parse(bytes, display);
    }

    /**
     * A baseline from a file's bytes.
     *
     * @throws ConfigurationException naming the file when the bytes are not a baseline
     */
    public static Baseline parse(byte[] bytes, String display) {
        List<BaselineEntry> entries = new ArrayList<>();
        try {
            JsonNode root = Json.MAPPER.readTree(bytes);
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException("it is not a JSON object");
            }
            JsonNode version = root.get("version");
            if (version == null || !version.isInt() || version.intValue() != VERSION) {
                throw new IllegalArgumentException("its version is " + version + ", and this subtitle-qc reads version "
                        + VERSION);
            }
            JsonNode list = root.get("entries");
            if (list == null || !list.isArray()) {
                throw new IllegalArgumentException("it has no \"entries\" array");
            }
            for (int i = 0; i < list.size(); i++) {
                JsonNode e = list.get(i);
                try {
                    entries.add(new BaselineEntry(string(e, "file"), string(e, "rule"), string(e, "text"),
                            occurrence(e), e.path("excerpt").asText("")));
                } catch (IllegalArgumentException bad) {
                    throw new IllegalArgumentException("entry " + (i + 1) + " " + bad.getMessage(), bad);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigurationException("the baseline file " + display + " is not a subtitle-qc baseline: "
                    + (e instanceof IOException ? "malformed JSON (" + jsonProblem((IOException) e) + ")" : e.getMessage())
                    + "; delete it and write it again with the baseline goal", e);
        }
        return new Baseline(display, keys(entries), ContentHash.of(bytes).toString(), null);
    }

    /** What the JSON parser says is wrong, and where, without its echo of the input. */
    private static String jsonProblem(IOException e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null) {
            return j.getOriginalMessage().lines().findFirst().orElse("") + " at line " + j.getLocation().getLineNr()
                    + ", column " + j.getLocation().getColumnNr();
        }
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }

    private static String string(JsonNode entry, String field) {
        JsonNode v = entry.get(field);
        if (v == null || !v.isTextual() || v.textValue().isEmpty()) {
            throw new IllegalArgumentException("has no \"" + field + "\" string");
        }
        return v.textValue();
    }

    private static int occurrence(JsonNode entry) {
        JsonNode v = entry.get("occurrence");
        if (v == null || !v.isInt() || v.intValue() < 0) {
            throw new IllegalArgumentException("has no \"occurrence\" of 0 or more");
        }
        return v.intValue();
    }

    private static Set<String> keys(Collection<BaselineEntry> entries) {
        Set<String> keys = new HashSet<>();
        entries.forEach(e -> keys.add(e.key()));
        return Set.copyOf(keys);
    }

    /** Whether findings are left out: a baseline read from a file or made from entries. */
    public boolean inUse() {
        return hash != null;
    }

    /** Whether this is a {@link #recorder()}. */
    public boolean records() {
        return recorded != null;
    }

    /** The number of distinct entries. */
    public int size() {
        return keys.size();
    }

    /** The file's name as given to {@link #read}, or null. */
    public String source() {
        return source;
    }

    /** A hash of the file's content (for the result cache's fingerprint), or null when not {@link #inUse()}. */
    public String hash() {
        return hash;
    }

    /**
     * Leaves out the findings that match an entry (a recorder records them all and leaves none out).
     *
     * @param findings findings in report order, of one file or of several (cross-file)
     * @param cueText  a cue's normalised text ({@link FindingKeys#normalise}) by its ordinal, or null
     *                 when the cues are not known
     */
    public Filtered filter(List<Finding> findings, IntFunction<String> cueText) {
        if (findings.isEmpty() || !inUse() && !records()) {
            return new Filtered(findings, 0);
        }
        List<BaselineEntry> entries = FindingKeys.of(findings, cueText);
        if (records()) {
            recorded.addAll(entries);
            return new Filtered(findings, 0);
        }
        List<Finding> kept = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            if (!keys.contains(entries.get(i).key())) {
                kept.add(findings.get(i));
            }
        }
        return new Filtered(kept, findings.size() - kept.size());
    }

    /** What a recorder recorded, in the file's order. */
    public List<BaselineEntry> recorded() {
        List<BaselineEntry> out = recorded == null ? new ArrayList<>() : new ArrayList<>(recorded);
        out.sort(BaselineEntry.ORDER);
        return out;
    }

    /**
     * The number of entries that matched no finding, given how many findings a run left out: each
     * finding left out matched one entry of its own (an entry's occurrence sets it apart).
     */
    public int fixed(long baselined) {
        return (int) Math.max(0, keys.size() - baselined);
    }

    /**
     * Findings kept and how many were left out.
     *
     * @param findings  the findings that count, in the order given
     * @param baselined how many matched an entry and were left out
     */
    public record Filtered(List<Finding> findings, int baselined) {
    }

    /** The baseline file's bytes: UTF-8 JSON, entries sorted and one per line, {@code \n} line ends. */
    public static byte[] toJson(Collection<BaselineEntry> entries) {
        List<BaselineEntry> sorted = new ArrayList<>(entries);
        sorted.sort(BaselineEntry.ORDER);
        StringBuilder s = new StringBuilder();
        s.append("{\n  \"version\": ").append(VERSION).append(",\n  \"about\": ").append(quote(ABOUT))
                .append(",\n  \"entries\": [");
        String separator = "\n";
        BaselineEntry previous = null;
        for (BaselineEntry e : sorted) {
            if (previous != null && previous.key().equals(e.key())) {
                continue;
            }
            s.append(separator).append("    {\"file\": ").append(quote(e.file())).append(", \"rule\": ")
                    .append(quote(e.rule())).append(", \"text\": ").append(quote(e.text())).append(", \"occurrence\": ")
                    .append(e.occurrence()).append(", \"excerpt\": ").append(quote(e.excerpt())).append('}');
            separator = ",\n";
            previous = e;
        }
        s.append(sorted.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes a baseline file ({@link #toJson}) through a temporary file in the same directory, then
     * a move, so that a reader never sees half a file. Returns false, writing nothing, when the file
     * already has exactly these bytes.
     */
    public static boolean write(Collection<BaselineEntry> entries, Path file) throws IOException {
        byte[] bytes = toJson(entries);
        Path absolute = file.toAbsolutePath();
        if (Files.isRegularFile(absolute) && java.util.Arrays.equals(Files.readAllBytes(absolute), bytes)) {
            return false;
        }
        Files.createDirectories(absolute.getParent());
        Path temporary = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".tmp");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        return true;
    }

    private static String quote(String text) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + '"';
    }
}

package io.github.subtitleqc.core.fix;

import io.github.subtitleqc.core.engine.ConfigurationException;
import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.engine.FileSettings;
import io.github.subtitleqc.core.glossary.Glossary;
import io.github.subtitleqc.core.glossary.TermMatch;
import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Format;
import io.github.subtitleqc.core.model.SubtitleDocument;
import io.github.subtitleqc.core.read.DecodedText;
import io.github.subtitleqc.core.read.ReadIssue;
import io.github.subtitleqc.core.read.ReaderRules;
import io.github.subtitleqc.core.read.Readers;
import io.github.subtitleqc.core.read.SubtitleReader;
import io.github.subtitleqc.core.read.TextDecoder;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.text.VisibleText;
import io.github.subtitleqc.core.time.FrameRate;
import io.github.subtitleqc.core.time.TimeLimit;
import io.github.subtitleqc.core.time.Timecode;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Fixes what some rules find in a SubRip or WebVTT file, changing nothing else: the edits are
 * made on the decoded text (an end time on its timing line, spaces or a term on a text line) and
 * the text is encoded back with the file's encoding and byte order mark, so that every other byte
 * stays as it was.
 * <ul>
 *   <li>{@code overlap}, {@code min-gap}: the earlier cue ends the minimum gap before the next one
 *       starts, when it keeps its minimum duration;</li>
 *   <li>{@code min-duration}: the cue ends later, as long as the minimum gap to the next cue stays;</li>
 *   <li>{@code whitespace}: several spaces become one; spaces before punctuation and at either end
 *       of a line go (the ones the {@code whitespace} rule reports, French spacing kept);</li>
 *   <li>{@code glossary}: a forbidden variant written exactly as the glossary lists it becomes the
 *       preferred term.</li>
 * </ul>
 * The limits are those {@code check} uses for the file ({@link Engine#settings}); a rule that does
 * not run on a file is not fixed there. What the fixed rules still find afterwards (checked again
 * with the same engine) is returned with the reason it was left.
 */
public final class Fixer {

    public static final String MIN_GAP = "min-gap";
    public static final String OVERLAP = "overlap";
    public static final String MIN_DURATION = "min-duration";
    public static final String WHITESPACE = "whitespace";
    public static final String GLOSSARY = "glossary";
    /** The rules {@code fix} can fix. */
    public static final List<String> FIXABLE = List.of(MIN_GAP, OVERLAP, MIN_DURATION, WHITESPACE, GLOSSARY);
    /** The rules fixed unless told otherwise. */
    public static final String DEFAULT_RULES = "min-gap,overlap,min-duration,whitespace";

    /** How many times the text rules are fixed and checked again at most (a fix may reveal another). */
    private static final int ROUNDS = 4;
    private static final String HALF_WIDTH_MARKS = ",.;:!?";
    private static final String FULL_WIDTH_MARKS = "\uFF0C\u3002\uFF01\uFF1F\uFF1B\uFF1A\u3001";
    private static final String FRENCH_SPACED = ";:!?";

    private final Engine engine;
    private final Set<String> rules;

    /**
     * @param engine the engine {@code check} would use: its configuration gives each file's limits
     * @param rules  the rules to fix, among {@link #FIXABLE}
     * @throws IllegalArgumentException for a rule {@code fix} cannot fix
     */
    public Fixer(Engine engine, Collection<String> rules) {
        for (String r : rules) {
            if (!FIXABLE.contains(r)) {
                throw new IllegalArgumentException("fix cannot fix rule '" + r + "'");
            }
        }
        this.engine = engine;
        this.rules = Set.copyOf(rules);
    }

    /**
     * The {@code fixRules} parameter: comma-separated rule ids among {@link #FIXABLE}; blank for
     * {@link #DEFAULT_RULES}.
     *
     * @throws ConfigurationException naming a rule that cannot be fixed and those that can
     */
    public static Set<String> parseRules(String commaSeparated) {
        String value = commaSeparated == null || commaSeparated.isBlank() ? DEFAULT_RULES : commaSeparated;
        Set<String> out = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            String id = part.strip();
            if (id.isEmpty()) {
                continue;
            }
            if (!FIXABLE.contains(id)) {
                throw new ConfigurationException("fixRules: '" + id + "' cannot be fixed automatically; fix knows "
                        + String.join(", ", FIXABLE));
            }
            out.add(id);
        }
        return out;
    }

    /** The rules this fixer fixes. */
    public Set<String> rules() {
        return rules;
    }

    /** Fixes one file's content; {@code displayPath}'s extension gives its format. Never throws for bad content. */
    public FixResult fix(String displayPath, byte[] bytes) {
        Format format = Format.ofFileName(displayPath).orElse(null);
        if (format != Format.SRT && format != Format.WEBVTT) {
            return FixResult.leftAlone(displayPath, FixResult.Status.UNSUPPORTED, "fix supports .srt and .vtt", bytes);
        }
        EngineConfig config = engine.config();
        DecodedText decoded = TextDecoder.decode(bytes, config.encoding(), config.detectEncoding());
        SubtitleReader reader = Readers.forFormat(format);
        List<ReadIssue> issues = new ArrayList<>(decoded.issues());
        SubtitleDocument document = reader.read(decoded, issues::add);
        for (ReadIssue issue : issues) {
            if (issue.ruleId().equals(ReaderRules.PARSE_ERROR.id()) || issue.ruleId().equals(ReaderRules.ENCODING.id())) {
                return FixResult.leftAlone(displayPath, FixResult.Status.REFUSED, "it has " + issue.ruleId()
                        + " findings (the first at line " + issue.line() + ": " + issue.message()
                        + "); correct them, then run fix again", bytes);
            }
        }
        Charset charset = decoded.charset();
        String text = decoded.text();
        byte[] encoded = text.getBytes(charset);
        int head = bytes.length - encoded.length;
        if (head < 0 || !decoded.bom() && head != 0
                || !Arrays.equals(bytes, head, bytes.length, encoded, 0, encoded.length)) {
            return FixResult.leftAlone(displayPath, FixResult.Status.REFUSED, "its text would not be written back"
                    + " byte for byte in " + charset.name() + "; set the encoding parameter to the file's encoding,"
                    + " or re-save it as UTF-8", bytes);
        }
        byte[] bom = Arrays.copyOf(bytes, head);
        FileSettings settings = engine.settings(displayPath, document);
        Map<String, String> reasons = new HashMap<>();
        List<TextEdit> applied = new ArrayList<>();
        String fixed = TextEdit.apply(text, timing(text, document, settings, reasons), applied);
        FileResult result = engine.check(displayPath, fixed.equals(text) ? bytes : encode(bom, fixed, charset));
        boolean textRules = rules.contains(WHITESPACE) && settings.runs(WHITESPACE)
                || rules.contains(GLOSSARY) && settings.runs(GLOSSARY) && !settings.glossary().isEmpty();
        for (int round = 0; textRules && round < ROUNDS; round++) {
            SubtitleDocument current = reader.read(new DecodedText(fixed, charset, decoded.bom(), List.of()), i -> { });
            List<TextEdit> edits = new ArrayList<>(whitespace(fixed, result.findings(), settings, reasons));
            edits.addAll(glossary(fixed, current, settings, reasons));
            if (edits.isEmpty()) {
                break;
            }
            fixed = TextEdit.apply(fixed, edits, applied);
            result = engine.check(displayPath, encode(bom, fixed, charset));
        }
        List<NotFixed> left = notFixed(result, reasons);
        if (fixed.equals(text)) {
            return new FixResult(displayPath, FixResult.Status.UNCHANGED, null, bytes, bytes, text, text, Map.of(), left);
        }
        String broken = structureChanged(reader, document, fixed, charset, decoded.bom());
        if (broken != null) {
            return FixResult.leftAlone(displayPath, FixResult.Status.REFUSED, "the fix would have changed " + broken
                    + "; nothing was written: report this with the file", bytes);
        }
        Map<String, Integer> counts = new TreeMap<>();
        applied.forEach(e -> counts.merge(e.ruleId(), 1, Integer::sum));
        return new FixResult(displayPath, FixResult.Status.CHANGED, null, bytes, encode(bom, fixed, charset), text, fixed,
                counts, left);
    }

    private static byte[] encode(byte[] bom, String text, Charset charset) {
        byte[] body = text.getBytes(charset);
        byte[] out = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    /**
     * A safety net: what in the cues other than end times, spaces and terms the fixed text would
     * change (a bug), or null. The fixed text reads with no new problem and the same cues, each
     * with its identifier, start and number of lines.
     */
    private static String structureChanged(SubtitleReader reader, SubtitleDocument before, String fixed,
                                           Charset charset, boolean bom) {
        List<ReadIssue> issues = new ArrayList<>();
        SubtitleDocument after = reader.read(new DecodedText(fixed, charset, bom, List.of()), issues::add);
        if (issues.stream().anyMatch(i -> i.ruleId().equals(ReaderRules.PARSE_ERROR.id()))) {
            return "how the file reads (" + issues.get(0).message() + ")";
        }
        if (after.cues().size() != before.cues().size()) {
            return "the number of cues";
        }
        for (int i = 0; i < after.cues().size(); i++) {
            Cue a = after.cues().get(i);
            Cue b = before.cues().get(i);
            if (a.startMs() != b.startMs() || !java.util.Objects.equals(a.id(), b.id())
                    || a.lines().size() != b.lines().size() || a.line() != b.line()) {
                return "cue " + b.ordinal();
            }
        }
        return null;
    }

    /** The findings of the fixed rules that are left, each with the reason recorded when it was left, or a general one. */
    private List<NotFixed> notFixed(FileResult result, Map<String, String> reasons) {
        List<NotFixed> out = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (!rules.contains(f.ruleId())) {
                continue;
            }
            String reason = reasons.get(timingKey(f.ruleId(), f.cue()));
            if (reason == null) {
                reason = reasons.get(textKey(f.ruleId(), f.line(), f.column()));
            }
            if (reason == null) {
                reason = "still reported after the fix (" + f.message() + "); correct it by hand";
            }
            out.add(new NotFixed(f.ruleId(), f.cue(), f.line(), f.column(), reason));
        }
        return out;
    }

    private static String timingKey(String rule, int cue) {
        return rule + "#" + cue;
    }

    private static String textKey(String rule, int line, int column) {
        return rule + "@" + line + ":" + column;
    }

    // --- timing -------------------------------------------------------------------------------

    /**
     * The end times to change, each cue in file order: a cue that ends too close to (or after) the
     * next one's start ends the minimum gap before it; else a cue that is too short ends later.
     * Cues out of time order and cues without a positive duration are {@code invalid-timing}'s
     * and left as they are.
     */
    private List<TextEdit> timing(String text, SubtitleDocument document, FileSettings s, Map<String, String> reasons) {
        boolean gap = rules.contains(MIN_GAP) && s.runs(MIN_GAP);
        boolean overlap = rules.contains(OVERLAP) && s.runs(OVERLAP);
        boolean duration = rules.contains(MIN_DURATION) && s.runs(MIN_DURATION);
        if (!gap && !overlap && !duration) {
            return List.of();
        }
        FrameRate rate = s.frameRate();
        TimeLimit minGap = s.value(MIN_GAP, "minGap", TimeLimit.class).orElse(TimeLimit.ofMillis(0));
        TimeLimit minDuration = s.value(MIN_DURATION, "minDuration", TimeLimit.class).orElse(TimeLimit.ofMillis(1));
        TimeLimit perWord = s.value(MIN_DURATION, "minDurationPerWord", TimeLimit.class).orElse(null);
        long gapMs = shortestWithin(minGap, rate);
        String profile = s.choice().profile().name();
        SourceLines lines = new SourceLines(text);
        List<Cue> cues = document.cues();
        List<TextEdit> edits = new ArrayList<>();
        long[] ends = cues.stream().mapToLong(Cue::endMs).toArray();
        Map<Integer, String> stuck = new HashMap<>();
        for (int i = 0; i < cues.size(); i++) {
            Cue cue = cues.get(i);
            long start = cue.startMs();
            long end = cue.endMs();
            if (end <= start) {
                continue;
            }
            Cue next = i + 1 < cues.size() && cues.get(i + 1).startMs() >= start ? cues.get(i + 1) : null;
            long limit = next == null ? Long.MAX_VALUE : next.startMs() - gapMs;
            long need = Math.max(1, shortestWithin(minDuration, rate));
            if (perWord != null) {
                need = Math.max(need, perWord.toMillis(rate) * words(cue, s));
            }
            boolean overlaps = next != null && end > next.startMs();
            boolean close = next != null && !overlaps && minGap.isBelow(next.startMs() - end, rate);
            boolean tooShort = minDuration.isBelow(end - start, rate)
                    || perWord != null && end - start < perWord.toMillis(rate) * words(cue, s);
            Timestamp ts = lines.has(cue.line()) ? Timestamp.endOf(lines.line(cue.line())) : null;
            if (ts != null && ts.millis() != end) {
                ts = null;
            }
            String lost = "the end time of cue " + cue.ordinal() + " could not be found on line " + cue.line();
            if (overlaps && overlap || close && gap) {
                String rule = overlaps ? OVERLAP : MIN_GAP;
                String key = timingKey(rule, overlaps ? next.ordinal() : cue.ordinal());
                long target = ts == null ? end : ts.floor(limit);
                if (ts == null) {
                    reasons.put(key, lost);
                    stuck.put(cue.ordinal(), lost);
                } else if (target - start < need) {
                    stuck.put(cue.ordinal(), "it would last less than the minimum duration of "
                            + Timecode.duration(need));
                    reasons.put(key, "ending cue " + cue.ordinal() + " at " + Timecode.format(target) + ", " + minGap
                            + " before cue " + next.ordinal() + ", would leave it " + Timecode.duration(target - start)
                            + ", below the minimum duration of " + Timecode.duration(need) + " (" + profile
                            + "); start cue " + next.ordinal() + " later, or join the two cues, by hand");
                } else {
                    int at = lines.start(cue.line());
                    edits.add(new TextEdit(at + ts.start(), at + ts.end(), ts.format(target), rule));
                    ends[i] = target;
                    continue;
                }
            }
            if (tooShort && duration) {
                String key = timingKey(MIN_DURATION, cue.ordinal());
                long target = ts == null ? end : ts.ceil(start + need);
                if (ts == null) {
                    reasons.put(key, lost);
                } else if (target > limit) {
                    reasons.put(key, "cue " + cue.ordinal() + " would have to end at " + Timecode.format(target)
                            + " to last " + Timecode.duration(need) + ", but cue " + next.ordinal() + " starts at "
                            + Timecode.format(next.startMs()) + " and the minimum gap is " + minGap + " (" + profile
                            + "); start cue " + next.ordinal() + " later, or join the two cues, by hand");
                } else if (target != end) {
                    int at = lines.start(cue.line());
                    edits.add(new TextEdit(at + ts.start(), at + ts.end(), ts.format(target), MIN_DURATION));
                    ends[i] = target;
                }
            }
        }
        if (overlap) {
            heldOverlaps(cues, ends, stuck, reasons);
        }
        return edits;
    }

    /**
     * Why a cue still overlaps a cue before the one before it (the {@code overlap} rule compares a
     * cue with the latest end among all earlier cues): that cue could not end earlier.
     */
    private static void heldOverlaps(List<Cue> cues, long[] ends, Map<Integer, String> stuck, Map<String, String> reasons) {
        long heldEnd = Long.MIN_VALUE;
        int held = 0;
        long previousStart = Long.MIN_VALUE;
        for (int j = 0; j < cues.size(); j++) {
            Cue cue = cues.get(j);
            if (cue.startMs() < previousStart) {
                return; // out of order: invalid-timing's, and the rule's staircase is not a single end
            }
            previousStart = cue.startMs();
            String key = timingKey(OVERLAP, cue.ordinal());
            if (heldEnd > cue.startMs() && !reasons.containsKey(key)) {
                String why = stuck.get(held);
                reasons.put(key, "cue " + held + " ends at " + Timecode.format(heldEnd) + ", after this cue starts, and"
                        + " could not end earlier" + (why == null ? "" : ": " + why)
                        + "; start this cue later, or join the cues, by hand");
            }
            if (ends[j] > heldEnd) {
                heldEnd = ends[j];
                held = cue.ordinal();
            }
        }
    }

    private static int words(Cue cue, FileSettings s) {
        return new CueView(cue, s.choice().profile().counting()).words();
    }

    /**
     * The limit in milliseconds: its frames' duration at {@code rate} (2 frames at 23.976 fps are
     * 83 ms, though 63 ms already rounds to 2 frames), raised if need be until it is not below the limit.
     */
    static long shortestWithin(TimeLimit limit, FrameRate rate) {
        long ms = limit.toMillis(rate);
        while (limit.isBelow(ms, rate)) {
            ms++;
        }
        return ms;
    }

    // --- whitespace ---------------------------------------------------------------------------

    /**
     * The spaces to change, one edit per {@code whitespace} finding: at either end of the line's
     * visible text, or before a punctuation mark the rule flags, the spaces go; elsewhere several
     * spaces become one.
     */
    private List<TextEdit> whitespace(String text, List<Finding> findings, FileSettings s, Map<String, String> reasons) {
        if (!rules.contains(WHITESPACE) || !s.runs(WHITESPACE)) {
            return List.of();
        }
        boolean french = isFrench(s.choice().language());
        SourceLines lines = new SourceLines(text);
        List<TextEdit> edits = new ArrayList<>();
        Set<Integer> seen = new java.util.HashSet<>();
        for (Finding f : findings) {
            if (!f.ruleId().equals(WHITESPACE) || !lines.has(f.line()) || f.column() < 1) {
                continue;
            }
            String written = lines.line(f.line());
            if (f.column() - 1 > written.codePointCount(0, written.length())) {
                continue;
            }
            int p = written.offsetByCodePoints(0, f.column() - 1);
            int q = p;
            while (q < written.length() && isSpace(written.charAt(q))) {
                q++;
            }
            if (q == p) {
                reasons.put(textKey(WHITESPACE, f.line(), f.column()), "the white space is not written as a space"
                        + " (a character reference?); correct it by hand");
                continue;
            }
            if (!seen.add(lines.start(f.line()) + p)) {
                continue;
            }
            String replacement;
            boolean leading = VisibleText.of(written.substring(0, p)).strip().isEmpty();
            if (leading || VisibleText.of(written.substring(q)).strip().isEmpty()) {
                // every space at that end of the visible text goes, also between tags (<b> <i> Hi)
                int at = lines.start(f.line());
                for (int[] run : edgeSpaces(written, leading)) {
                    if (run[0] == p || seen.add(at + run[0])) {
                        edits.add(new TextEdit(at + run[0], at + run[1], "", WHITESPACE));
                    }
                }
                continue;
            } else if (flaggedMark(written, q) && !(french && FRENCH_SPACED.indexOf(written.charAt(q)) >= 0)) {
                replacement = "";
            } else {
                replacement = written.charAt(p) == '\u3000' ? "\u3000" : " ";
            }
            if (!replacement.equals(written.substring(p, q))) {
                int at = lines.start(f.line());
                edits.add(new TextEdit(at + p, at + q, replacement, WHITESPACE));
            }
        }
        return edits;
    }

    /**
     * The runs of spaces, outside tags, before the first (or after the last) character of the
     * line that shows: those that make the visible text start (or end) with white space.
     */
    static List<int[]> edgeSpaces(String written, boolean leading) {
        List<int[]> runs = new ArrayList<>();
        int n = written.length();
        int i = leading ? 0 : n - 1;
        while (leading ? i < n : i >= 0) {
            char c = written.charAt(i);
            if (leading && c == '<' && written.indexOf('>', i) > 0) {
                i = written.indexOf('>', i) + 1;
            } else if (!leading && c == '>' && written.lastIndexOf('<', i) >= 0) {
                i = written.lastIndexOf('<', i) - 1;
            } else if (isSpace(c)) {
                int from = i;
                while ((leading ? i < n : i >= 0) && isSpace(written.charAt(i))) {
                    i += leading ? 1 : -1;
                }
                runs.add(leading ? new int[] {from, i} : new int[] {i + 1, from + 1});
            } else {
                break;
            }
        }
        return runs;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || Character.isWhitespace(c) && c != '\n' && c != '\r';
    }

    /** Whether the mark at {@code q} is one a space before is flagged for: a full-width mark, or a half-width one not before a dot, letter or digit. */
    private static boolean flaggedMark(String s, int q) {
        if (q >= s.length()) {
            return false;
        }
        char mark = s.charAt(q);
        if (FULL_WIDTH_MARKS.indexOf(mark) >= 0) {
            return true;
        }
        if (HALF_WIDTH_MARKS.indexOf(mark) < 0) {
            return false;
        }
        if (q + 1 < s.length()) {
            int next = s.codePointAt(q + 1);
            int type = Character.getType(next);
            return !(next == '.' || Character.isLetter(next) || type == Character.DECIMAL_DIGIT_NUMBER
                    || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER);
        }
        return true;
    }

    private static boolean isFrench(String language) {
        return language != null && language.length() >= 2 && language.regionMatches(true, 0, "fr", 0, 2)
                && (language.length() == 2 || language.charAt(2) == '-' || language.charAt(2) == '_');
    }

    // --- glossary -----------------------------------------------------------------------------

    /**
     * The forbidden variants to replace by the preferred term: only those written exactly as the
     * glossary lists them, and found where the line as written holds them as they show.
     */
    private List<TextEdit> glossary(String text, SubtitleDocument document, FileSettings s, Map<String, String> reasons) {
        Glossary glossary = s.glossary();
        if (!rules.contains(GLOSSARY) || !s.runs(GLOSSARY) || glossary.isEmpty()) {
            return List.of();
        }
        SourceLines lines = new SourceLines(text);
        List<TextEdit> edits = new ArrayList<>();
        for (Cue cue : document.cues()) {
            for (int k = 0; k < cue.lines().size(); k++) {
                int line = cue.textLine(k);
                String written = cue.lines().get(k);
                if (!lines.has(line) || !lines.line(line).equals(written)) {
                    continue;
                }
                String visible = VisibleText.of(written);
                for (TermMatch m : glossary.find(visible, s.choice().language())) {
                    String key = textKey(GLOSSARY, line, visible.codePointCount(0, m.start()) + 1);
                    if (!m.entry().forbidden().contains(m.found())) {
                        reasons.put(key, "'" + m.found() + "' is not written as the glossary lists the variant ("
                                + String.join(", ", m.entry().forbidden()) + "); only exact variants are replaced:"
                                + " write '" + m.entry().preferred() + "' by hand");
                        continue;
                    }
                    int at = sameOccurrence(written, visible, m);
                    if (at < 0) {
                        reasons.put(key, "'" + m.found() + "' is written with markup or character references inside;"
                                + " write '" + m.entry().preferred() + "' by hand");
                        continue;
                    }
                    int base = lines.start(line);
                    edits.add(new TextEdit(base + at, base + at + m.found().length(), m.entry().preferred(), GLOSSARY));
                }
            }
        }
        return edits;
    }

    /**
     * Where in the line as written the match found in its visible text is: the same occurrence of
     * the same characters, when the written line holds as many of them as the visible one; else -1.
     */
    private static int sameOccurrence(String written, String visible, TermMatch m) {
        if (written.equals(visible)) {
            return m.start();
        }
        List<Integer> inVisible = occurrences(visible, m.found());
        List<Integer> inWritten = occurrences(written, m.found());
        int rank = inVisible.indexOf(m.start());
        return rank < 0 || inVisible.size() != inWritten.size() ? -1 : inWritten.get(rank);
    }

    private static List<Integer> occurrences(String s, String part) {
        List<Integer> out = new ArrayList<>();
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            out.add(i);
        }
        return out;
    }
}

package io.github.subtitleqc.core.read;

import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.model.CueLayout;
import io.github.subtitleqc.core.model.Format;
import io.github.subtitleqc.core.model.Region;
import io.github.subtitleqc.core.model.SubtitleDocument;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads WebVTT ({@code .vtt}) with the W3C WebVTT file-parsing algorithm
 * (https://www.w3.org/TR/webvtt1/#file-parsing), so that the cues are those a browser shows.
 *
 * <p>NULs become U+FFFD; CR, LF and CRLF all end a line. The file must start with
 * {@code WEBVTT} followed by a space, a tab or a line end; otherwise it is rejected: one
 * {@code parse-error} that says why, and no cues. Then come the header, and blocks separated by
 * blank lines: cues (optional identifier, a timing line with settings, text), {@code NOTE}
 * comments, and {@code STYLE} and {@code REGION} blocks, which count only before the first cue. A
 * line with {@code -->} in the third or later line of a block ends that block and starts the next.
 *
 * <p>Players silently drop what they cannot read; this reader reports it. A {@code parse-error}
 * for a cue whose timing line cannot be read and for a block that is neither a cue nor a known
 * block. A {@code format} finding for what is read but not as the syntax rules say: NULs, a cue
 * not preceded by a blank line, a cue setting players ignore, a {@code STYLE} or {@code REGION}
 * block after the first cue, a file not in UTF-8.
 */
public final class WebVttReader implements SubtitleReader {

    private static final String ARROW = "-->";
    private static final String SIGNATURE = "WEBVTT";

    /** Digits and a colon as in a timestamp: a line probably meant as a timing line. */
    private static final Pattern TIME_LIKE = Pattern.compile("\\d:\\d\\d");

    @Override
    public Format format() {
        return Format.WEBVTT;
    }

    @Override
    public SubtitleDocument read(DecodedText decoded, Consumer<ReadIssue> issues) {
        if (!decoded.charset().equals(StandardCharsets.UTF_8)) {
            issues.accept(new ReadIssue(ReaderRules.FORMAT.id(), 0, 1, 1,
                    "WebVTT files must be UTF-8, but this one was read as " + decoded.charset().name()
                            + (decoded.bom() ? " (from its byte order mark)" : "")
                            + ": browsers decode it as UTF-8 and show garbled text or reject it; re-save it as UTF-8"));
        }
        return read(decoded.text(), issues);
    }

    @Override
    public SubtitleDocument read(String text, Consumer<ReadIssue> issues) {
        String input = replaceNuls(text, issues);
        List<String> lines = Lines.split(input);
        String rejection = signatureProblem(input, lines);
        if (rejection != null) {
            issues.accept(new ReadIssue(ReaderRules.PARSE_ERROR.id(), 0, 1, 1, "not a WebVTT file: " + rejection
                    + "; players reject the whole file, so no cue was read"));
            return new SubtitleDocument(Format.WEBVTT, List.of(), Optional.empty());
        }
        return new Parse(lines, issues).run();
    }

    /** Replaces each NUL by U+FFFD, as the W3C parser does, with one finding for all of them. */
    private static String replaceNuls(String text, Consumer<ReadIssue> issues) {
        int first = text.indexOf('\0');
        if (first < 0) {
            return text;
        }
        int count = 0;
        for (int i = first; i < text.length(); i++) {
            if (text.charAt(i) == '\0') {
                count++;
            }
        }
        int[] at = Lines.position(text, first);
        issues.accept(new ReadIssue(ReaderRules.FORMAT.id(), 0, at[0], at[1],
                (count == 1 ? "a NUL character (U+0000)" : count + " NUL characters (U+0000), the first here,")
                        + " in the file: players show each as '\uFFFD'; remove them"));
        return text.replace('\0', '\uFFFD');
    }

    /** Why the file does not start with the WebVTT signature, or null when it does. */
    private static String signatureProblem(String input, List<String> lines) {
        if (input.isEmpty()) {
            return "the file is empty; it must start with the line 'WEBVTT'";
        }
        String first = lines.isEmpty() ? "" : lines.get(0);
        if (first.startsWith(SIGNATURE)) {
            if (first.length() == SIGNATURE.length()) {
                return null;
            }
            char c = first.charAt(SIGNATURE.length());
            if (c == ' ' || c == '\t') {
                return null;
            }
            return "'WEBVTT' must be followed by a space, a tab or a line end, but is followed by "
                    + describe(c);
        }
        if (first.startsWith("\uFEFF")) {
            return "the file starts with a second byte order mark (U+FEFF) before 'WEBVTT'; remove it";
        }
        if (first.regionMatches(true, 0, SIGNATURE, 0, SIGNATURE.length())) {
            return "the first line must start with 'WEBVTT' in capitals, found " + Lines.quote(first);
        }
        if (first.isBlank()) {
            return "the first line must be 'WEBVTT', found " + (first.isEmpty() ? "an empty line" : "a blank line")
                    + "; remove what comes before 'WEBVTT'";
        }
        return "the first line must be 'WEBVTT', found " + Lines.quote(first);
    }

    private static String describe(char c) {
        if (c > ' ' && c < 0x7F) {
            return "'" + c + "'";
        }
        return String.format(Locale.ROOT, "U+%04X%s", (int) c, Character.getName(c) == null ? ""
                : " " + Character.getName(c));
    }

    /** The state of one read; a new one per file keeps the reader stateless. */
    private static final class Parse {
        private final List<String> lines;
        private final Consumer<ReadIssue> issues;
        private final List<Cue> cues = new ArrayList<>();
        private final List<Region> regions = new ArrayList<>();
        /** The last region defined with each identifier, the one a cue's region: setting names. */
        private final Map<String, Region> regionsById = new HashMap<>();
        private final List<String> styleSheets = new ArrayList<>();
        private final Occurrences noBlankLineBefore = new Occurrences();
        private boolean seenCue;
        private String language;
        private String kind;
        /** True when the block just collected was ended by a line with '-->' rather than a blank line. */
        private boolean endedByArrow;
        private boolean previousWasCue;

        Parse(List<String> lines, Consumer<ReadIssue> issues) {
            this.lines = lines;
            this.issues = issues;
        }

        SubtitleDocument run() {
            int n = lines.size();
            int i = 1; // the signature line is read
            if (i < n && !lines.get(i).isEmpty()) {
                i = header(i);
                if (endedByArrow) {
                    issue(ReaderRules.FORMAT.id(), 0, i + 1, 1, "the header has no blank line after it, so the "
                            + "timing line at line " + (i + 1) + " starts the first cue: add a blank line before it");
                    endedByArrow = false;
                }
            }
            i = skipEmpty(i);
            while (i < n) {
                int first = i;
                boolean startsRightAfter = endedByArrow && first > 0 && !lines.get(first - 1).isEmpty();
                i = block(i, startsRightAfter);
                i = skipEmpty(i);
            }
            if (noBlankLineBefore.count() > 0) {
                issue(ReaderRules.FORMAT.id(), noBlankLineBefore.cue(), noBlankLineBefore.line(), 1,
                        "cue " + noBlankLineBefore.cue() + " starts right after the line above it, without a blank line"
                                + noBlankLineBefore.times("cues") + ": players read it as a new cue, but WebVTT requires "
                                + "a blank line between blocks; add one");
            }
            return new SubtitleDocument(Format.WEBVTT, cues, Optional.ofNullable(language), regions, styleSheets,
                    Optional.ofNullable(kind));
        }

        private int skipEmpty(int i) {
            while (i < lines.size() && lines.get(i).isEmpty()) {
                i++;
            }
            return i;
        }

        /** The header block: lines up to a blank line, or up to a line with '-->'. */
        private int header(int i) {
            endedByArrow = false;
            while (i < lines.size()) {
                String line = lines.get(i);
                if (line.isEmpty()) {
                    return i;
                }
                if (line.contains(ARROW)) {
                    endedByArrow = true;
                    return i;
                }
                int colon = line.indexOf(':');
                if (colon > 0 && isLanguageKey(line.substring(0, colon).strip().toLowerCase(Locale.ROOT))) {
                    String value = line.substring(colon + 1).strip();
                    if (!value.isEmpty()) {
                        language = value;
                    }
                }
                if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals("kind")) {
                    String value = line.substring(colon + 1).strip();
                    if (!value.isEmpty()) {
                        kind = value;
                    }
                }
                i++;
            }
            return i;
        }

        /**
         * A header line naming the language: {@code Language:} (YouTube, many players) or
         * {@code lang:} (Able Player's demo files).
         */
        private static boolean isLanguageKey(String key) {
            return key.equals("language") || key.equals("lang");
        }

        /**
         * Collects one block starting at line {@code first} (W3C "collect a WebVTT block", without
         * the header flag); returns the index of the line after it.
         */
        private int block(int first, boolean startsRightAfter) {
            int n = lines.size();
            int i = first;
            int lineCount = 0;
            int previous = i;
            boolean seenArrow = false;
            List<String> buffer = new ArrayList<>();
            CueBuilder cue = null;
            boolean failedTiming = false;
            int style = -1;
            int region = -1;
            String firstLine = lines.get(first);
            endedByArrow = false;
            while (i < n) {
                String line = lines.get(i);
                lineCount++;
                i++;
                if (line.contains(ARROW)) {
                    if (lineCount == 1 || (lineCount == 2 && !seenArrow)) {
                        seenArrow = true;
                        previous = i;
                        String id = buffer.isEmpty() ? "" : buffer.get(0);
                        cue = timing(line, i, id, firstLine);
                        if (cue == null) {
                            failedTiming = true;
                        } else {
                            buffer.clear();
                            seenCue = true;
                        }
                    } else {
                        i = previous;
                        endedByArrow = true;
                        break;
                    }
                } else if (line.isEmpty()) {
                    break;
                } else {
                    if (lineCount == 2 && buffer.size() == 1) {
                        String b = buffer.get(0);
                        if (!seenCue && isKeywordLine(b, "STYLE")) {
                            style = first;
                            buffer.clear();
                        } else if (!seenCue && isKeywordLine(b, "REGION")) {
                            region = first;
                            buffer.clear();
                        }
                    }
                    buffer.add(line);
                    previous = i;
                }
            }
            if (cue != null) {
                if (startsRightAfter) {
                    noBlankLineBefore.seen(cues.size() + 1, cue.timingLine, 1, null);
                }
                addCue(cue, buffer);
                previousWasCue = true;
                return i;
            }
            if (style >= 0) {
                styleSheets.add(String.join("\n", buffer));
            } else if (region >= 0) {
                Region r = regionSettings(String.join("\n", buffer), region + 1);
                regions.add(r);
                regionsById.put(r.id(), r);
            } else if (!failedTiming) {
                otherBlock(first, firstLine);
            }
            previousWasCue = false;
            return i;
        }

        /** A block without a cue, a style sheet or a region: a comment, or something players ignore. */
        private void otherBlock(int first, String firstLine) {
            if (firstLine.equals("NOTE") || firstLine.startsWith("NOTE ") || firstLine.startsWith("NOTE\t")) {
                return;
            }
            String keyword = firstLine.startsWith("STYLE") ? "STYLE" : firstLine.startsWith("REGION") ? "REGION" : null;
            if (keyword != null && isKeywordLine(firstLine, keyword)) {
                issue(ReaderRules.FORMAT.id(), 0, first + 1, 1, keyword + " block "
                        + (seenCue ? "after the first cue: players ignore it; move it before the first cue"
                        : "with nothing in it: players ignore it; remove it"));
                return;
            }
            issue(ReaderRules.PARSE_ERROR.id(), 0, first + 1, 1, "the block at line " + (first + 1) + " ("
                    + Lines.quote(firstLine) + ") has no timing line ('00:01.000 --> 00:02.000') and is not a NOTE, "
                    + "STYLE or REGION block: players ignore it; "
                    + (TIME_LIKE.matcher(firstLine).find() ? "if its first line is meant as a timing line, write it as"
                    + " 00:01.000 --> 00:02.000 with the arrow '-->'"
                    : previousWasCue ? "if it is more text of the cue above, remove the blank line before it, "
                    + "else add a timing line" : "add a timing line, or start it with NOTE if it is a comment"));
        }

        private static boolean isKeywordLine(String line, String keyword) {
            if (!line.startsWith(keyword)) {
                return false;
            }
            for (int k = keyword.length(); k < line.length(); k++) {
                if (!isAsciiWhitespace(line.charAt(k))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Reads a timing line (W3C "collect WebVTT cue timings and settings"); null, with a
         * finding, when it cannot be read.
         */
        private CueBuilder timing(String line, int lineNumber, String id, String blockFirstLine) {
            Cursor c = new Cursor(line);
            c.skipWhitespace();
            long start = c.timestamp("start time");
            if (start >= 0) {
                c.skipWhitespace();
                if (!c.consume(ARROW)) {
                    c.fail("'-->' must follow the start time");
                    start = -1;
                }
            }
            long end = -1;
            if (start >= 0) {
                c.skipWhitespace();
                end = c.timestamp("end time");
            }
            if (start < 0 || end < 0) {
                String hint = blockFirstLine.startsWith("NOTE") ? " (a NOTE block must not contain '-->')" : "";
                issue(ReaderRules.PARSE_ERROR.id(), 0, lineNumber, c.failedAt + 1,
                        "cannot read the timing line " + Lines.quote(line) + hint + ": " + c.failure
                                + "; write it as 00:01.000 --> 00:02.000 (or 01:02:03.000 with hours); "
                                + "players drop this cue");
                return null;
            }
            String remainder = c.rest();
            CueBuilder cue = new CueBuilder(id, start, end, lineNumber, remainder.strip());
            cue.layout = settings(remainder, line.length() - remainder.length(), lineNumber, cues.size() + 1);
            return cue;
        }

        private void addCue(CueBuilder b, List<String> text) {
            int ordinal = cues.size() + 1;
            cues.add(new Cue(ordinal, b.id.isEmpty() ? null : b.id, b.start, b.end, text, b.timingLine,
                    b.timingLine + 1, b.settings, b.layout));
        }

        /** W3C "parse the WebVTT cue settings"; a setting players ignore is a finding. */
        private CueLayout settings(String input, int offset, int lineNumber, int ordinal) {
            String vertical = "";
            OptionalDouble line = OptionalDouble.empty();
            boolean snapToLines = true;
            String lineAlign = "start";
            OptionalDouble position = OptionalDouble.empty();
            String positionAlign = "auto";
            double size = 100;
            String align = "center";
            Region region = null;
            int k = 0;
            while (k < input.length()) {
                while (k < input.length() && isAsciiWhitespace(input.charAt(k))) {
                    k++;
                }
                int startOfToken = k;
                while (k < input.length() && !isAsciiWhitespace(input.charAt(k))) {
                    k++;
                }
                if (startOfToken == k) {
                    break;
                }
                String setting = input.substring(startOfToken, k);
                int column = offset + startOfToken + 1;
                int colon = setting.indexOf(':');
                if (colon <= 0 || colon == setting.length() - 1) {
                    ignoredSetting(ordinal, lineNumber, column, setting, "is not written as name:value");
                    continue;
                }
                String name = setting.substring(0, colon);
                String value = setting.substring(colon + 1);
                switch (name) {
                    case "region" -> {
                        region = regionsById.get(value);
                        if (region == null) {
                            ignoredSetting(ordinal, lineNumber, column, setting,
                                    "names no REGION defined before the first cue");
                        }
                    }
                    case "vertical" -> {
                        if (value.equals("rl") || value.equals("lr")) {
                            vertical = value;
                            region = null;
                        } else {
                            ignoredSetting(ordinal, lineNumber, column, setting, "must be vertical:rl or vertical:lr");
                        }
                    }
                    case "line" -> {
                        int comma = value.indexOf(',');
                        String linePos = comma >= 0 ? value.substring(0, comma) : value;
                        String lineAlignValue = comma >= 0 ? value.substring(comma + 1) : null;
                        double number = lineNumber(linePos);
                        boolean alignOk = lineAlignValue == null || lineAlignValue.equals("start")
                                || lineAlignValue.equals("center") || lineAlignValue.equals("end");
                        if (Double.isNaN(number) || !alignOk) {
                            ignoredSetting(ordinal, lineNumber, column, setting, "must be a number of lines or a "
                                    + "percentage, optionally followed by ,start ,center or ,end");
                            continue;
                        }
                        if (lineAlignValue != null) {
                            lineAlign = lineAlignValue;
                        }
                        line = OptionalDouble.of(number);
                        snapToLines = !linePos.endsWith("%");
                        region = null;
                    }
                    case "position" -> {
                        int comma = value.indexOf(',');
                        String colPos = comma >= 0 ? value.substring(0, comma) : value;
                        String colAlign = comma >= 0 ? value.substring(comma + 1) : null;
                        double number = percentage(colPos);
                        boolean alignOk = colAlign == null || colAlign.equals("line-left")
                                || colAlign.equals("center") || colAlign.equals("line-right");
                        if (Double.isNaN(number) || !alignOk) {
                            ignoredSetting(ordinal, lineNumber, column, setting, "must be a percentage from 0% to 100%, "
                                    + "optionally followed by ,line-left ,center or ,line-right");
                            continue;
                        }
                        if (colAlign != null) {
                            positionAlign = colAlign;
                        }
                        position = OptionalDouble.of(number);
                    }
                    case "size" -> {
                        double number = percentage(value);
                        if (Double.isNaN(number)) {
                            ignoredSetting(ordinal, lineNumber, column, setting, "must be a percentage from 0% to 100%");
                            continue;
                        }
                        size = number;
                        if (size != 100) {
                            region = null;
                        }
                    }
                    case "align" -> {
                        switch (value) {
                            case "start", "center", "end", "left", "right" -> align = value;
                            default -> ignoredSetting(ordinal, lineNumber, column, setting,
                                    "must be align:start, center, end, left or right");
                        }
                    }
                    default -> ignoredSetting(ordinal, lineNumber, column, setting,
                            "is not a WebVTT cue setting (those are vertical, line, position, size, align and region)");
                }
            }
            return new CueLayout(vertical, line, snapToLines, lineAlign, position, positionAlign, size, align,
                    Optional.ofNullable(region));
        }

        private void ignoredSetting(int ordinal, int lineNumber, int column, String setting, String why) {
            issue(ReaderRules.FORMAT.id(), ordinal, lineNumber, column, "cue setting " + Lines.quote(setting) + " " + why
                    + ": players ignore it");
        }

        /** W3C "collect WebVTT region settings". */
        private Region regionSettings(String input, int lineNumber) {
            Region r = Region.defaults(lineNumber);
            String id = r.id();
            double width = r.width();
            double regionLines = r.lines();
            double anchorX = r.regionAnchorX();
            double anchorY = r.regionAnchorY();
            double viewportX = r.viewportAnchorX();
            double viewportY = r.viewportAnchorY();
            String scroll = r.scroll();
            for (String setting : splitOnSpaces(input)) {
                int colon = setting.indexOf(':');
                if (colon <= 0 || colon == setting.length() - 1) {
                    continue;
                }
                String name = setting.substring(0, colon);
                String value = setting.substring(colon + 1);
                switch (name) {
                    case "id" -> id = value;
                    case "width" -> {
                        double p = percentage(value);
                        if (!Double.isNaN(p)) {
                            width = p;
                        }
                    }
                    case "lines" -> {
                        if (allAsciiDigits(value)) {
                            regionLines = Double.parseDouble(value);
                        }
                    }
                    case "regionanchor", "viewportanchor" -> {
                        int comma = value.indexOf(',');
                        if (comma < 0) {
                            continue;
                        }
                        double x = percentage(value.substring(0, comma));
                        double y = percentage(value.substring(comma + 1));
                        if (Double.isNaN(x) || Double.isNaN(y)) {
                            continue;
                        }
                        if (name.equals("regionanchor")) {
                            anchorX = x;
                            anchorY = y;
                        } else {
                            viewportX = x;
                            viewportY = y;
                        }
                    }
                    case "scroll" -> {
                        if (value.equals("up")) {
                            scroll = "up";
                        }
                    }
                    default -> {
                        // unknown region settings are ignored, as by players
                    }
                }
            }
            return new Region(id, width, regionLines, anchorX, anchorY, viewportX, viewportY, scroll, lineNumber);
        }

        private void issue(String rule, int cue, int line, int column, String message) {
            issues.accept(new ReadIssue(rule, cue, line, column, message));
        }
    }

    /** A cue whose timing line was read, waiting for its text. */
    private static final class CueBuilder {
        final String id;
        final long start;
        final long end;
        final int timingLine;
        final String settings;
        CueLayout layout = CueLayout.DEFAULT;

        CueBuilder(String id, long start, long end, int timingLine, String settings) {
            this.id = id;
            this.start = start;
            this.end = end;
            this.timingLine = timingLine;
            this.settings = settings;
        }
    }

    /** A deviation reported once per file, at its first cue, with how often it occurs. */
    /** W3C "split a string on spaces": tokens separated by ASCII whitespace. */
    private static List<String> splitOnSpaces(String input) {
        List<String> tokens = new ArrayList<>();
        int k = 0;
        while (k < input.length()) {
            while (k < input.length() && isAsciiWhitespace(input.charAt(k))) {
                k++;
            }
            int start = k;
            while (k < input.length() && !isAsciiWhitespace(input.charAt(k))) {
                k++;
            }
            if (k > start) {
                tokens.add(input.substring(start, k));
            }
        }
        return tokens;
    }

    /** W3C "parse a percentage string": a number from 0 to 100 followed by '%', else NaN. */
    static double percentage(String input) {
        int n = input.length();
        if (n < 2 || input.charAt(n - 1) != '%') {
            return Double.NaN;
        }
        int k = 0;
        while (k < n - 1 && isAsciiDigit(input.charAt(k))) {
            k++;
        }
        if (k == 0) {
            return Double.NaN;
        }
        if (k < n - 1) {
            if (input.charAt(k) != '.') {
                return Double.NaN;
            }
            int fraction = ++k;
            while (k < n - 1 && isAsciiDigit(input.charAt(k))) {
                k++;
            }
            if (k == fraction || k != n - 1) {
                return Double.NaN;
            }
        }
        double value = htmlFloat(input.substring(0, n - 1));
        return value >= 0 && value <= 100 ? value : Double.NaN;
    }

    /** The number of a {@code line:} setting's position part (W3C §6.3 "line"), or NaN. */
    static double lineNumber(String linePos) {
        if (!linePos.chars().anyMatch(c -> isAsciiDigit((char) c))) {
            return Double.NaN;
        }
        if (linePos.endsWith("%")) {
            return percentage(linePos);
        }
        int dots = 0;
        for (int k = 0; k < linePos.length(); k++) {
            char c = linePos.charAt(k);
            if (c == '-') {
                if (k != 0) {
                    return Double.NaN;
                }
            } else if (c == '.') {
                dots++;
                if (k == 0 || k == linePos.length() - 1 || !isAsciiDigit(linePos.charAt(k - 1))
                        || !isAsciiDigit(linePos.charAt(k + 1))) {
                    return Double.NaN;
                }
            } else if (!isAsciiDigit(c)) {
                return Double.NaN;
            }
        }
        return dots > 1 ? Double.NaN : htmlFloat(linePos);
    }

    /**
     * HTML "rules for parsing floating-point number values" for input already checked to be an
     * optional '-', digits and at most one '.': nearest double, -0 as 0, overflow as an error (NaN).
     */
    private static double htmlFloat(String s) {
        double value = Double.parseDouble(s);
        if (Double.isInfinite(value)) {
            return Double.NaN;
        }
        return value == 0 ? 0.0 : value;
    }

    private static boolean allAsciiDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (!isAsciiDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** ASCII whitespace as the W3C parser counts it: tab, LF, FF, CR and space. */
    private static boolean isAsciiWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    /** A position in one line, with the W3C timestamp grammar and a reason when it fails. */
    private static final class Cursor {
        private final String s;
        private int position;
        String failure;
        int failedAt;

        Cursor(String s) {
            this.s = s;
        }

        void skipWhitespace() {
            while (position < s.length() && isAsciiWhitespace(s.charAt(position))) {
                position++;
            }
        }

        boolean consume(String token) {
            if (s.startsWith(token, position)) {
                position += token.length();
                return true;
            }
            return false;
        }

        String rest() {
            return s.substring(position);
        }

        void fail(String why) {
            if (failure == null) {
                failure = why;
                failedAt = position;
            }
        }

        private boolean at(char c) {
            return position < s.length() && s.charAt(position) == c;
        }

        /**
         * W3C "collect a WebVTT timestamp": {@code mm:ss.ttt} or {@code h…h:mm:ss.ttt}; returns
         * milliseconds, or -1 with {@link #failure} set ({@code what} names it there).
         */
        long timestamp(String what) {
            int begin = position;
            if (position >= s.length() || !isAsciiDigit(s.charAt(position))) {
                if (position >= s.length() || s.startsWith(ARROW, position)) {
                    fail("the " + what + " is missing");
                } else if (at('-') && position + 1 < s.length() && isAsciiDigit(s.charAt(position + 1))) {
                    fail("the " + what + " cannot be negative");
                } else {
                    fail("the " + what + " must start with a digit");
                }
                return -1;
            }
            int digitsStart = position;
            long value1 = digits();
            int count1 = position - digitsStart;
            boolean hours = count1 != 2 || value1 > 59;
            if (!consume(":")) {
                fail("expected ':' after " + Lines.quote(s.substring(begin, position)));
                return -1;
            }
            long value2 = exactDigits(2, "minutes and seconds must have two digits each");
            if (value2 < 0) {
                return -1;
            }
            long value3;
            if (hours || at(':')) {
                if (!consume(":")) {
                    fail(count1 != 2 ? "a first number without two digits is read as hours, so ':' and the seconds"
                            + " must follow the minutes"
                            : "a first number above 59 is read as hours, so ':' and the seconds must follow the minutes");
                    return -1;
                }
                value3 = exactDigits(2, "minutes and seconds must have two digits each");
                if (value3 < 0) {
                    return -1;
                }
            } else {
                value3 = value2;
                value2 = value1;
                value1 = 0;
            }
            if (!consume(".")) {
                fail(at(',') ? "WebVTT needs a '.' before the milliseconds, not ','"
                        : "expected '.' and three digits of milliseconds after the seconds");
                return -1;
            }
            long value4 = exactDigits(3, "the milliseconds must have exactly three digits");
            if (value4 < 0) {
                return -1;
            }
            if (value2 > 59 || value3 > 59) {
                position = begin;
                fail("minutes and seconds must be below 60");
                return -1;
            }
            return value1 * 3_600_000 + value2 * 60_000 + value3 * 1000 + value4;
        }

        private long digits() {
            long value = 0;
            while (position < s.length() && isAsciiDigit(s.charAt(position))) {
                // hours beyond a billion are kept at a billion: no overflow, still far past any video
                value = Math.min(value * 10 + (s.charAt(position) - '0'), 999_999_999L);
                position++;
            }
            return value;
        }

        private long exactDigits(int count, String why) {
            int start = position;
            long value = digits();
            if (position - start != count) {
                position = start;
                fail(why);
                return -1;
            }
            return value;
        }
    }
}

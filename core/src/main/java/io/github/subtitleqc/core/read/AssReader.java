package io.github.subtitleqc.core.read;

import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.model.CueLayout;
import io.github.subtitleqc.core.model.Format;
import io.github.subtitleqc.core.model.SubtitleDocument;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads Advanced SubStation Alpha ({@code .ass}, v4+) and SubStation Alpha ({@code .ssa}, v4)
 * leniently, line by line, as libass and Aegisub read them.
 *
 * <p>The file is made of sections: {@code [Script Info]} (from which {@code WrapStyle} and
 * {@code Language} are used), {@code [V4+ Styles]} or {@code [V4 Styles]} (whose style names are
 * collected), {@code [Events]}, and {@code [Fonts]}, {@code [Graphics]} and Aegisub's own sections,
 * which are skipped. Lines starting with {@code ;} are comments everywhere. In {@code [Events]},
 * the {@code Format:} line names the fields of each event in the order they are written; every
 * {@code Dialogue:} line is a cue, its last field (normally {@code Text}) taking the rest of the
 * line, commas and all. {@code Comment:} lines and the other event types of SSA ({@code Picture:},
 * {@code Sound:}, {@code Movie:}, {@code Command:}) are not cues.
 *
 * <p>A cue's text lines are the Dialogue text split at {@code \N}, and at {@code \n} under
 * {@code WrapStyle: 2} (elsewhere {@code \n} is a space, as libass shows it). Override blocks
 * {@code {\...}} are kept in the lines ({@link io.github.subtitleqc.core.text.VisibleText} removes
 * them); what it would not remove is taken out here: other brace blocks (comments such as
 * {@code {TL note}}) and the text drawn while drawing mode is on ({@code {\p1}m 0 0 l 10 0{\p0}}).
 * {@code \h} becomes a no-break space (U+00A0). A cue's group, which {@code overlap} and
 * {@code min-gap} compare within, is its layer and its style: {@code "0/Default"}.
 *
 * <p>Read anyway with a {@code format} finding (once per file, counted): a file that does not start
 * with {@code [Script Info]}, an unknown section, an {@code [Events]} section without a
 * {@code Format:} line (the v4+ order, or v4's for an SSA file, is assumed), a Format line without
 * {@code Text} last, a time with {@code :} instead of {@code .} before the centiseconds or with
 * other than two digits of centiseconds, a layer that is not a whole number, a line that is not
 * understood. A {@code parse-error} at the line and column: a Dialogue with too few fields or an
 * unreadable time (the cue is skipped), a Format line without {@code Start}, {@code End} or
 * {@code Text}, a file without events.
 */
public final class AssReader implements SubtitleReader {

    /** The v4+ event fields, as Aegisub writes them. */
    static final List<String> V4_PLUS_EVENT_FORMAT = List.of("layer", "start", "end", "style", "name", "marginl",
            "marginr", "marginv", "effect", "text");

    /** The v4 (SSA) event fields. */
    static final List<String> V4_EVENT_FORMAT = List.of("marked", "start", "end", "style", "name", "marginl",
            "marginr", "marginv", "effect", "text");

    @Override
    public Format format() {
        return Format.ASS;
    }

    @Override
    public SubtitleDocument read(String text, Consumer<ReadIssue> issues) {
        return new Parse(Lines.split(text), issues).run();
    }

    private enum Section {
        NONE, INFO, STYLES, EVENTS, SKIPPED
    }

    /** The state of one read. */
    private static final class Parse {
        private final List<String> lines;
        private final Consumer<ReadIssue> issues;
        private final List<Cue> cues = new ArrayList<>();
        private final List<ReadIssue> parseErrors = new ArrayList<>();
        private final Set<String> styles = new HashSet<>();
        private final Quirk noScriptInfo = new Quirk();
        private final Quirk unknownSection = new Quirk();
        private final Quirk noFormat = new Quirk();
        private final Quirk textNotLast = new Quirk();
        private final Quirk colonBeforeCentis = new Quirk();
        private final Quirk centisDigits = new Quirk();
        private final Quirk badLayer = new Quirk();
        private final Quirk undefinedStyle = new Quirk();
        private final Quirk notUnderstood = new Quirk();
        private Section section = Section.NONE;
        private boolean sawEvents;
        private boolean v4;
        private int wrapStyle;
        private String language;
        /** The event fields of the Format line in force, lower case, or null before one. */
        private List<String> eventFormat;
        /** The event fields as the Format line writes them, for messages. */
        private List<String> eventFormatWritten;

        Parse(List<String> lines, Consumer<ReadIssue> issues) {
            this.lines = lines;
            this.issues = issues;
        }

        SubtitleDocument run() {
            boolean first = true;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                int at = 0;
                while (at < line.length() && (line.charAt(at) == ' ' || line.charAt(at) == '\t')) {
                    at++;
                }
                if (at == line.length() || line.charAt(at) == ';') {
                    continue;
                }
                if (line.startsWith("!:", at)) {
                    continue; // an SSA comment
                }
                int number = i + 1;
                if (line.charAt(at) == '[' && line.stripTrailing().endsWith("]")) {
                    String name = line.strip();
                    name = name.substring(1, name.length() - 1).strip();
                    if (first && !name.equalsIgnoreCase("Script Info")) {
                        noScriptInfo.seen(0, number, at + 1, "the file starts with [" + name + "]");
                    }
                    first = false;
                    section(name, number, at + 1);
                    continue;
                }
                if (first) {
                    noScriptInfo.seen(0, number, at + 1, "the file starts with " + Lines.quote(line)
                            + " (a part of a script?)");
                    first = false;
                }
                switch (section) {
                    case INFO -> info(line, at, number);
                    case STYLES -> style(line, at, number);
                    case EVENTS, NONE -> event(line, at, number);
                    case SKIPPED -> {
                    }
                }
            }
            finish();
            return new SubtitleDocument(Format.ASS, cues, Optional.ofNullable(language));
        }

        private void section(String name, int line, int column) {
            switch (name.toLowerCase(Locale.ROOT)) {
                case "script info" -> section = Section.INFO;
                case "v4+ styles", "v4 styles+" -> section = Section.STYLES;
                case "v4 styles" -> {
                    section = Section.STYLES;
                    v4 = true;
                }
                case "events" -> {
                    section = Section.EVENTS;
                    sawEvents = true;
                    eventFormat = null;
                    eventFormatWritten = null;
                }
                case "fonts", "graphics", "aegisub project garbage", "aegisub extradata" -> section = Section.SKIPPED;
                default -> {
                    section = Section.SKIPPED;
                    unknownSection.seen(0, line, column, "the section [" + name + "] is not an ASS section");
                }
            }
        }

        private void info(String line, int at, int number) {
            int colon = line.indexOf(':', at);
            if (colon < 0) {
                notUnderstood.seen(0, number, at + 1, Lines.quote(line));
                return;
            }
            String key = line.substring(at, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "wrapstyle" -> wrapStyle = leadingInt(value);
                case "language" -> language = value.isEmpty() ? null : value;
                case "scripttype", "script type" -> v4 |= value.toLowerCase(Locale.ROOT).matches("v?4(\\.0+)?");
                default -> {
                }
            }
        }

        private void style(String line, int at, int number) {
            int colon = line.indexOf(':', at);
            String key = colon < 0 ? "" : line.substring(at, colon).strip().toLowerCase(Locale.ROOT);
            if (key.equals("style")) {
                int comma = line.indexOf(',', colon);
                styles.add(styleName(line.substring(colon + 1, comma < 0 ? line.length() : comma)));
            } else if (!key.equals("format")) {
                notUnderstood.seen(0, number, at + 1, Lines.quote(line));
            }
        }

        /** A style name as players look it up: SSA's leading {@code *} removed, spaces around it too. */
        private static String styleName(String written) {
            String s = written.strip();
            int k = 0;
            while (k < s.length() && s.charAt(k) == '*') {
                k++;
            }
            s = s.substring(k).strip();
            return s.isEmpty() ? "Default" : s;
        }

        private void event(String line, int at, int number) {
            int colon = line.indexOf(':', at);
            String key = colon < 0 ? "" : line.substring(at, colon).strip().toLowerCase(Locale.ROOT);
            switch (key) {
                case "format" -> format(line, colon + 1, number);
                case "dialogue" -> dialogue(line, colon + 1, number);
                case "comment", "picture", "sound", "movie", "command" -> {
                }
                default -> notUnderstood.seen(0, number, at + 1, Lines.quote(line));
            }
        }

        private void format(String line, int from, int number) {
            List<String> fields = new ArrayList<>();
            List<String> written = new ArrayList<>();
            for (String f : line.substring(from).split(",", -1)) {
                fields.add(f.strip().toLowerCase(Locale.ROOT));
                written.add(f.strip());
            }
            List<String> missing = new ArrayList<>();
            for (String required : List.of("start", "end", "text")) {
                if (!fields.contains(required)) {
                    missing.add(required.substring(0, 1).toUpperCase(Locale.ROOT) + required.substring(1));
                }
            }
            if (!missing.isEmpty()) {
                parseError(number, from + 1, "the Format line " + Lines.quote(line) + " names no "
                        + String.join(" and no ", missing) + " field: the " + (v4 ? "v4" : "v4+")
                        + " order is assumed instead (" + defaultFormatText() + ")");
                eventFormat = defaultFormat();
                eventFormatWritten = null;
                return;
            }
            if (!fields.get(fields.size() - 1).equals("text")) {
                textNotLast.seen(0, number, from + 1, null);
            }
            eventFormat = fields;
            eventFormatWritten = written;
        }

        private List<String> defaultFormat() {
            return v4 ? V4_EVENT_FORMAT : V4_PLUS_EVENT_FORMAT;
        }

        private String defaultFormatText() {
            return (v4 ? "Marked" : "Layer") + ", Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text";
        }

        private void dialogue(String line, int from, int number) {
            if (eventFormat == null) {
                noFormat.seen(0, number, 1, null);
                eventFormat = defaultFormat();
                eventFormatWritten = null;
            }
            List<String> format = eventFormat;
            int n = format.size();
            int[] starts = new int[n];
            int[] ends = new int[n];
            int p = from;
            while (p < line.length() && line.charAt(p) == ' ') {
                p++;
            }
            for (int k = 0; k < n; k++) {
                starts[k] = p;
                int comma = k == n - 1 ? -1 : line.indexOf(',', p);
                if (comma < 0 && k < n - 1) {
                    parseError(number, line.length() + 1, "the Dialogue line has " + (k + 1) + " field"
                            + (k == 0 ? "" : "s") + " where " + (eventFormatWritten == null ? "the assumed order has " + n
                            + " (" + defaultFormatText() + ")" : "the Format line names " + n + " ("
                            + fieldList(eventFormatWritten) + ")") + ": the cue is skipped");
                    return;
                }
                ends[k] = comma < 0 ? line.length() : comma;
                p = ends[k] + 1;
            }
            int startField = format.indexOf("start");
            int endField = format.indexOf("end");
            int textField = format.indexOf("text");
            int layerField = format.indexOf("layer");
            int styleField = format.indexOf("style");
            long start = time(line, starts[startField], ends[startField], "start", number);
            long end = time(line, starts[endField], ends[endField], "end", number);
            if (start < 0 || end < 0) {
                return;
            }
            int ordinal = cues.size() + 1;
            long layer = 0;
            if (layerField >= 0) {
                String written = line.substring(starts[layerField], ends[layerField]).strip();
                if (!written.matches("-?\\d{1,9}")) {
                    layer = leadingInt(written);
                    badLayer.seen(ordinal, number, starts[layerField] + 1, "the layer " + Lines.quote(written)
                            + " is not a whole number: read as " + layer + ", as libass reads it");
                } else {
                    layer = Long.parseLong(written);
                }
            }
            String style = styleField < 0 ? "Default" : styleName(line.substring(starts[styleField], ends[styleField]));
            if (styleField >= 0 && !styles.isEmpty() && !styles.contains(style)) {
                undefinedStyle.seen(ordinal, number, starts[styleField] + 1, "the style " + Lines.quote(style)
                        + " is not defined in the styles section");
            }
            AssText text = AssText.of(line.substring(starts[textField], ends[textField]), wrapStyle == 2);
            List<Integer> sourceLines = new ArrayList<>(text.lines().size());
            List<Integer> sourceColumns = new ArrayList<>(text.lines().size());
            for (int offset : text.offsets()) {
                sourceLines.add(number);
                sourceColumns.add(starts[textField] + offset + 1);
            }
            cues.add(new Cue(ordinal, null, start, end, text.lines(), number, number, "", CueLayout.DEFAULT,
                    layer + "/" + style, sourceLines, sourceColumns));
        }

        private static String fieldList(List<String> format) {
            List<String> names = new ArrayList<>();
            for (String f : format) {
                names.add(f.isEmpty() ? "''" : f);
            }
            return String.join(", ", names);
        }

        /** Reads a time field {@code h:mm:ss.cc}; its milliseconds, or -1 after a parse error. */
        private long time(String line, int from, int to, String what, int number) {
            AssTime t = AssTime.parse(line, from, to);
            if (t.failure != null) {
                parseError(number, t.column, "cannot read the " + what + " time " + Lines.quote(line.substring(from, to))
                        + ": " + t.failure + "; write it as 0:00:01.50; the cue is skipped");
                return -1;
            }
            int ordinal = cues.size() + 1;
            if (t.colon) {
                colonBeforeCentis.seen(ordinal, number, from + 1, null);
            }
            if (t.digits != 2) {
                centisDigits.seen(ordinal, number, from + 1, null);
            }
            return t.ms;
        }

        private static int leadingInt(String s) {
            int k = 0;
            String t = s.strip();
            boolean negative = false;
            if (k < t.length() && (t.charAt(k) == '-' || t.charAt(k) == '+')) {
                negative = t.charAt(k) == '-';
                k++;
            }
            long value = 0;
            while (k < t.length() && t.charAt(k) >= '0' && t.charAt(k) <= '9' && value < 1_000_000_000) {
                value = value * 10 + (t.charAt(k) - '0');
                k++;
            }
            return (int) (negative ? -value : value);
        }

        private void parseError(int line, int column, String message) {
            parseErrors.add(new ReadIssue(ReaderRules.PARSE_ERROR.id(), 0, line, column, message));
        }

        private void finish() {
            if (cues.isEmpty() && parseErrors.isEmpty() && !sawEvents) {
                boolean blank = true;
                for (String l : lines) {
                    blank &= Lines.isBlank(l);
                }
                issue(ReaderRules.PARSE_ERROR.id(), 0, 1, 1, blank
                        ? "no ASS/SSA script in this file: it is empty" + (lines.isEmpty() ? "" : " but for blank lines")
                        : "no [Events] section and no Dialogue line in this file: it has no subtitles");
            }
            parseErrors.forEach(issues);
            noScriptInfo.report("", "", "an ASS/SSA script starts with [Script Info]");
            unknownSection.report("", "sections", "its lines are skipped, as players skip them");
            noFormat.report("the [Events] section has no Format line before its first Dialogue line", "",
                    "the " + (v4 ? "v4" : "v4+") + " order is assumed (" + defaultFormatText()
                            + "); add the Format line");
            textNotLast.report("the Format line does not end with Text", "",
                    "a comma in the text then splits it; end the Format line with Text");
            colonBeforeCentis.report("time with ':' instead of '.' before the centiseconds", "Dialogue lines",
                    "read as centiseconds; write times as 0:00:01.50");
            centisDigits.report("time not written with two digits of centiseconds (read as a decimal fraction of a"
                    + " second as Aegisub reads it: '.5' is 500 ms, where libass reads 50 ms)", "Dialogue lines",
                    "write times as 0:00:01.50");
            undefinedStyle.report("", "Dialogue lines", "players show it in the Default style; define it or use"
                    + " a defined style");
            badLayer.report("", "Dialogue lines", "write the layer as a whole number such as 0");
            notUnderstood.report("is not understood and is skipped", "lines",
                    "write 'Key: value' lines, or start a comment with ';'");
        }

        private void issue(String rule, int cue, int line, int column, String message) {
            issues.accept(new ReadIssue(rule, cue, line, column, message));
        }

        /** A deviation of this file, reported once through {@link Occurrences#report}. */
        private final class Quirk extends Occurrences {

            void report(String what, String unit, String fix) {
                report(issues, what, unit, fix);
            }
        }
    }

    /**
     * One time field read leniently: {@code h:mm:ss} then {@code .} (or {@code :}, {@code ,}) and
     * a fraction of a second, white space around it allowed.
     */
    static final class AssTime {
        long ms = -1;
        String failure;
        int column;
        boolean colon;
        int digits = 2;

        static AssTime parse(String s, int from, int to) {
            AssTime t = new AssTime();
            int p = from;
            while (p < to && s.charAt(p) == ' ') {
                p++;
            }
            int end = to;
            while (end > p && s.charAt(end - 1) == ' ') {
                end--;
            }
            t.column = p + 1;
            if (p == end) {
                t.failure = "it is empty";
                return t;
            }
            if (s.charAt(p) == '-') {
                t.failure = "it is negative";
                return t;
            }
            long[] fields = new long[3];
            int count = 0;
            int q = p;
            while (count < 3) {
                int digitsStart = q;
                long value = 0;
                while (q < end && s.charAt(q) >= '0' && s.charAt(q) <= '9') {
                    if (q - digitsStart < 9) {
                        value = value * 10 + (s.charAt(q) - '0');
                    }
                    q++;
                }
                if (q == digitsStart || q - digitsStart > 9) {
                    t.failure = "it is not a time like 0:00:01.50";
                    return t;
                }
                fields[count++] = value;
                if (count < 3) {
                    if (q < end && s.charAt(q) == ':') {
                        q++;
                    } else {
                        t.failure = "it is not a time like 0:00:01.50";
                        return t;
                    }
                }
            }
            if (fields[1] > 59 || fields[2] > 59) {
                t.failure = "it has 60 or more " + (fields[1] > 59 ? "minutes" : "seconds");
                return t;
            }
            long millis = 0;
            if (q < end && ".:".indexOf(s.charAt(q)) >= 0 && q + 1 < end && s.charAt(q + 1) >= '0'
                    && s.charAt(q + 1) <= '9') {
                t.colon = s.charAt(q) == ':';
                q++;
                int digitsStart = q;
                while (q < end && s.charAt(q) >= '0' && s.charAt(q) <= '9') {
                    q++;
                }
                t.digits = q - digitsStart;
                millis = Long.parseLong((s.substring(digitsStart, Math.min(q, digitsStart + 3)) + "00").substring(0, 3));
            } else {
                t.digits = 0;
            }
            if (q != end) {
                t.failure = "it is not a time like 0:00:01.50";
                t.column = q + 1;
                return t;
            }
            t.ms = ((fields[0] * 60 + fields[1]) * 60 + fields[2]) * 1000 + millis;
            return t;
        }
    }
}

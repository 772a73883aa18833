package io.github.subtitleqc.core.read;

import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.model.Format;
import io.github.subtitleqc.core.model.SubtitleDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads SubRip ({@code .srt}) leniently, in one pass over the lines, never going back more than
 * one line.
 *
 * <p>A cue is an index line, a timing line {@code 00:00:01,000 --> 00:00:02,500} and text lines
 * up to the next blank line. Read anyway, each with one {@code format} finding per file that
 * names it and counts it: a missing index, an index out of sequence, a cue that starts without a
 * blank line before it, and timestamps written otherwise: without hours, without milliseconds,
 * with {@code .} (or {@code ,} and {@code .} mixed) before the milliseconds, with hours, minutes,
 * seconds or milliseconds not written with 2, 2, 2 and 3 digits, and coordinates or other text
 * after the end time. Text after a blank line that is clearly not a new cue is read as more text
 * of the cue above, with a {@code format} finding each time. Extra blank lines and a missing final
 * blank line are not findings.
 *
 * <p>What cannot be read is a {@code parse-error} at its line, and reading goes on with the next
 * cue: a timing line that cannot be read (a time missing or negative, 60 or more minutes or
 * seconds), a cue number without a timing line, text that belongs to no cue. When no cue at all
 * could be read, one {@code parse-error} says so instead.
 *
 * <p>A UTF-8 file with nothing to report (cues numbered 1, 2, 3…, timing lines written
 * {@code 00:00:01,000 --> 00:00:02,500}, a blank line after each cue) is read from its bytes by
 * {@link PlainSrt}'s quicker pass ({@link #readPlain}), which gives the same document without
 * decoding the file as a whole.
 */
public final class SrtReader implements SubtitleReader {

    /** The SubRip coordinates extension some players write after the end time. */
    private static final Pattern COORDINATES = Pattern.compile(
            "\\s*X1:\\s*-?\\d+\\s+X2:\\s*-?\\d+\\s+Y1:\\s*-?\\d+\\s+Y2:\\s*-?\\d+\\s*", Pattern.CASE_INSENSITIVE);

    /** Digits and colons as in a timestamp: a line that was probably meant as a timing line. */
    private static final Pattern TIME_LIKE = Pattern.compile("\\d{1,2}:\\d{2}[:,.]\\d");

    private static final String WRITE_AS = "write timestamps as 00:00:01,000";

    @Override
    public Format format() {
        return Format.SRT;
    }

    @Override
    public SubtitleDocument read(String text, Consumer<ReadIssue> issues) {
        return new Parse(LineIndex.of(text), issues).run();
    }

    /** Most files: nothing to report, read from their bytes in one quick pass (see {@link PlainSrt}). */
    @Override
    public MeasuredDocument readPlain(byte[] utf8, int offset) {
        return PlainSrt.readMeasured(utf8, offset);
    }

    /**
     * The state of one read; a new one per file keeps the reader stateless. It reads the lines in
     * place, by their offsets in the text: only a cue's text lines and index become Strings (and
     * lines quoted in a finding).
     */
    private static final class Parse {
        private final String text;
        private final LineIndex lines;
        private final Consumer<ReadIssue> issues;
        private final List<Cue> cues = new ArrayList<>();
        private final List<ReadIssue> parseErrors = new ArrayList<>();
        private final List<ReadIssue> continuations = new ArrayList<>();
        private final Quirk missingIndex = new Quirk();
        private final Quirk indexOutOfSequence = new Quirk();
        private final Quirk noBlankLine = new Quirk();
        private final Quirk dotBeforeMillis = new Quirk();
        private final Quirk mixedSeparators = new Quirk();
        private final Quirk otherSeparator = new Quirk();
        private final Quirk noHours = new Quirk();
        private final Quirk hoursDigits = new Quirk();
        private final Quirk fieldDigits = new Quirk();
        private final Quirk noMillis = new Quirk();
        private final Quirk millisDigits = new Quirk();
        private final Quirk coordinates = new Quirk();
        private final Quirk textAfterTiming = new Quirk();
        /** The cue being read; it can still get text after a blank line. */
        private PendingCue pending;
        /** The text of {@link #pending}: one list for every cue of the file, as at most one cue is pending. */
        private final List<String> textLines = new ArrayList<>();
        /** True when the line at the current position follows a cue's text without a blank line. */
        private boolean joined;
        private Long previousIndex;
        /** The timing line {@link #cueStart} found last. */
        private Timing lastTiming;
        /** The offset {@link #arrowAt} was searched from; past the text when nothing was searched yet. */
        private int arrowFrom = Integer.MAX_VALUE;
        /** The offset of the first {@code -->} at or after {@link #arrowFrom}, or -1 when there is none. */
        private int arrowAt = -1;

        Parse(LineIndex lines, Consumer<ReadIssue> issues) {
            this.text = lines.text();
            this.lines = lines;
            this.issues = issues;
        }

        SubtitleDocument run() {
            int i = 0;
            int n = lines.count();
            while (i < n) {
                if (lines.isBlank(i)) {
                    joined = false;
                    i++;
                    continue;
                }
                int timing = cueStart(i);
                if (timing >= 0) {
                    i = readCue(i, timing, lastTiming);
                } else if (pending != null && isContinuation(i)) {
                    i = continuation(i);
                } else {
                    flush();
                    i = unreadableBlock(i);
                }
            }
            flush();
            finish();
            return new SubtitleDocument(Format.SRT, cues, Optional.empty());
        }

        /**
         * If a cue starts at line {@code i}, the index of its timing line ({@code i} itself when it
         * has no index line), its timing then in {@link #lastTiming}; else -1.
         */
        private int cueStart(int i) {
            int arrow = arrow(i);
            if (arrow >= 0) { // else no timing line, and no need to make a Timing to say so
                Timing t = Timing.parse(text, lines.start(i), lines.end(i), arrow);
                if (t.ok()) {
                    lastTiming = t;
                    return i;
                }
            }
            if (i + 1 < lines.count() && isIndex(i)) {
                Timing t = Timing.parse(text, lines.start(i + 1), lines.end(i + 1), arrow(i + 1));
                if (t.ok()) {
                    lastTiming = t;
                    return i + 1;
                }
            }
            return -1;
        }

        /**
         * The offset of the first {@code -->} in line {@code i}, or -1. One search of the text serves
         * every line up to the next arrow: lines are asked about in order, at most a line back.
         */
        private int arrow(int i) {
            int start = lines.start(i);
            if (start < arrowFrom || (arrowAt >= 0 && arrowAt < start)) {
                arrowFrom = start;
                arrowAt = text.indexOf("-->", start);
            }
            return arrowAt >= 0 && arrowAt + 3 <= lines.end(i) ? arrowAt : -1;
        }

        /** True when line {@code i} is a line of digits, with spaces or tabs around them. */
        private boolean isIndex(int i) {
            int k = lines.start(i);
            int n = lines.end(i);
            while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                k++;
            }
            int digits = k;
            while (k < n && text.charAt(k) >= '0' && text.charAt(k) <= '9') {
                k++;
            }
            if (k == digits) {
                return false;
            }
            while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                k++;
            }
            return k == n;
        }

        /** Line {@code i} without the spaces and tabs around it: an index line as {@code String.strip} leaves it. */
        private String strippedIndex(int i) {
            int from = lines.start(i);
            int to = lines.end(i);
            while (from < to && (text.charAt(from) == ' ' || text.charAt(from) == '\t')) {
                from++;
            }
            while (to > from && (text.charAt(to - 1) == ' ' || text.charAt(to - 1) == '\t')) {
                to--;
            }
            return text.substring(from, to);
        }

        /** Reads the cue whose first line is {@code first} and timing line {@code timingIndex}. */
        private int readCue(int first, int timingIndex, Timing t) {
            flush();
            int ordinal = cues.size() + 1;
            int timingLine = timingIndex + 1;
            String index = first == timingIndex ? null : strippedIndex(first);
            checkIndex(index, ordinal, first + 1, timingLine);
            if (joined) {
                noBlankLine.seen(ordinal, first + 1, 1, "cue " + ordinal);
            }
            timingQuirks(t, timingLine);
            pending = new PendingCue(ordinal, index, t.start, t.end, timingLine, t.rest.strip());
            return text(timingIndex + 1);
        }

        /** Adds text lines from line {@code i} to the pending cue, up to a blank line or the next cue. */
        private int text(int i) {
            int n = lines.count();
            while (i < n && !lines.isBlank(i) && cueStart(i) < 0) {
                pending.text.add(lines.line(i));
                i++;
            }
            pending.end = i;
            joined = i < n && !lines.isBlank(i);
            return i;
        }

        /**
         * True when line {@code i}, after a blank line, can only be more text of the cue above: not
         * a cue number, and not something meant as a timing line.
         */
        private boolean isContinuation(int i) {
            return !isIndex(i) && arrow(i) < 0 && !isTimeLike(i);
        }

        /** True when line {@code i} holds digits and colons as in a timestamp ({@link #TIME_LIKE}). */
        private boolean isTimeLike(int i) {
            return TIME_LIKE.matcher(text).region(lines.start(i), lines.end(i)).find();
        }

        /** Reads text that follows a blank line as more text of the pending cue. */
        private int continuation(int i) {
            int blank = pending.end;
            for (int k = pending.end; k < i; k++) {
                pending.text.add(""); // keeps text line k at source line firstTextLine + k
            }
            continuations.add(new ReadIssue(ReaderRules.FORMAT.id(), pending.ordinal, i + 1, 1,
                    "the text at line " + (i + 1) + " (" + Lines.quote(lines.line(i)) + ") follows a blank line but "
                            + "starts no new cue: it is read as more text of cue " + pending.ordinal
                            + ", but players end a cue at a blank line; remove the blank "
                            + (i - blank > 1 ? "lines at lines " + (blank + 1) + "–" + i : "line at line " + (blank + 1))
                            + ", or give the text its own number and timing line"));
            return text(i);
        }

        private void flush() {
            if (pending != null) {
                cues.add(pending.toCue());
                pending = null;
            }
        }

        private void checkIndex(String index, int ordinal, int line, int timingLine) {
            if (index == null) {
                missingIndex.seen(ordinal, timingLine, 1, "cue " + ordinal);
                previousIndex = previousIndex == null ? Long.valueOf(ordinal) : Long.valueOf(previousIndex + 1);
                return;
            }
            long value = parseIndex(index);
            long expected = previousIndex == null ? (cues.isEmpty() ? 1 : -1) : previousIndex + 1;
            if (expected >= 0 && value != expected) {
                indexOutOfSequence.seen(ordinal, line, 1, "cue " + ordinal + " is numbered " + index + " where "
                        + expected + " was expected");
            }
            previousIndex = value;
        }

        private static long parseIndex(String index) {
            try {
                return Long.parseLong(index);
            } catch (NumberFormatException e) {
                return -2; // too many digits: never the expected number
            }
        }

        /** Skips a block that is not a cue, with a finding; returns the index of the next line to read. */
        private int unreadableBlock(int i) {
            int n = lines.count();
            boolean numbered = isIndex(i);
            int next = i + 1;
            boolean hasSecond = next < n && !lines.isBlank(next);
            String index = numbered ? strippedIndex(i) : null;
            if (numbered) {
                previousIndex = parseIndex(index);
            }
            if (numbered && hasSecond && isMeantAsTiming(next)) {
                unreadableTiming(next);
            } else if (isMeantAsTiming(i)) {
                unreadableTiming(i);
            } else if (numbered) {
                String where = "cue number " + index + " at line " + (i + 1);
                parseError(i + 1, 1, !hasSecond
                        ? (next >= n ? "the file ends after the " + where + ": the cue is incomplete (a truncated file?)"
                        : "nothing follows the " + where + ": add its timing line and text, or remove the number")
                        : "the " + where + " has no timing line after it: add one like 00:00:01,000 --> 00:00:02,500;"
                        + " the cue is skipped");
            } else {
                String first = lines.line(i);
                parseError(i + 1, 1, "the text at line " + (i + 1) + " (" + Lines.quote(first) + ") belongs to no cue"
                        + (first.startsWith("WEBVTT") ? " ('WEBVTT' starts a WebVTT file: name it .vtt)" : "")
                        + ": a cue starts with its number and a timing line like 00:00:01,000 --> 00:00:02,500;"
                        + " the text is skipped");
            }
            i++;
            while (i < n && !lines.isBlank(i) && cueStart(i) < 0) {
                i++;
            }
            joined = i < n && !lines.isBlank(i);
            return i;
        }

        private boolean isMeantAsTiming(int i) {
            return arrow(i) >= 0 || isTimeLike(i);
        }

        private void unreadableTiming(int i) {
            Timing t = Timing.parse(text, lines.start(i), lines.end(i), arrow(i));
            parseError(i + 1, t.column, "cannot read the timing line " + Lines.quote(lines.line(i)) + ": " + t.failure
                    + "; write it as 00:00:01,000 --> 00:00:02,500; the cue is skipped");
        }

        private void parseError(int line, int column, String message) {
            parseErrors.add(new ReadIssue(ReaderRules.PARSE_ERROR.id(), 0, line, column, message));
        }

        private void finish() {
            if (cues.isEmpty()) {
                if (parseErrors.isEmpty()) {
                    issue(ReaderRules.PARSE_ERROR.id(), 0, 1, 1, "no SubRip cue in this file: it is empty"
                            + (lines.count() == 0 ? "" : " but for blank lines"));
                } else {
                    ReadIssue first = parseErrors.get(0);
                    issue(ReaderRules.PARSE_ERROR.id(), 0, first.line(), first.column(),
                            "no SubRip cue could be read in this file (" + parseErrors.size() + " unreadable block"
                                    + (parseErrors.size() == 1 ? "" : "s") + ", the first at line " + first.line()
                                    + ": " + first.message() + "): check that it is an .srt file in the configured "
                                    + "encoding");
                }
            } else {
                parseErrors.forEach(issues);
            }
            continuations.forEach(issues);
            missingIndex.report("has no number before its timing line", "cues",
                    "number the cues 1, 2, 3… on the line above each timing line");
            indexOutOfSequence.report("", "cues", "renumber the cues 1, 2, 3…");
            noBlankLine.report("starts right after the text above it, without a blank line", "cues",
                    "add a blank line before each cue number");
            dotBeforeMillis.report("timing line with '.' instead of ',' before the milliseconds", "times", WRITE_AS);
            mixedSeparators.report("timing line with ',' and '.' mixed before the milliseconds", "times", WRITE_AS);
            otherSeparator.report("timing line with ':' or ';' instead of ',' before the milliseconds", "times",
                    WRITE_AS);
            noHours.report("timing line without hours (mm:ss,mmm)", "times", WRITE_AS);
            hoursDigits.report("timing line with hours not written with two digits", "times", WRITE_AS);
            fieldDigits.report("timing line with minutes or seconds not written with two digits", "times", WRITE_AS);
            noMillis.report("timing line without milliseconds", "times", WRITE_AS);
            millisDigits.report("timing line with milliseconds not written with three digits (read as a fraction"
                    + " of a second: ',5' is 500 ms)", "times", WRITE_AS);
            coordinates.report("timing line with SubRip coordinates (X1: X2: Y1: Y2:) after the end time", "times",
                    "most players ignore them; remove them if no player of yours needs them");
            textAfterTiming.report("timing line with text after the end time", "times",
                    "players ignore it; remove it");
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

        /** A cue whose text is still being read. */
        private final class PendingCue {
            final int ordinal;
            final String index;
            final long start;
            final long endMs;
            final int timingLine;
            final String settings;
            /** The text lines read so far: the parse's one list, emptied for each cue (the cue copies it). */
            final List<String> text = textLines;
            /** The index of the line after the text read so far. */
            int end;

            PendingCue(int ordinal, String index, long start, long endMs, int timingLine, String settings) {
                textLines.clear();
                this.ordinal = ordinal;
                this.index = index;
                this.start = start;
                this.endMs = endMs;
                this.timingLine = timingLine;
                this.settings = settings;
            }

            Cue toCue() {
                return new Cue(ordinal, index, start, endMs, text, timingLine, timingLine + 1, settings);
            }
        }

        /** Records the timing quirks of a timing line that was read. */
        void timingQuirks(Timing t, int line) {
            int ordinal = cues.size() + 1;
            if (t.dot && t.comma) {
                mixedSeparators.seen(ordinal, line, 1, null);
            } else if (t.dot) {
                dotBeforeMillis.seen(ordinal, line, 1, null);
            }
            if (t.otherSeparator) {
                otherSeparator.seen(ordinal, line, 1, null);
            }
            if (t.noHours) {
                noHours.seen(ordinal, line, 1, null);
            }
            if (t.hoursDigits) {
                hoursDigits.seen(ordinal, line, 1, null);
            }
            if (t.fieldDigits) {
                fieldDigits.seen(ordinal, line, 1, null);
            }
            if (t.noMillis) {
                noMillis.seen(ordinal, line, 1, null);
            }
            if (t.millisDigits) {
                millisDigits.seen(ordinal, line, 1, null);
            }
            String rest = t.rest;
            if (!rest.isBlank()) {
                int column = t.restColumn;
                if (COORDINATES.matcher(rest).matches()) {
                    coordinates.seen(ordinal, line, column, null);
                } else {
                    textAfterTiming.seen(ordinal, line, column, null);
                }
            }
        }
    }

    /**
     * One timing line, read leniently: {@code [h…]h:mm:ss[,mmm] --> …} or {@code mm:ss[,mmm]},
     * any of {@code , . : ;} before 1 or more digits of a fraction of a second, then anything.
     * It is read in place, between two offsets of the text; columns count from the line's start.
     */
    static final class Timing {
        long start = -1;
        long end = -1;
        /** What follows the end time, as written; {@code ""} when nothing does. */
        String rest = "";
        int restColumn;
        String failure;
        int column = 1;
        boolean comma;
        boolean dot;
        boolean otherSeparator;
        boolean noHours;
        boolean hoursDigits;
        boolean fieldDigits;
        boolean noMillis;
        boolean millisDigits;

        private final String s;
        /** The offset of the line's first character in {@link #s}. */
        private final int lineStart;
        /** The offset just after the line's last character in {@link #s}. */
        private final int lineEnd;
        private int position;

        private Timing(String s, int lineStart, int lineEnd) {
            this.s = s;
            this.lineStart = lineStart;
            this.lineEnd = lineEnd;
            this.position = lineStart;
        }

        boolean ok() {
            return failure == null;
        }

        /**
         * Reads the line {@code text[lineStart, lineEnd)} as a timing line, {@code arrow} being the
         * offset of its first {@code -->}, or -1 when it has none.
         */
        static Timing parse(String text, int lineStart, int lineEnd, int arrow) {
            Timing t = new Timing(text, lineStart, lineEnd);
            if (arrow < 0) {
                t.failure = "there is no '-->' between the start and the end time";
                return t;
            }
            t.skipSpaces();
            if (t.position >= arrow) {
                t.fail(t.position, "the start time is missing");
                return t;
            }
            t.start = t.timestamp("start time");
            if (t.start < 0) {
                return t;
            }
            t.skipSpaces();
            if (t.position != arrow) {
                t.fail(t.position, "expected '-->' after the start time");
                return t;
            }
            t.position += 3;
            t.skipSpaces();
            if (t.position >= lineEnd) {
                t.fail(t.position, "the end time is missing");
                return t;
            }
            t.end = t.timestamp("end time");
            if (t.end < 0) {
                return t;
            }
            if (t.position < lineEnd) {
                t.rest = text.substring(t.position, lineEnd);
            }
            t.skipSpaces();
            t.restColumn = t.position - lineStart + 1;
            return t;
        }

        private void fail(int at, String why) {
            failure = why;
            column = at - lineStart + 1;
            start = -1;
            end = -1;
        }

        private void skipSpaces() {
            while (position < lineEnd && (s.charAt(position) == ' ' || s.charAt(position) == '\t')) {
                position++;
            }
        }

        private boolean isDigit(int k) {
            return k < lineEnd && s.charAt(k) >= '0' && s.charAt(k) <= '9';
        }

        /**
         * The common case first: a timestamp written {@code 00:00:00,000}, within 59 minutes and
         * seconds and not followed by another digit, read at fixed places; its milliseconds, the
         * position after it. Else -1, and nothing read: {@link #timestamp} reads the rest, the same
         * way for this case (no quirk but {@link #comma}).
         */
        private long wellWritten() {
            long millis = wellWritten(s, position, lineEnd);
            if (millis >= 0) {
                position += 12;
                comma = true;
            }
            return millis;
        }

        /**
         * The milliseconds of the timestamp written {@code 00:00:00,000} at {@code p} in
         * {@code s[.., lineEnd)}, within 59 minutes and seconds and not followed by another digit;
         * else -1. {@link PlainSrt} reads its timing lines the same way, from bytes.
         */
        static long wellWritten(String s, int p, int lineEnd) {
            if (p + 12 > lineEnd || p + 12 < lineEnd && digit(s, p + 12) >= 0
                    || s.charAt(p + 2) != ':' || s.charAt(p + 5) != ':' || s.charAt(p + 8) != ',') {
                return -1;
            }
            int hours = twoDigits(s, p);
            int minutes = twoDigits(s, p + 3);
            int seconds = twoDigits(s, p + 6);
            int millis = twoDigits(s, p + 9) * 10 + digit(s, p + 11);
            if (hours < 0 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59 || millis < 0) {
                return -1;
            }
            return ((hours * 60L + minutes) * 60 + seconds) * 1000 + millis;
        }

        /** The digit at {@code k}, or a negative number when there is none. */
        private static int digit(String s, int k) {
            int d = s.charAt(k) - '0';
            return d >= 0 && d <= 9 ? d : -1000;
        }

        /** The two digits at {@code k} and {@code k + 1} as a number, or a negative number. */
        private static int twoDigits(String s, int k) {
            return digit(s, k) * 10 + digit(s, k + 1);
        }

        /** Reads one timestamp at the position; its milliseconds, or -1 after {@link #fail}. */
        private long timestamp(String what) {
            long written = wellWritten();
            if (written >= 0) {
                return written;
            }
            int begin = position;
            if (position < lineEnd && s.charAt(position) == '-' && isDigit(position + 1)) {
                int k = position + 1;
                while (k < lineEnd && (isDigit(k) || ":,.;".indexOf(s.charAt(k)) >= 0)) {
                    k++;
                }
                fail(begin, "the " + what + " '" + s.substring(begin, k) + "' is negative");
                return -1;
            }
            // up to three fields of digits, h:m:s or m:s, in locals (every timing line has two timestamps)
            long field0 = 0;
            long field1 = 0;
            long field2 = 0;
            int width0 = 0;
            int width1 = 0;
            int width2 = 0;
            int count = 0;
            while (count < 3) {
                int digitsStart = position;
                long value = 0;
                while (isDigit(position)) {
                    if (position - digitsStart < 10) {
                        value = value * 10 + (s.charAt(position) - '0');
                    }
                    position++;
                }
                if (position == digitsStart) {
                    break;
                }
                int width = position - digitsStart;
                if (count == 0) {
                    field0 = value;
                    width0 = width;
                } else if (count == 1) {
                    field1 = value;
                    width1 = width;
                } else {
                    field2 = value;
                    width2 = width;
                }
                count++;
                if (count < 3 && position < lineEnd && s.charAt(position) == ':' && isDigit(position + 1)) {
                    position++;
                } else {
                    break;
                }
            }
            int lastWidth = count == 3 ? width2 : width1;
            if (count < 2 || lastWidth < 2) {
                // "00:0" is more likely cut off than a time: seconds need two digits
                fail(begin, "the " + what + " '" + s.substring(begin, position) + "' is not a timestamp like 00:00:01,000");
                return -1;
            }
            long hours = count == 3 ? field0 : 0;
            long minutes = count == 3 ? field1 : field0;
            long seconds = count == 3 ? field2 : field1;
            int minutesWidth = count == 3 ? width1 : width0;
            if (count == 3 && width0 > 9) {
                fail(begin, "the " + what + " has too many digits of hours");
                return -1;
            }
            if ((count == 3 && minutes > 59) || seconds > 59 || (count == 2 && width0 > 9)) {
                fail(begin, "the " + what + " '" + s.substring(begin, position) + "' has "
                        + (seconds > 59 ? "60 or more seconds" : count == 3 ? "60 or more minutes" : "too many minutes"));
                return -1;
            }
            noHours |= count == 2;
            hoursDigits |= count == 3 && width0 != 2;
            fieldDigits |= minutesWidth != 2 || lastWidth != 2;
            long millis = 0;
            char separator = position < lineEnd ? s.charAt(position) : 0;
            if (",.:;".indexOf(separator) >= 0 && separator != 0 && isDigit(position + 1)) {
                position++;
                int digitsStart = position;
                while (isDigit(position)) {
                    position++;
                }
                // A decimal fraction of a second: ",5" is 500 ms, ",4560" is 456 ms, as players read it.
                for (int k = digitsStart; k < digitsStart + 3; k++) {
                    millis = millis * 10 + (k < position ? s.charAt(k) - '0' : 0);
                }
                millisDigits |= position - digitsStart != 3;
                comma |= separator == ',';
                dot |= separator == '.';
                otherSeparator |= separator == ':' || separator == ';';
            } else {
                noMillis = true;
            }
            return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
        }
    }
}

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
 * The SubRip reader as it was before {@link SrtReader} read by offsets into the text: it split the
 * text into one String per line ({@link Lines#split}) and parsed each timing line as a String.
 * Kept, unchanged but for its name, only so that {@code SrtReaderEquivalenceTest} can hold the
 * reader to exactly the cues and findings this one gives. When the reader's behaviour is changed on
 * purpose, delete this copy and that test rather than change both: the SubRip cases of
 * {@code ReaderCasesTest} and {@code ReaderPropertiesTest} say what the reader must do; this copy
 * only says what it did.
 */
final class LegacySrtReader implements SubtitleReader {

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
        return new Parse(Lines.split(text), issues).run();
    }

    /** The state of one read; a new one per file keeps the reader stateless. */
    private static final class Parse {
        private final List<String> lines;
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
        /** True when the line at the current position follows a cue's text without a blank line. */
        private boolean joined;
        private Long previousIndex;
        /** The timing line {@link #cueStart} found last. */
        private Timing lastTiming;

        Parse(List<String> lines, Consumer<ReadIssue> issues) {
            this.lines = lines;
            this.issues = issues;
        }

        SubtitleDocument run() {
            int i = 0;
            int n = lines.size();
            while (i < n) {
                if (Lines.isBlank(lines.get(i))) {
                    joined = false;
                    i++;
                    continue;
                }
                int timing = cueStart(i);
                if (timing >= 0) {
                    i = readCue(i, timing, lastTiming);
                } else if (pending != null && isContinuation(lines.get(i))) {
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
            String line = lines.get(i);
            if (line.contains("-->")) { // else no timing line, and no need to make a Timing to say so
                Timing t = Timing.parse(line);
                if (t.ok()) {
                    lastTiming = t;
                    return i;
                }
            }
            if (i + 1 < lines.size() && isIndex(line)) {
                Timing t = Timing.parse(lines.get(i + 1));
                if (t.ok()) {
                    lastTiming = t;
                    return i + 1;
                }
            }
            return -1;
        }

        /** A line of digits, with spaces or tabs around them. */
        private static boolean isIndex(String line) {
            int k = 0;
            int n = line.length();
            while (k < n && (line.charAt(k) == ' ' || line.charAt(k) == '\t')) {
                k++;
            }
            int digits = k;
            while (k < n && line.charAt(k) >= '0' && line.charAt(k) <= '9') {
                k++;
            }
            if (k == digits) {
                return false;
            }
            while (k < n && (line.charAt(k) == ' ' || line.charAt(k) == '\t')) {
                k++;
            }
            return k == n;
        }

        /** Reads the cue whose first line is {@code first} and timing line {@code timingIndex}. */
        private int readCue(int first, int timingIndex, Timing t) {
            flush();
            int ordinal = cues.size() + 1;
            int timingLine = timingIndex + 1;
            String index = first == timingIndex ? null : lines.get(first).strip();
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
            int n = lines.size();
            while (i < n && !Lines.isBlank(lines.get(i)) && cueStart(i) < 0) {
                pending.text.add(lines.get(i));
                i++;
            }
            pending.end = i;
            joined = i < n && !Lines.isBlank(lines.get(i));
            return i;
        }

        /**
         * True when a line after a blank line can only be more text of the cue above: not a cue
         * number, and not something meant as a timing line.
         */
        private static boolean isContinuation(String line) {
            return !isIndex(line) && !line.contains("-->") && !TIME_LIKE.matcher(line).find();
        }

        /** Reads text that follows a blank line as more text of the pending cue. */
        private int continuation(int i) {
            int blank = pending.end;
            for (int k = pending.end; k < i; k++) {
                pending.text.add(""); // keeps text line k at source line firstTextLine + k
            }
            continuations.add(new ReadIssue(ReaderRules.FORMAT.id(), pending.ordinal, i + 1, 1,
                    "the text at line " + (i + 1) + " (" + Lines.quote(lines.get(i)) + ") follows a blank line but "
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
            int n = lines.size();
            String first = lines.get(i);
            boolean numbered = isIndex(first);
            int next = i + 1;
            String second = next < n && !Lines.isBlank(lines.get(next)) ? lines.get(next) : null;
            if (numbered) {
                previousIndex = parseIndex(first.strip());
            }
            if (numbered && second != null && isMeantAsTiming(second)) {
                unreadableTiming(next, second);
            } else if (isMeantAsTiming(first)) {
                unreadableTiming(i, first);
            } else if (numbered) {
                String where = "cue number " + first.strip() + " at line " + (i + 1);
                parseError(i + 1, 1, second == null
                        ? (next >= n ? "the file ends after the " + where + ": the cue is incomplete (a truncated file?)"
                        : "nothing follows the " + where + ": add its timing line and text, or remove the number")
                        : "the " + where + " has no timing line after it: add one like 00:00:01,000 --> 00:00:02,500;"
                        + " the cue is skipped");
            } else {
                parseError(i + 1, 1, "the text at line " + (i + 1) + " (" + Lines.quote(first) + ") belongs to no cue"
                        + (first.startsWith("WEBVTT") ? " ('WEBVTT' starts a WebVTT file: name it .vtt)" : "")
                        + ": a cue starts with its number and a timing line like 00:00:01,000 --> 00:00:02,500;"
                        + " the text is skipped");
            }
            i++;
            while (i < n && !Lines.isBlank(lines.get(i)) && cueStart(i) < 0) {
                i++;
            }
            joined = i < n && !Lines.isBlank(lines.get(i));
            return i;
        }

        private static boolean isMeantAsTiming(String line) {
            return line.contains("-->") || TIME_LIKE.matcher(line).find();
        }

        private void unreadableTiming(int index, String line) {
            Timing t = Timing.parse(line);
            parseError(index + 1, t.column, "cannot read the timing line " + Lines.quote(line) + ": " + t.failure
                    + "; write it as 00:00:01,000 --> 00:00:02,500; the cue is skipped");
        }

        private void parseError(int line, int column, String message) {
            parseErrors.add(new ReadIssue(ReaderRules.PARSE_ERROR.id(), 0, line, column, message));
        }

        private void finish() {
            if (cues.isEmpty()) {
                if (parseErrors.isEmpty()) {
                    issue(ReaderRules.PARSE_ERROR.id(), 0, 1, 1, "no SubRip cue in this file: it is empty"
                            + (lines.isEmpty() ? "" : " but for blank lines"));
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
            final List<String> text = new ArrayList<>();
            /** The index of the line after the text read so far. */
            int end;

            PendingCue(int ordinal, String index, long start, long endMs, int timingLine, String settings) {
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
     */
    static final class Timing {
        long start = -1;
        long end = -1;
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
        private int position;

        private Timing(String s) {
            this.s = s;
        }

        boolean ok() {
            return failure == null;
        }

        static Timing parse(String line) {
            Timing t = new Timing(line);
            int arrow = line.indexOf("-->");
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
            if (t.position >= line.length()) {
                t.fail(t.position, "the end time is missing");
                return t;
            }
            t.end = t.timestamp("end time");
            if (t.end < 0) {
                return t;
            }
            t.rest = line.substring(t.position);
            t.skipSpaces();
            t.restColumn = t.position + 1;
            return t;
        }

        private void fail(int at, String why) {
            failure = why;
            column = at + 1;
            start = -1;
            end = -1;
        }

        private void skipSpaces() {
            while (position < s.length() && (s.charAt(position) == ' ' || s.charAt(position) == '\t')) {
                position++;
            }
        }

        private boolean isDigit(int k) {
            return k < s.length() && s.charAt(k) >= '0' && s.charAt(k) <= '9';
        }

        /** Reads one timestamp at the position; its milliseconds, or -1 after {@link #fail}. */
        private long timestamp(String what) {
            int begin = position;
            if (position < s.length() && s.charAt(position) == '-' && isDigit(position + 1)) {
                int k = position + 1;
                while (k < s.length() && (isDigit(k) || ":,.;".indexOf(s.charAt(k)) >= 0)) {
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
                if (count < 3 && position < s.length() && s.charAt(position) == ':' && isDigit(position + 1)) {
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
            char separator = position < s.length() ? s.charAt(position) : 0;
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

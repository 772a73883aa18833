package io.github.subtitleqc.core.read;

import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.model.Format;
import io.github.subtitleqc.core.model.SubtitleDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads SubRip ({@code .srt}) leniently.
 *
 * <p>A cue is an optional index line, a timing line {@code 00:00:01,000 --> 00:00:02,500} and text
 * lines up to the next blank line. Read anyway, each with a {@code format} finding: a missing or
 * unexpected index, {@code .} instead of {@code ,} before the milliseconds, hours not written with
 * two digits, text after the end time, and a new cue that starts without a blank line before it.
 * Extra blank lines and a missing final blank line are not findings. A block that is none of
 * these is a {@code parse-error} at its first line, and reading goes on with the next cue.
 */
public final class SrtReader implements SubtitleReader {

    private static final String TIME = "(\\d{1,3}):(\\d{1,2}):(\\d{1,2})(?:([,.:;])(\\d{1,3}))?";

    /** A timing line, lenient: 1–3 digit hours, 1–2 digit minutes and seconds, any of , . : ; before ms. */
    private static final Pattern TIMING = Pattern.compile("^\\s*" + TIME + "\\s*-->\\s*" + TIME + "(.*)$");

    private static final Pattern INDEX = Pattern.compile("^\\s*\\d+\\s*$");

    /** Looks like a timing line someone broke: digits and colons, or an arrow. */
    private static final Pattern BROKEN_TIMING = Pattern.compile("-->|->|\\d{1,2}:\\d{2}");

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
        private final Quirk dotBeforeMillis = new Quirk("a '.' instead of ',' before the milliseconds",
                "write timestamps as 00:00:01,000");
        private final Quirk shortHours = new Quirk("hours not written with two digits",
                "write timestamps as 00:00:01,000");
        private final Quirk oddMillis = new Quirk("milliseconds not written with three digits",
                "write timestamps as 00:00:01,000");
        private final Quirk textAfterTiming = new Quirk("text after the end time",
                "it is ignored; remove it if it is not meant for a particular player");
        private Long previousIndex;

        Parse(List<String> lines, Consumer<ReadIssue> issues) {
            this.lines = lines;
            this.issues = issues;
        }

        SubtitleDocument run() {
            int i = 0;
            int n = lines.size();
            boolean joined = false;
            while (i < n) {
                if (Lines.isBlank(lines.get(i))) {
                    joined = false;
                    i++;
                    continue;
                }
                int timing = cueStart(i);
                if (timing < 0) {
                    i = unreadableBlock(i);
                    continue;
                }
                i = readCue(i, timing, joined);
                // a cue's text ends at a blank line, or where the next cue starts without one
                joined = i < n && !Lines.isBlank(lines.get(i));
            }
            finish();
            return new SubtitleDocument(Format.SRT, cues, Optional.empty());
        }

        /**
         * If a cue starts at line {@code i}, the index of its timing line ({@code i} itself when it
         * has no index line); else -1.
         */
        private int cueStart(int i) {
            if (TIMING.matcher(lines.get(i)).matches()) {
                return i;
            }
            if (INDEX.matcher(lines.get(i)).matches() && i + 1 < lines.size()
                    && TIMING.matcher(lines.get(i + 1)).matches()) {
                return i + 1;
            }
            return -1;
        }

        /**
         * Reads the cue that starts at line {@code first} and has its timing line at
         * {@code timingIndex}; returns the index of the first line after its text.
         */
        private int readCue(int first, int timingIndex, boolean noBlankLineBefore) {
            int ordinal = cues.size() + 1;
            int timingLine = timingIndex + 1;
            String index = first == timingIndex ? null : lines.get(first).strip();
            checkIndex(index, ordinal, first + 1, timingLine);
            if (noBlankLineBefore) {
                issue(ReaderRules.FORMAT.id(), ordinal, first + 1, 1,
                        "cue " + ordinal + " starts without a blank line after the previous cue's text: "
                                + "add a blank line before it");
            }
            Matcher m = TIMING.matcher(lines.get(timingIndex));
            m.matches();
            long start = time(m, 1, timingLine);
            long end = time(m, 6, timingLine);
            if (!m.group(11).isBlank()) {
                textAfterTiming.seen(timingLine);
            }
            List<String> text = new ArrayList<>();
            int i = timingIndex + 1;
            while (i < lines.size() && !Lines.isBlank(lines.get(i)) && cueStart(i) < 0) {
                text.add(lines.get(i));
                i++;
            }
            cues.add(new Cue(ordinal, index, start, end, text, timingLine, timingLine + 1, ""));
            return i;
        }

        private void checkIndex(String index, int ordinal, int line, int timingLine) {
            if (index == null) {
                issue(ReaderRules.FORMAT.id(), ordinal, timingLine, 1,
                        "cue " + ordinal + " has no index number before its timing line: add '" + ordinal
                                + "' on the line above");
                previousIndex = null;
                return;
            }
            long value;
            try {
                value = Long.parseLong(index);
            } catch (NumberFormatException e) {
                value = -1;
            }
            long expected = previousIndex == null ? (cues.isEmpty() ? 1 : -1) : previousIndex + 1;
            if (expected >= 0 && value != expected) {
                issue(ReaderRules.FORMAT.id(), ordinal, line, 1,
                        "cue " + ordinal + " is numbered " + index + " where " + expected
                                + " was expected: renumber the cues");
            }
            previousIndex = value;
        }

        private long time(Matcher m, int group, int line) {
            long hours = Long.parseLong(m.group(group));
            long minutes = Long.parseLong(m.group(group + 1));
            long seconds = Long.parseLong(m.group(group + 2));
            String separator = m.group(group + 3);
            String millisText = m.group(group + 4);
            if (m.group(group).length() != 2) {
                shortHours.seen(line);
            }
            long millis = 0;
            if (millisText != null) {
                if (!",".equals(separator)) {
                    dotBeforeMillis.seen(line);
                }
                if (millisText.length() != 3) {
                    oddMillis.seen(line);
                }
                // Read as a decimal fraction of a second: ",5" is 500 ms, as players read it.
                millis = Long.parseLong((millisText + "00").substring(0, 3));
            } else {
                oddMillis.seen(line);
            }
            return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
        }

        /** Skips a block that is not a cue; returns the index of the next line to read. */
        private int unreadableBlock(int i) {
            String first = lines.get(i);
            int line = i + 1;
            String why = BROKEN_TIMING.matcher(first).find()
                    ? "this timing line cannot be read: write it as 00:00:01,000 --> 00:00:02,500"
                    : "expected a cue (an index number, then a timing line like 00:00:01,000 --> 00:00:02,500)";
            parseErrors.add(new ReadIssue(ReaderRules.PARSE_ERROR.id(), 0, line, 1,
                    "cannot read the block at line " + line + " (" + Lines.quote(first) + "): " + why
                            + "; the block is skipped"));
            i++;
            while (i < lines.size() && !Lines.isBlank(lines.get(i)) && cueStart(i) < 0) {
                i++;
            }
            return i;
        }

        private void issue(String rule, int cue, int line, int column, String message) {
            issues.accept(new ReadIssue(rule, cue, line, column, message));
        }

        private void finish() {
            if (cues.isEmpty() && !parseErrors.isEmpty()) {
                ReadIssue first = parseErrors.get(0);
                issue(ReaderRules.PARSE_ERROR.id(), 0, first.line(), 1,
                        "no SubRip cue could be read in this file (" + parseErrors.size() + " unreadable block"
                                + (parseErrors.size() == 1 ? "" : "s") + ", the first at line " + first.line()
                                + "): check that it is an .srt file in the configured encoding");
            } else {
                parseErrors.forEach(issues);
            }
            for (Quirk quirk : List.of(dotBeforeMillis, shortHours, oddMillis, textAfterTiming)) {
                quirk.report();
            }
        }

        /** A deviation reported once per file, at its first line, with how often it occurs. */
        private final class Quirk {
            private final String what;
            private final String fix;
            private int firstLine;
            private int count;

            Quirk(String what, String fix) {
                this.what = what;
                this.fix = fix;
            }

            void seen(int line) {
                if (count++ == 0) {
                    firstLine = line;
                }
            }

            void report() {
                if (count > 0) {
                    issue(ReaderRules.FORMAT.id(), 0, firstLine, 1, "timing line with " + what
                            + (count == 1 ? "" : " (" + count + " times in this file, the first here)")
                            + ": " + fix);
                }
            }
        }
    }
}

package io.github.subtitleqc.core.read;

import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.model.Format;
import io.github.subtitleqc.core.model.SubtitleDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads WebVTT ({@code .vtt}) along the lines of the W3C WebVTT file-parsing algorithm: the
 * {@code WEBVTT} signature, a header block, then blocks separated by blank lines, each a cue
 * (optional identifier, timing line with settings, text), a {@code NOTE}, a {@code STYLE} or a
 * {@code REGION} block. A file without the signature is rejected: one {@code parse-error} and no
 * cues. A block whose timing line cannot be read, or that is neither a cue nor a known block, is
 * a {@code parse-error} at its first line; players drop such blocks.
 */
public final class WebVttReader implements SubtitleReader {

    private static final String ARROW = "-->";

    @Override
    public Format format() {
        return Format.WEBVTT;
    }

    @Override
    public SubtitleDocument read(String text, Consumer<ReadIssue> issues) {
        List<String> lines = Lines.split(text.replace('\0', '\uFFFD'));
        if (!hasSignature(lines)) {
            String first = lines.isEmpty() ? "an empty file" : Lines.quote(lines.get(0));
            issues.accept(new ReadIssue(ReaderRules.PARSE_ERROR.id(), 0, 1, 1,
                    "not a WebVTT file: it must start with the line 'WEBVTT', found " + first
                            + "; players reject the whole file"));
            return new SubtitleDocument(Format.WEBVTT, List.of(), Optional.empty());
        }
        return new Parse(lines, issues).run();
    }

    private static boolean hasSignature(List<String> lines) {
        if (lines.isEmpty()) {
            return false;
        }
        String first = lines.get(0);
        if (!first.startsWith("WEBVTT")) {
            return false;
        }
        return first.length() == 6 || first.charAt(6) == ' ' || first.charAt(6) == '\t';
    }

    private static final class Parse {
        private final List<String> lines;
        private final Consumer<ReadIssue> issues;
        private final List<Cue> cues = new ArrayList<>();
        private String language;

        Parse(List<String> lines, Consumer<ReadIssue> issues) {
            this.lines = lines;
            this.issues = issues;
        }

        SubtitleDocument run() {
            int i = 1;
            // the header: the lines after the signature up to the first blank line
            if (i < lines.size() && !lines.get(i).isEmpty()) {
                i = header(i);
            }
            while (i < lines.size()) {
                if (lines.get(i).isEmpty()) {
                    i++;
                    continue;
                }
                i = block(i);
            }
            return new SubtitleDocument(Format.WEBVTT, cues, Optional.ofNullable(language));
        }

        private int header(int i) {
            while (i < lines.size() && !lines.get(i).isEmpty()) {
                String line = lines.get(i);
                if (line.contains(ARROW)) {
                    // W3C: a timing line in the header block ends the header
                    return i;
                }
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals("language")) {
                    String value = line.substring(colon + 1).strip();
                    if (!value.isEmpty()) {
                        language = value;
                    }
                }
                i++;
            }
            return i;
        }

        /** Collects one block starting at line {@code i}; returns the index of the line after it. */
        private int block(int first) {
            int i = first;
            String id = null;
            int timingIndex = -1;
            List<String> buffer = new ArrayList<>();
            int lineCount = 0;
            while (i < lines.size()) {
                String line = lines.get(i);
                if (line.isEmpty()) {
                    break;
                }
                lineCount++;
                if (line.contains(ARROW)) {
                    if (timingIndex < 0 && (lineCount == 1 || lineCount == 2)) {
                        timingIndex = i;
                        id = lineCount == 2 ? buffer.get(0) : null;
                        buffer.clear();
                        i++;
                        continue;
                    }
                    // a second timing line starts a new block, even without a blank line
                    break;
                }
                buffer.add(line);
                i++;
            }
            if (timingIndex >= 0) {
                cue(first, id, timingIndex, buffer);
            } else if (!isNamedBlock(buffer.get(0))) {
                issues.accept(new ReadIssue(ReaderRules.PARSE_ERROR.id(), 0, first + 1, 1,
                        "block " + Lines.quote(buffer.get(0)) + " has no timing line ('00:01.000 --> 00:02.000') "
                                + "and is not a NOTE, STYLE or REGION block: players ignore it; "
                                + "add the timing line or a blank line before the text"));
            }
            return i;
        }

        private static boolean isNamedBlock(String firstLine) {
            for (String keyword : List.of("NOTE", "STYLE", "REGION")) {
                if (firstLine.startsWith(keyword) && (firstLine.length() == keyword.length()
                        || firstLine.charAt(keyword.length()) == ' ' || firstLine.charAt(keyword.length()) == '\t')) {
                    return true;
                }
            }
            return false;
        }

        private void cue(int first, String id, int timingIndex, List<String> text) {
            String timing = lines.get(timingIndex);
            Cursor c = new Cursor(timing);
            c.skipWhitespace();
            long start = c.timestamp();
            c.skipWhitespace();
            boolean arrow = start >= 0 && c.consume(ARROW);
            c.skipWhitespace();
            long end = arrow ? c.timestamp() : -1;
            if (start < 0 || end < 0) {
                issues.accept(new ReadIssue(ReaderRules.PARSE_ERROR.id(), 0, timingIndex + 1, c.position + 1,
                        "cannot read the timing line " + Lines.quote(timing)
                                + ": write it as 00:01.000 --> 00:02.000 (or 01:02:03.000 with hours); "
                                + "players drop this cue"));
                return;
            }
            c.skipWhitespace();
            String settings = c.rest();
            int ordinal = cues.size() + 1;
            cues.add(new Cue(ordinal, id, start, end, text, timingIndex + 1, timingIndex + 2, settings));
        }
    }

    /** A position in one line, with the W3C timestamp grammar. */
    private static final class Cursor {
        private final String s;
        private int position;

        Cursor(String s) {
            this.s = s;
        }

        void skipWhitespace() {
            while (position < s.length() && isWhitespace(s.charAt(position))) {
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

        /**
         * Collects a WebVTT timestamp ({@code mm:ss.ttt} or {@code hh:mm:ss.ttt}, hours of any
         * length); returns milliseconds, or -1 when it is not one.
         */
        long timestamp() {
            boolean hoursFirst = false;
            int digitsStart = position;
            long value1 = digits();
            int count1 = position - digitsStart;
            if (count1 == 0) {
                return -1;
            }
            if (count1 != 2 || value1 > 59) {
                hoursFirst = true;
            }
            if (!consume(":")) {
                return -1;
            }
            long value2 = exactDigits(2);
            if (value2 < 0) {
                return -1;
            }
            long value3;
            if (hoursFirst || (position < s.length() && s.charAt(position) == ':')) {
                if (!consume(":")) {
                    return -1;
                }
                value3 = exactDigits(2);
                if (value3 < 0) {
                    return -1;
                }
            } else {
                value3 = value2;
                value2 = value1;
                value1 = 0;
            }
            if (!consume(".")) {
                return -1;
            }
            long value4 = exactDigits(3);
            if (value4 < 0 || value2 > 59 || value3 > 59) {
                return -1;
            }
            return value1 * 3_600_000 + value2 * 60_000 + value3 * 1000 + value4;
        }

        private long digits() {
            long value = 0;
            while (position < s.length() && isAsciiDigit(s.charAt(position))) {
                value = Math.min(value * 10 + (s.charAt(position) - '0'), 999_999_999L);
                position++;
            }
            return value;
        }

        private long exactDigits(int count) {
            int start = position;
            long value = digits();
            return position - start == count ? value : -1;
        }

        private static boolean isAsciiDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isWhitespace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
        }
    }
}

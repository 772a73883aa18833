package io.github.subtitleqc.core.read;

import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.model.Format;
import io.github.subtitleqc.core.model.SubtitleDocument;
import io.github.subtitleqc.core.text.AsciiFacts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The SubRip file most files are, read in one quick pass over its UTF-8 bytes: cues numbered 1,
 * 2, 3… from the first, each number alone on its line, then a timing line written
 * {@code 00:00:01,000 --> 00:00:02,500} (spaces or tabs after it allowed), then text lines up to a
 * blank line or the end; lines end with LF or CRLF. No text line holds {@code -->} or is a line of
 * digits, which could start a cue, and every text line decodes. Such a file has nothing for
 * {@link SrtReader} or {@link TextDecoder} to report, and this pass gives the document that
 * decoding the file and its general reading give (held to it by {@code SrtReaderEquivalenceTest})
 * without their per-file and per-line work: the file is never decoded as a whole (only its text
 * lines are, each into its own string, one byte a character when it is Latin), and there is no
 * table of line offsets, no timing or pending-cue objects, no index parsed twice. The scan that
 * tells an ASCII text line also finds its {@link AsciiFacts} ({@link #readMeasured}), so that the
 * visible text and the rules need not scan it again.
 *
 * <p>Anything else, however small (a number out of sequence, a lone CR, a timing line written
 * otherwise, text after a blank line, a byte that does not decode), and {@link #read} gives up,
 * returning null: the file is then decoded and read by the general reading from its start, which
 * reports what it finds.
 */
final class PlainSrt {

    /** The cue numbers as written, "1" to "4095", made once: a number's text is the cue's id. */
    private static final String[] NUMBERS = new String[4096];

    /**
     * The document of the UTF-8 text {@code bytes[offset..]} (after a byte order mark, if any)
     * when it is a plain SubRip file with at least one cue; else null.
     */
    static SubtitleDocument read(byte[] bytes, int offset) {
        return new PlainSrt(bytes, offset).run();
    }

    /**
     * {@link #read} with the {@link AsciiFacts#ofPlain(byte[], int, int)} of each text line of
     * each cue, found as the line is read; null when {@link #read} is.
     */
    static MeasuredDocument readMeasured(byte[] bytes, int offset) {
        PlainSrt read = new PlainSrt(bytes, offset);
        SubtitleDocument document = read.run();
        return document == null ? null : new MeasuredDocument(document, read.facts.toArray(new long[0][]));
    }

    private final byte[] bytes;
    private final int n;
    /** The line being read: its start, its LF (or the end of the text), the end of its content. */
    private int p;
    private int end;
    private int contentEnd;
    /** The facts of each cue's text lines, one array per cue, in order. */
    private final List<long[]> facts;
    /** The facts of the cue being read, the first {@code count} of them. */
    private long[] cueFacts = new long[4];

    private PlainSrt(byte[] bytes, int offset) {
        this.bytes = bytes;
        this.n = bytes.length;
        this.p = offset;
        this.facts = new ArrayList<>(expectedCues());
    }

    /** About how many cues the file has, to size the lists of cues and facts: one per 64 bytes, 16 at least. */
    private int expectedCues() {
        return Math.max(16, (n - p) / 64);
    }

    private SubtitleDocument run() {
        List<Cue> cues = new ArrayList<>(expectedCues());
        int line = 1; // the source line that starts at p
        while (true) {
            // blank lines before the cue
            while (true) {
                if (p >= n) {
                    return cues.isEmpty() ? null : new SubtitleDocument(Format.SRT, cues, Optional.empty());
                }
                enter();
                if (!isBlank(bytes, p, contentEnd)) {
                    break;
                }
                p = end + 1;
                line++;
            }
            // the cue's number: the next in sequence, digits only; then its timing line
            int ordinal = cues.size() + 1;
            String id = number(bytes, p, contentEnd, ordinal);
            if (id == null || end >= n) {
                return null;
            }
            p = end + 1;
            line++;
            int timingLine = line;
            enter();
            long start = wellWritten(bytes, p, contentEnd);
            long stop = start < 0 || !isArrow(bytes, p + 12, contentEnd) ? -1 : wellWritten(bytes, p + 17, contentEnd);
            if (stop < 0 || !isBlank(bytes, p + 29, contentEnd)) {
                return null;
            }
            p = end + 1;
            line++;
            // text lines up to a blank line or the end
            String first = null;
            String second = null;
            List<String> more = null;
            int count = 0;
            while (p < n) {
                enter();
                if (isBlank(bytes, p, contentEnd)) {
                    break;
                }
                if (mayBeNumber(bytes, p, contentEnd)) {
                    return null; // it could start a cue without a blank line before it
                }
                // most lines: ASCII with no markup and no '>', their facts found in the scan that tells it
                long plain = AsciiFacts.ofPlain(bytes, p, contentEnd);
                String t;
                if (plain != AsciiFacts.NOT_ASCII) {
                    if (AsciiFacts.hasControl(plain) && hasCr(bytes, p, contentEnd)) {
                        return null; // a lone CR ends a line
                    }
                    t = new String(bytes, p, contentEnd - p, StandardCharsets.ISO_8859_1);
                } else {
                    t = new String(bytes, p, contentEnd - p, StandardCharsets.UTF_8);
                    if (t.indexOf('\uFFFD') >= 0 || t.indexOf('\r') >= 0 || t.indexOf("-->") >= 0) {
                        // bytes that do not decode (or U+FFFD as written): the decoder reports or tells; a
                        // lone CR ends a line; an arrow could start a cue without a blank line before it
                        return null;
                    }
                }
                if (count == cueFacts.length) {
                    cueFacts = Arrays.copyOf(cueFacts, count * 2);
                }
                cueFacts[count] = plain;
                if (count == 0) {
                    first = t;
                } else if (count == 1) {
                    second = t;
                } else {
                    if (more == null) {
                        more = new ArrayList<>();
                        more.add(first);
                        more.add(second);
                    }
                    more.add(t);
                }
                count++;
                p = end + 1;
                line++;
            }
            List<String> lines = count == 0 ? List.of() : count == 1 ? List.of(first)
                    : count == 2 ? List.of(first, second) : List.copyOf(more);
            cues.add(new Cue(ordinal, id, start, stop, lines, timingLine, timingLine + 1, ""));
            facts.add(Arrays.copyOf(cueFacts, count));
        }
    }

    /**
     * Finds the end of the line at {@link #p}: its LF and the end of its content, before the CR
     * of a CRLF. A CR anywhere else (a lone CR, which ends a line) is left in the content, where
     * each kind of line gives up on it: no number, blank or timing line holds one, and a text line
     * is searched for it (with its arrows) once it is a string.
     */
    private void enter() {
        byte[] b = bytes;
        int k = p;
        while (k < n && b[k] != '\n') {
            k++;
        }
        end = k;
        contentEnd = k < n && k > p && b[k - 1] == '\r' ? k - 1 : k;
    }

    /** Whether {@code bytes[from, to)} holds a CR. */
    private static boolean hasCr(byte[] bytes, int from, int to) {
        for (int k = from; k < to; k++) {
            if (bytes[k] == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code bytes[from, to)} holds only spaces and tabs. */
    private static boolean isBlank(byte[] bytes, int from, int to) {
        for (int k = from; k < to; k++) {
            if (bytes[k] != ' ' && bytes[k] != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * The line {@code [from, to)} as the id of cue {@code ordinal} when it is that number, written
     * with digits only (leading zeros allowed, up to 18 digits); else null.
     */
    private static String number(byte[] bytes, int from, int to, int ordinal) {
        if (to - from > 18 || to == from) {
            return null;
        }
        long value = 0;
        for (int k = from; k < to; k++) {
            int c = bytes[k];
            if (c < '0' || c > '9') {
                return null;
            }
            value = value * 10 + (c - '0');
        }
        if (value != ordinal) {
            return null;
        }
        if (ordinal < NUMBERS.length && bytes[from] != '0') {
            String s = NUMBERS[ordinal];
            if (s == null) { // made by any thread: the same text whoever makes it
                s = String.valueOf(ordinal);
                NUMBERS[ordinal] = s;
            }
            return s;
        }
        return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /**
     * {@link SrtReader.Timing#wellWritten(String, int, int)} over bytes: the milliseconds of the
     * timestamp written {@code 00:00:00,000} at {@code p} in {@code bytes[.., lineEnd)}, within 59
     * minutes and seconds and not followed by another digit; else -1.
     */
    private static long wellWritten(byte[] b, int p, int lineEnd) {
        if (p + 12 > lineEnd || p + 12 < lineEnd && digit(b, p + 12) >= 0
                || b[p + 2] != ':' || b[p + 5] != ':' || b[p + 8] != ',') {
            return -1;
        }
        int hours = digit(b, p) * 10 + digit(b, p + 1);
        int minutes = digit(b, p + 3) * 10 + digit(b, p + 4);
        int seconds = digit(b, p + 6) * 10 + digit(b, p + 7);
        int millis = (digit(b, p + 9) * 10 + digit(b, p + 10)) * 10 + digit(b, p + 11);
        if (hours < 0 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59 || millis < 0) {
            return -1;
        }
        return ((hours * 60L + minutes) * 60 + seconds) * 1000 + millis;
    }

    /** The digit at {@code k}, or a negative number when there is none. */
    private static int digit(byte[] b, int k) {
        int d = b[k] - '0';
        return d >= 0 && d <= 9 ? d : -1000;
    }

    /** Whether {@code " --> "} is written at {@code at}, before {@code to}. */
    private static boolean isArrow(byte[] b, int at, int to) {
        return at + 5 <= to && b[at] == ' ' && b[at + 1] == '-' && b[at + 2] == '-' && b[at + 3] == '>' && b[at + 4] == ' ';
    }

    /**
     * Whether a text line could be a cue number (digits with spaces or tabs around them): such a
     * line followed by a timing line starts a cue, which the general reading decides.
     */
    private static boolean mayBeNumber(byte[] bytes, int from, int to) {
        int c = bytes[from];
        if (c != ' ' && c != '\t' && (c < '0' || c > '9')) {
            return false; // most text lines start with a letter
        }
        for (int k = from; k < to; k++) {
            int d = bytes[k];
            if (d != ' ' && d != '\t' && (d < '0' || d > '9')) {
                return false;
            }
        }
        return true;
    }
}

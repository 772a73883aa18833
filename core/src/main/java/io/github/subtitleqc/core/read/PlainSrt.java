package io.github.subtitleqc.core.read;

import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.model.Format;
import io.github.subtitleqc.core.model.SubtitleDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SubRip file most files are, read in one quick pass: cues numbered 1, 2, 3… from the first,
 * each number alone on its line, then a timing line written {@code 00:00:01,000 --> 00:00:02,500}
 * (spaces or tabs after it allowed), then text lines up to a blank line or the end; lines end with
 * LF or CRLF. No text line holds {@code -->} or is a line of digits, which could start a cue. Such
 * a file has nothing for {@link SrtReader} to report, and this pass gives the document its general
 * reading gives (held to it by {@code SrtReaderEquivalenceTest}) without its per-line bookkeeping:
 * no table of line offsets, no timing or pending-cue objects, no index parsed twice.
 *
 * <p>Anything else, however small (a number out of sequence, a lone CR, a timing line written
 * otherwise, text after a blank line), and {@link #read} gives up, returning null: the general
 * reading then reads the file from its start and reports what it finds.
 */
final class PlainSrt {

    /** The cue numbers as written, "1" to "4095", made once: a number's text is the cue's id. */
    private static final String[] NUMBERS = new String[4096];

    /** The document of {@code text} when it is a plain SubRip file with at least one cue; else null. */
    static SubtitleDocument read(String text) {
        return new PlainSrt(text).run();
    }

    private final String text;
    private final int n;
    /** The next CR at or after the line being read, or -1: a CR ends a line only before its LF. */
    private int nextCr;
    /** The first {@code -->} at or after the line it was searched from, or -1 when there is none. */
    private int nextArrow = -1;
    /** Whether {@link #nextArrow} has been searched for yet. */
    private boolean arrowSearched;
    /** The line being read: its start, its LF (or the end of the text), the end of its content. */
    private int p;
    private int end;
    private int contentEnd;

    private PlainSrt(String text) {
        this.text = text;
        this.n = text.length();
        this.nextCr = text.indexOf('\r');
    }

    private SubtitleDocument run() {
        List<Cue> cues = new ArrayList<>(Math.max(16, n / 64));
        int line = 1; // the source line that starts at p
        while (true) {
            // blank lines before the cue
            while (true) {
                if (p >= n) {
                    return cues.isEmpty() ? null : new SubtitleDocument(Format.SRT, cues, Optional.empty());
                }
                if (!enter()) {
                    return null;
                }
                if (!LineIndex.isBlank(text, p, contentEnd)) {
                    break;
                }
                p = end + 1;
                line++;
            }
            // the cue's number: the next in sequence, digits only; then its timing line
            int ordinal = cues.size() + 1;
            String id = number(text, p, contentEnd, ordinal);
            if (id == null || end >= n) {
                return null;
            }
            p = end + 1;
            line++;
            int timingLine = line;
            if (!enter()) {
                return null;
            }
            long start = SrtReader.Timing.wellWritten(text, p, contentEnd);
            long stop = start < 0 || !isArrow(text, p + 12, contentEnd) ? -1
                    : SrtReader.Timing.wellWritten(text, p + 17, contentEnd);
            if (stop < 0 || !LineIndex.isBlank(text, p + 29, contentEnd)) {
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
                if (!enter()) {
                    return null;
                }
                if (LineIndex.isBlank(text, p, contentEnd)) {
                    break;
                }
                if (hasArrow() || mayBeNumber(text, p, contentEnd)) {
                    return null; // it could start a cue without a blank line before it
                }
                String t = text.substring(p, contentEnd);
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
        }
    }

    /**
     * Finds the end of the line at {@link #p}: its LF and the end of its content, before the CR
     * of a CRLF. False when a CR stands anywhere else in it (a lone CR, which ends a line).
     */
    private boolean enter() {
        int e = text.indexOf('\n', p);
        end = e < 0 ? n : e;
        contentEnd = e > p && text.charAt(e - 1) == '\r' ? e - 1 : end;
        if (nextCr >= 0 && nextCr < p) {
            nextCr = text.indexOf('\r', p);
        }
        return nextCr < 0 || nextCr >= contentEnd;
    }

    /** Whether the line at {@link #p} holds {@code -->}: one search serves every line up to the next arrow. */
    private boolean hasArrow() {
        if (!arrowSearched || nextArrow >= 0 && nextArrow < p) {
            arrowSearched = true;
            nextArrow = text.indexOf("-->", p);
        }
        return nextArrow >= 0 && nextArrow + 3 <= contentEnd;
    }

    /**
     * The line {@code [from, to)} as the id of cue {@code ordinal} when it is that number, written
     * with digits only (leading zeros allowed, up to 18 digits); else null.
     */
    private static String number(String text, int from, int to, int ordinal) {
        if (to - from > 18 || to == from) {
            return null;
        }
        long value = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c < '0' || c > '9') {
                return null;
            }
            value = value * 10 + (c - '0');
        }
        if (value != ordinal) {
            return null;
        }
        if (ordinal < NUMBERS.length && text.charAt(from) != '0') {
            String s = NUMBERS[ordinal];
            if (s == null) { // made by any thread: the same text whoever makes it
                s = String.valueOf(ordinal);
                NUMBERS[ordinal] = s;
            }
            return s;
        }
        return text.substring(from, to);
    }

    /** Whether {@code " --> "} is written at {@code at}, before {@code to}. */
    private static boolean isArrow(String text, int at, int to) {
        return at + 5 <= to && text.startsWith(" --> ", at);
    }

    /**
     * Whether a text line could be a cue number (digits with spaces or tabs around them): such a
     * line followed by a timing line starts a cue, which the general reading decides.
     */
    private static boolean mayBeNumber(String text, int from, int to) {
        char c = text.charAt(from);
        if (c != ' ' && c != '\t' && (c < '0' || c > '9')) {
            return false; // most text lines start with a letter
        }
        for (int k = from; k < to; k++) {
            char d = text.charAt(k);
            if (d != ' ' && d != '\t' && (d < '0' || d > '9')) {
                return false;
            }
        }
        return true;
    }
}

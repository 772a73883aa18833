package io.github.subtitleqc.core.rule;

import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.text.AsciiFacts;
import io.github.subtitleqc.core.text.Counting;
import io.github.subtitleqc.core.text.VisibleCues;
import io.github.subtitleqc.core.text.Words;

import java.util.List;

/**
 * A cue with the measures rules need, computed once per cue and shared by all rules: the visible
 * text of each line (SPEC §4.1) and its count under the file's {@link Counting}.
 *
 * <p>Counts are of each visible line with its leading and trailing white space removed; the line
 * break between two lines counts 0.
 */
public final class CueView {

    private final Cue cue;
    private final Counting counting;
    private final List<String> visibleLines;
    /** The {@link AsciiFacts} of each visible line. */
    private final long[] facts;
    private int[] lineHalfUnits;
    private int readingHalfUnitsNoSpaces = -1;
    private int words = -1;
    private int displayedLines = -1;

    public CueView(Cue cue, Counting counting) {
        this(cue, counting, new VisibleCues(List.of(cue)), 0);
    }

    /** The view of cue {@code index} of a document whose visible text is already made. */
    public CueView(Cue cue, Counting counting, VisibleCues visible, int index) {
        this.cue = cue;
        this.counting = counting;
        this.facts = visible.facts(index);
        this.visibleLines = visible.take(index);
    }

    /** The cue as written. */
    public Cue cue() {
        return cue;
    }

    /** 1-based position in the file. */
    public int ordinal() {
        return cue.ordinal();
    }

    /** The source line of the cue's timing line. */
    public int line() {
        return cue.line();
    }

    /** The source line of text line {@code index} (0-based). */
    public int textLine(int index) {
        return cue.textLine(index);
    }

    /** The source column of 1-based column {@code column} of text line {@code index} (0-based). */
    public int textColumn(int index, int column) {
        return cue.textColumn(index, column);
    }

    /** The group of cues this one may collide with (see {@link Cue#group()}). */
    public String group() {
        return cue.group();
    }

    public long startMs() {
        return cue.startMs();
    }

    public long endMs() {
        return cue.endMs();
    }

    public long durationMs() {
        return cue.durationMs();
    }

    /** How characters are counted in this file. */
    public Counting counting() {
        return counting;
    }

    /**
     * Whether the visible text of line {@code index} is known to be plain ASCII (found while it
     * was made): true only when it is; false for a line that is not, and may be for one that is.
     */
    public boolean isPlainAscii(int index) {
        return AsciiFacts.isAscii(facts[index]);
    }

    /**
     * The {@link AsciiFacts} of visible line {@code index}, found while it was made:
     * {@link AsciiFacts#NOT_ASCII} for a line that is not plain ASCII (and may be for one that is).
     */
    public long asciiFacts(int index) {
        return facts[index];
    }

    /** Whether visible line {@code index} shows nothing (see {@link #isBlank(String)}). */
    public boolean isBlankLine(int index) {
        long f = facts[index];
        return AsciiFacts.isCounted(f) ? AsciiFacts.strippedLength(f) == 0 : isBlank(visibleLines.get(index));
    }

    /** The visible text of each line as written, one entry per written line (possibly empty). */
    public List<String> visibleLines() {
        return visibleLines;
    }

    /** The number of lines with visible text. */
    public int displayedLineCount() {
        if (displayedLines < 0) { // asked by several rules for every cue
            int n = 0;
            for (int i = 0; i < visibleLines.size(); i++) {
                if (!isBlankLine(i)) {
                    n++;
                }
            }
            displayedLines = n;
        }
        return displayedLines;
    }

    /**
     * True when a visible line shows nothing: only white space, no-break spaces included, and
     * zero-width joiners or non-joiners (which join nothing there).
     */
    public static boolean isBlank(String visible) {
        if (!visible.isEmpty() && visible.charAt(0) > ' ' && visible.charAt(0) < 0x7F) {
            return false; // most lines start with a visible ASCII character
        }
        for (int i = 0; i < visible.length(); ) {
            int cp = visible.codePointAt(i);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && cp != 0x200C && cp != 0x200D) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** True when no line has visible text. */
    public boolean isEmpty() {
        return displayedLineCount() == 0;
    }

    /** The count of visible line {@code index}, trimmed. */
    public double lineCount(int index) {
        return lineHalfUnits()[index] / 2.0;
    }

    /** The count of all visible text, the line breaks counting 0. */
    public double count(boolean countSpaces) {
        if (countSpaces) {
            int total = 0;
            for (int units : lineHalfUnits()) {
                total += units;
            }
            return total / 2.0;
        }
        if (readingHalfUnitsNoSpaces < 0) {
            int total = 0;
            for (int i = 0; i < visibleLines.size(); i++) {
                total += halfUnits(i, false);
            }
            readingHalfUnitsNoSpaces = total;
        }
        return readingHalfUnitsNoSpaces / 2.0;
    }

    /** The number of words in the visible text. */
    public int words() {
        if (words < 0) {
            words = Words.count(String.join("\n", visibleLines));
        }
        return words;
    }

    private int[] lineHalfUnits() {
        if (lineHalfUnits == null) {
            int[] units = new int[visibleLines.size()];
            for (int i = 0; i < units.length; i++) {
                units[i] = halfUnits(i, true);
            }
            lineHalfUnits = units;
        }
        return lineHalfUnits;
    }

    /** The count of visible line {@code index}, trimmed, in half units; no scan for ASCII when it is known to be. */
    private int halfUnits(int index, boolean countSpaces) {
        long f = facts[index];
        if (AsciiFacts.isCounted(f)) { // each character a grapheme of its own, counting 1 or 0.5
            int n = countSpaces ? AsciiFacts.strippedLength(f) : AsciiFacts.nonSpaceLength(f);
            return counting.asciiHalfUnits(n);
        }
        String line = visibleLines.get(index).strip();
        return isPlainAscii(index) ? counting.asciiHalfUnits(line, countSpaces) : counting.halfUnits(line, countSpaces);
    }
}

package io.github.subtitleqc.core.text;

/**
 * What one scan of a visible line tells when the line is plain ASCII, packed in a {@code long}, so
 * that the measures and rules that read every line (its count, whether it is blank, its leading
 * and trailing white space, a space before a space or a mark, its letters) need not scan it again.
 * {@link #NOT_ASCII} for a line with a character beyond U+007F (or of more than 16,777,215 chars):
 * then nothing is known and each asks the line itself.
 *
 * <p>The counts hold only when the line has no {@linkplain #hasControl control character} (tab
 * aside): a control character is its own grapheme cluster, CR LF one together, and
 * {@link String#strip()} removes some of them, so such a line is counted the slow way.
 */
public final class AsciiFacts {

    /** The line is not plain ASCII: nothing is known. */
    public static final long NOT_ASCII = -1;

    private static final int COUNT_BITS = 24;
    private static final long COUNT_MASK = (1L << COUNT_BITS) - 1;
    private static final long CONTROL = 1L << 48;
    private static final long LETTER = 1L << 49;
    private static final long LOWER = 1L << 50;
    private static final long SPACE_BEFORE_SPACE_OR_MARK = 1L << 51;
    private static final long LEADING_SPACE = 1L << 52;
    private static final long TRAILING_SPACE = 1L << 53;

    // each ASCII character's kind, in bits
    private static final int SPACE = 1; // space or tab (bit 0, so that "after a space" is kind & 1)
    private static final int SPACE_OR_MARK = 2; // space, tab or one of , . ; : ! ?
    private static final int K_LETTER = 4;
    private static final int K_LOWER = 8;
    private static final int K_CONTROL = 16;
    /** {@code <}, {@code {} or {@code &}: where a tag, an ASS override block or a character reference may start. */
    private static final int K_MARKUP = 32;
    /** {@code >}: where an arrow ({@code -->}) may end, which a reader looks at itself ({@link #ofPlain(byte[], int, int)}). */
    private static final int K_ARROW = 64;
    private static final byte[] KINDS = new byte[128];

    static {
        for (int c = 0; c < 128; c++) {
            int k = 0;
            if (c == ' ' || c == '\t') {
                k |= SPACE | SPACE_OR_MARK;
            } else if (c < ' ' || c == 0x7F) {
                k |= K_CONTROL;
            } else if (c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?') {
                k |= SPACE_OR_MARK;
            } else if (c >= 'a' && c <= 'z') {
                k |= K_LETTER | K_LOWER;
            } else if (c >= 'A' && c <= 'Z') {
                k |= K_LETTER;
            } else if (c == '<' || c == '{' || c == '&') {
                k |= K_MARKUP;
            } else if (c == '>') {
                k |= K_ARROW;
            }
            KINDS[c] = (byte) k;
        }
    }

    private AsciiFacts() {
    }

    /** The facts of {@code line}, or {@link #NOT_ASCII}. */
    public static long of(String line) {
        return of(line, false);
    }

    /**
     * The facts of a line as written when it is plain ASCII and holds none of {@code <}, {@code {}
     * and {@code &}: such a line has no tag, ASS override block or character reference to take out
     * and is its own visible text ({@link VisibleText}), so one scan finds that and its facts. Else
     * {@link #NOT_ASCII}: the line is not ASCII, or its visible text must be made first.
     */
    static long ofPlain(String written) {
        return of(written, true);
    }

    /**
     * {@link #ofPlain(String)} of a line read from UTF-8 bytes, {@code bytes[from, to)}, before it
     * is a string, for a reader that finds the facts while it reads: the facts when every byte is
     * ASCII and the line holds none of {@code <}, {@code {}, {@code &} and {@code >} (where an
     * arrow, {@code -->}, may end: a reader looks at such a line itself); else {@link #NOT_ASCII},
     * and the line is left to its string and the visible text. Its loop is {@code of(String, boolean)}'s
     * over bytes: one loop for both would read each character through an interface call.
     */
    public static long ofPlain(byte[] bytes, int from, int to) {
        int n = to - from;
        if (n > COUNT_MASK) {
            return NOT_ASCII;
        }
        int kinds = 0;
        int spaces = 0;
        int pair = 0;
        int previous = 0;
        for (int i = from; i < to; i++) {
            int c = bytes[i];
            if (c < 0) {
                return NOT_ASCII;
            }
            int k = KINDS[c];
            kinds |= k;
            spaces += k & SPACE;
            pair |= previous & SPACE & (k >> 1);
            previous = k;
        }
        if ((kinds & (K_MARKUP | K_ARROW)) != 0) {
            return NOT_ASCII;
        }
        int lead = 0;
        while (lead < n && (KINDS[bytes[from + lead]] & SPACE) != 0) {
            lead++;
        }
        int trail = 0;
        while (trail < n && (KINDS[bytes[to - 1 - trail]] & SPACE) != 0) {
            trail++;
        }
        return pack(n, kinds, spaces, pair, lead, trail);
    }

    private static long of(String line, boolean plainOnly) {
        int n = line.length();
        if (n > COUNT_MASK) {
            return NOT_ASCII;
        }
        int kinds = 0;
        int spaces = 0;
        int pair = 0;
        int previous = 0;
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c >= 0x80) {
                return NOT_ASCII;
            }
            int k = KINDS[c];
            kinds |= k;
            spaces += k & SPACE;
            pair |= previous & SPACE & (k >> 1); // a space (bit 0) before this space or mark (bit 1)
            previous = k;
        }
        int lead = 0;
        while (lead < n && (KINDS[line.charAt(lead)] & SPACE) != 0) {
            lead++;
        }
        int trail = 0;
        while (trail < n && (KINDS[line.charAt(n - 1 - trail)] & SPACE) != 0) {
            trail++;
        }
        if (plainOnly && (kinds & K_MARKUP) != 0) {
            return NOT_ASCII;
        }
        return pack(n, kinds, spaces, pair, lead, trail);
    }

    /** The facts of an ASCII line of {@code n} characters from what its scan found. */
    private static long pack(int n, int kinds, int spaces, int pair, int lead, int trail) {
        long facts = (lead == n ? 0 : n - lead - trail) | (long) (n - spaces) << COUNT_BITS;
        if ((kinds & K_CONTROL) != 0) {
            facts |= CONTROL;
        }
        if ((kinds & K_LETTER) != 0) {
            facts |= LETTER;
        }
        if ((kinds & K_LOWER) != 0) {
            facts |= LOWER;
        }
        if (pair != 0) {
            facts |= SPACE_BEFORE_SPACE_OR_MARK;
        }
        if (lead > 0) {
            facts |= LEADING_SPACE;
        }
        if (trail > 0) {
            facts |= TRAILING_SPACE;
        }
        return facts;
    }

    /** Whether the line is plain ASCII: the other facts are known. */
    public static boolean isAscii(long facts) {
        return facts != NOT_ASCII;
    }

    /**
     * Whether the line is plain ASCII with no control character but tab: then its counts, whether
     * it is blank and its leading and trailing white space are known.
     */
    public static boolean isCounted(long facts) {
        return facts != NOT_ASCII && (facts & CONTROL) == 0;
    }

    /** Whether the ASCII line holds a control character other than tab (U+0000–U+001F, U+007F). */
    public static boolean hasControl(long facts) {
        return (facts & CONTROL) != 0;
    }

    /** Whether the ASCII line holds a letter {@code A–Z} or {@code a–z}. */
    public static boolean hasLetter(long facts) {
        return (facts & LETTER) != 0;
    }

    /** Whether the ASCII line holds a lower-case letter {@code a–z}. */
    public static boolean hasLower(long facts) {
        return (facts & LOWER) != 0;
    }

    /** Whether a space or tab in the ASCII line is followed by another or by one of {@code , . ; : ! ?}. */
    public static boolean hasSpaceBeforeSpaceOrMark(long facts) {
        return (facts & SPACE_BEFORE_SPACE_OR_MARK) != 0;
    }

    /** Whether the ASCII line starts with a space or tab. */
    public static boolean hasLeadingSpace(long facts) {
        return (facts & LEADING_SPACE) != 0;
    }

    /** Whether the ASCII line ends with a space or tab. */
    public static boolean hasTrailingSpace(long facts) {
        return (facts & TRAILING_SPACE) != 0;
    }

    /** The length of the line without its leading and trailing spaces and tabs ({@link #isCounted} lines). */
    public static int strippedLength(long facts) {
        return (int) (facts & COUNT_MASK);
    }

    /** The number of characters of the line that are neither space nor tab ({@link #isCounted} lines). */
    public static int nonSpaceLength(long facts) {
        return (int) (facts >>> COUNT_BITS & COUNT_MASK);
    }
}

package io.github.subtitleqc.core.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes a subtitle file's bytes: a byte order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) wins,
 * then UTF-16 LE/BE recognised from its pattern of NUL bytes (a {@code format} issue says so; such
 * bytes are never text in an 8-bit encoding or UTF-8), else the configured encoding is used, or, with {@code encoding=auto}, UTF-8 when the bytes are
 * valid UTF-8 and else the encoding ICU4J's {@link CharsetDetector} guesses. Bytes that do not
 * decode become U+FFFD and one {@code encoding} issue per affected line, with the line and column
 * of the first; decoding never fails and the rest of the file is still decoded.
 */
public final class TextDecoder {

    /** The lowest ICU4J confidence (0–100) at which a guessed encoding is used. */
    static final int MIN_CONFIDENCE = 50;

    /** How many bytes of the file the detector looks at: enough lines of text, in linear time. */
    private static final int DETECTION_SAMPLE = 64 * 1024;

    private static final int MAX_BYTES_QUOTED = 4;

    /**
     * ICU4J's names for encodings Java knows under another name, or whose Windows superset is what
     * files in that encoding are really written in.
     */
    private static final Map<String, String> JAVA_NAMES = Map.of(
            "ISO-8859-8-I", "ISO-8859-8",
            "IBM424_rtl", "IBM424",
            "IBM424_ltr", "IBM424",
            "IBM420_rtl", "IBM420",
            "IBM420_ltr", "IBM420",
            "Shift_JIS", "windows-31j",
            "Big5", "x-windows-950",
            "EUC-KR", "x-windows-949");

    private TextDecoder() {
    }

    /** Decodes {@code bytes}, falling back to {@code configured} when there is no byte order mark. */
    public static DecodedText decode(byte[] bytes, Charset configured) {
        return decode(bytes, configured, false);
    }

    /**
     * Decodes {@code bytes}. Without a byte order mark and without the NUL bytes of UTF-16: when {@code detect} is false, with
     * {@code configured}; when it is true, as UTF-8 if the bytes are valid UTF-8, else with the
     * encoding ICU4J guesses with a confidence of at least {@value #MIN_CONFIDENCE} (a
     * {@code format} issue names it), else with {@code configured} (a {@code format} issue says
     * no guess was good enough).
     */
    public static DecodedText decode(byte[] bytes, Charset configured, boolean detect) {
        Bom bom = Bom.sniff(bytes);
        if (bom != null) {
            Decoding d = new Decoding(bytes, bom.length, bom.charset, Origin.BOM);
            return new DecodedText(d.text, bom.charset, true, d.issues);
        }
        Charset utf16 = Utf16Pattern.sniff(bytes);
        if (utf16 != null) {
            if (utf16.equals(configured)) {
                Decoding d = new Decoding(bytes, 0, configured, Origin.CONFIGURED);
                return new DecodedText(d.text, configured, false, d.issues);
            }
            Decoding d = new Decoding(bytes, 0, utf16, Origin.PATTERN);
            List<ReadIssue> issues = new ArrayList<>();
            issues.add(new ReadIssue(ReaderRules.FORMAT.id(), 0, 1, 1, "the file has no byte order mark: read as "
                    + utf16.name() + " from its pattern of NUL bytes; re-save it as UTF-8, or as " + utf16.name()
                    + " with a byte order mark, to make its encoding explicit"));
            issues.addAll(d.issues);
            return new DecodedText(d.text, utf16, false, issues);
        }
        if (!detect) {
            Decoding d = new Decoding(bytes, 0, configured, Origin.CONFIGURED);
            return new DecodedText(d.text, configured, false, d.issues);
        }
        Decoding utf8 = new Decoding(bytes, 0, StandardCharsets.UTF_8, Origin.CONFIGURED);
        if (utf8.issues.isEmpty()) {
            return new DecodedText(utf8.text, StandardCharsets.UTF_8, false, List.of());
        }
        List<CharsetMatch> matches = detect(bytes);
        for (CharsetMatch match : matches) {
            Charset charset = javaCharset(match.getName());
            if (match.getConfidence() < MIN_CONFIDENCE) {
                break;
            }
            if (charset == null || charset.equals(StandardCharsets.UTF_8)) {
                continue;
            }
            Decoding d = new Decoding(bytes, 0, charset, Origin.CONFIGURED);
            List<ReadIssue> issues = new ArrayList<>();
            issues.add(new ReadIssue(ReaderRules.FORMAT.id(), 0, 1, 1, "the file has no byte order mark and is not"
                    + " valid UTF-8; its encoding was guessed as " + charset.name() + " (ICU4J: " + match.getName()
                    + ", confidence " + match.getConfidence() + "%)" + language(match) + ": set the encoding"
                    + " parameter to " + charset.name() + " to make that explicit, or re-save the file as UTF-8"));
            issues.addAll(d.issues);
            return new DecodedText(d.text, charset, false, issues);
        }
        Decoding d = configured.equals(StandardCharsets.UTF_8) ? utf8 : new Decoding(bytes, 0, configured, Origin.CONFIGURED);
        List<ReadIssue> issues = new ArrayList<>();
        issues.add(new ReadIssue(ReaderRules.FORMAT.id(), 0, 1, 1, "the file has no byte order mark and is not"
                + " valid UTF-8, and its encoding could not be guessed with confidence (" + guesses(matches)
                + "); it was read as " + configured.name() + ": set the encoding parameter to the file's encoding,"
                + " or re-save the file as UTF-8"));
        issues.addAll(d.issues);
        return new DecodedText(d.text, configured, false, issues);
    }

    /**
     * Where the text of {@code bytes} starts when {@link #decode(byte[], Charset, boolean)} would
     * read them as UTF-8 if they are valid UTF-8: past a UTF-8 byte order mark, or 0 with no byte
     * order mark, no pattern of UTF-16, and UTF-8 configured or the encoding detected. Else -1: a
     * byte order mark of another encoding, UTF-16's NUL bytes, or another encoding configured.
     */
    public static int utf8Start(byte[] bytes, Charset configured, boolean detect) {
        Bom bom = Bom.sniff(bytes);
        if (bom != null) {
            return bom == Bom.UTF_8 ? bom.length : -1;
        }
        if (Utf16Pattern.sniff(bytes) != null) {
            return -1;
        }
        return detect || configured.equals(StandardCharsets.UTF_8) ? 0 : -1;
    }

    /** ICU4J's guesses, best first, from the lines that hold bytes above 0x7F. */
    private static List<CharsetMatch> detect(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(sample(bytes));
        CharsetMatch[] all = detector.detectAll();
        return all == null ? List.of() : List.of(all);
    }

    /**
     * Up to {@value #DETECTION_SAMPLE} bytes of the lines that hold a byte above 0x7F: the
     * timing lines and indexes are ASCII and only dilute what the detector measures.
     */
    static byte[] sample(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int start = 0;
        boolean high = false;
        for (int i = 0; i <= bytes.length && out.size() < DETECTION_SAMPLE; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (high) {
                    out.write(bytes, start, Math.min(i + 1, bytes.length) - start);
                }
                start = i + 1;
                high = false;
            } else if (bytes[i] < 0) {
                high = true;
            }
        }
        if (out.size() == 0) {
            return bytes.length <= DETECTION_SAMPLE ? bytes : java.util.Arrays.copyOf(bytes, DETECTION_SAMPLE);
        }
        return out.toByteArray();
    }

    private static Charset javaCharset(String icuName) {
        for (String name : new String[] {JAVA_NAMES.get(icuName), icuName}) {
            if (name == null) {
                continue;
            }
            try {
                return Charset.forName(name);
            } catch (RuntimeException e) {
                // not supported by this JVM: try the next name
            }
        }
        return null;
    }

    private static String language(CharsetMatch match) {
        String language = match.getLanguage();
        return language == null || language.isEmpty() ? ""
                : ", text in " + Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
    }

    private static String guesses(List<CharsetMatch> matches) {
        if (matches.isEmpty()) {
            return "no guess";
        }
        StringBuilder s = new StringBuilder("best guesses: ");
        for (int i = 0; i < Math.min(3, matches.size()); i++) {
            s.append(i == 0 ? "" : ", ").append(matches.get(i).getName()).append(' ')
                    .append(matches.get(i).getConfidence()).append('%');
        }
        return s.append(", below the ").append(MIN_CONFIDENCE).append("% needed").toString();
    }

    /**
     * One decoding pass: the text, and one issue per line that held undecodable bytes, found
     * while decoding, so that time and memory stay proportional to the file.
     */
    private static final class Decoding {
        final String text;
        final List<ReadIssue> issues = new ArrayList<>();
        private final byte[] bytes;
        private final Charset charset;
        private final Origin origin;
        private int line = 1;
        private int lineStart;
        private int scanned;
        private boolean afterCr;
        private int pendingLine;
        private int pendingColumn;
        private int pendingByte;
        private int pendingLength;
        private int pendingCount;

        Decoding(byte[] bytes, int offset, Charset charset, Origin origin) {
            this.bytes = bytes;
            this.charset = charset;
            this.origin = origin;
            String clean = ifClean(bytes, offset, charset);
            this.text = clean != null ? clean : withIssues(offset);
        }

        /**
         * The text when every byte decodes, else null. The check decodes into a small buffer it
         * reuses, and the text is then made by {@link String#String(byte[], int, int, Charset)},
         * which for Latin text stores one byte per character: a file needs its bytes and the text,
         * not also a buffer of twice its size (the decoding below), which matters for a file of
         * tens of megabytes.
         */
        private static String ifClean(byte[] bytes, int offset, Charset charset) {
            if (charset.equals(StandardCharsets.UTF_8)) {
                // one pass: String's UTF-8 decoding puts U+FFFD for what does not decode, so text
                // without U+FFFD decoded cleanly; text with one (written, or put) is checked below
                String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
                if (text.indexOf('\uFFFD') < 0) {
                    return text;
                }
            }
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
            CharBuffer scratch = CharBuffer.allocate(8192);
            boolean flushing = false;
            while (true) {
                CoderResult result = flushing ? decoder.flush(scratch) : decoder.decode(in, scratch, true);
                if (result.isError()) {
                    return null;
                }
                if (result.isOverflow()) {
                    scratch.clear();
                } else if (flushing) {
                    break;
                } else {
                    flushing = true;
                }
            }
            return new String(bytes, offset, bytes.length - offset, charset);
        }

        /** Decodes with U+FFFD for bytes that do not decode, noting one issue per line that has them. */
        private String withIssues(int offset) {
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
            CharBuffer out = CharBuffer.allocate(
                    (int) Math.min(Integer.MAX_VALUE - 16, (long) ((bytes.length - offset) * (double) decoder.averageCharsPerByte()) + 16));
            boolean flushed = false;
            while (true) {
                CoderResult result = flushed ? decoder.flush(out) : decoder.decode(in, out, true);
                if (result.isUnderflow()) {
                    if (flushed) {
                        break;
                    }
                    flushed = true;
                    continue;
                }
                if (result.isOverflow()) {
                    out = grow(out);
                    continue;
                }
                error(out, in.position(), result.length());
                in.position(in.position() + result.length());
                if (!out.hasRemaining()) {
                    out = grow(out);
                }
                out.put('\uFFFD');
            }
            report();
            out.flip();
            return out.toString();
        }

        private static CharBuffer grow(CharBuffer out) {
            CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
            out.flip();
            bigger.put(out);
            return bigger;
        }

        /** Notes undecodable bytes at output position {@code out.position()}. */
        private void error(CharBuffer out, int byteOffset, int length) {
            int at = out.position();
            for (; scanned < at; scanned++) {
                char c = out.get(scanned);
                if (c == '\r' || (c == '\n' && !afterCr)) {
                    line++;
                }
                if (c == '\r' || c == '\n') {
                    lineStart = scanned + 1;
                }
                afterCr = c == '\r';
            }
            if (pendingCount > 0 && pendingLine != line) {
                report();
            }
            if (pendingCount++ == 0) {
                pendingLine = line;
                pendingColumn = at - lineStart + 1;
                pendingByte = byteOffset;
                pendingLength = length;
            }
        }

        private void report() {
            if (pendingCount == 0) {
                return;
            }
            StringBuilder quoted = new StringBuilder();
            for (int i = 0; i < Math.min(pendingLength, MAX_BYTES_QUOTED) && pendingByte + i < bytes.length; i++) {
                if (i > 0) {
                    quoted.append(' ');
                }
                quoted.append(String.format(Locale.ROOT, "0x%02X", bytes[pendingByte + i] & 0xFF));
            }
            String what = pendingCount == 1 ? "byte sequence " + quoted
                    : pendingCount + " byte sequences, the first " + quoted + ",";
            String fix = switch (origin) {
                case BOM -> "the file's byte order mark says " + charset.name() + ": re-save the file in that encoding";
                case PATTERN -> "the file's pattern of NUL bytes says " + charset.name()
                        + ": re-save the file in that encoding";
                case CONFIGURED -> "set the encoding parameter to the file's real encoding (or to auto) or re-save"
                        + " the file as " + charset.name();
            };
            issues.add(new ReadIssue(ReaderRules.ENCODING.id(), 0, pendingLine, pendingColumn,
                    what + " cannot be decoded as " + charset.name() + " and shows as '\uFFFD': " + fix));
            pendingCount = 0;
        }
    }

    /** Where the encoding a file is decoded with came from. */
    private enum Origin { BOM, PATTERN, CONFIGURED }

    /**
     * UTF-16 without a byte order mark, recognised by its NUL bytes: in the first
     * {@value #SAMPLE} bytes, most characters of subtitle text (digits, timings, punctuation, line
     * ends, Latin letters) are code units with a 0 high byte, so one byte of each such pair is 0,
     * always at the same parity. UTF-8 text has a 0 byte only for a stray NUL; UTF-32 has 0 bytes
     * at both parities (its 0 pairs are counted against it); random bytes have few 0 bytes at
     * either.
     */
    static final class Utf16Pattern {

        /** How many bytes are looked at: the first lines, enough for timings and some text. */
        static final int SAMPLE = 8 * 1024;

        /** The fewest code units of the pattern (a file of a few characters is not judged). */
        static final int MIN_UNITS = 4;

        private Utf16Pattern() {
        }

        /** UTF-16LE or UTF-16BE when the bytes have the pattern of that encoding, else null. */
        static Charset sniff(byte[] bytes) {
            int units = Math.min(bytes.length, SAMPLE) / 2;
            int zeroOdd = 0;  // x 00: an ASCII-range character in UTF-16LE
            int zeroEven = 0; // 00 x: an ASCII-range character in UTF-16BE
            int zeroBoth = 0; // 00 00: U+0000 in UTF-16, but half of every ASCII character in UTF-32
            for (int i = 0; i < units; i++) {
                boolean even = bytes[2 * i] == 0;
                boolean odd = bytes[2 * i + 1] == 0;
                if (even && odd) {
                    zeroBoth++;
                } else if (odd) {
                    zeroOdd++;
                } else if (even) {
                    zeroEven++;
                }
            }
            if (pattern(zeroOdd, zeroEven, zeroBoth, units)) {
                return StandardCharsets.UTF_16LE;
            }
            if (pattern(zeroEven, zeroOdd, zeroBoth, units)) {
                return StandardCharsets.UTF_16BE;
            }
            return null;
        }

        /**
         * At least a fifth of the code units have their 0 byte at one parity, and the other parity
         * and 0 pairs are rare next to them (CJK text has U+3000 or U+4E00, 0 at the other parity;
         * UTF-32 has as many 0 pairs as characters).
         */
        private static boolean pattern(int dominant, int other, int both, int units) {
            return dominant >= MIN_UNITS && dominant * 5L >= units && other * 4L <= dominant && both * 8L <= dominant;
        }
    }

    /** A byte order mark. */
    private enum Bom {
        UTF_32BE(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, "UTF-32BE"),
        UTF_32LE(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, "UTF-32LE"),
        UTF_8(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "UTF-8"),
        UTF_16BE(new byte[] {(byte) 0xFE, (byte) 0xFF}, "UTF-16BE"),
        UTF_16LE(new byte[] {(byte) 0xFF, (byte) 0xFE}, "UTF-16LE");

        final byte[] mark;
        final Charset charset;
        final int length;

        Bom(byte[] mark, String charset) {
            this.mark = mark;
            this.charset = charsetOrUtf8(charset);
            this.length = mark.length;
        }

        static Bom sniff(byte[] bytes) {
            for (Bom bom : values()) {
                if (startsWith(bytes, bom.mark)) {
                    return bom;
                }
            }
            return null;
        }

        private static boolean startsWith(byte[] bytes, byte[] prefix) {
            if (bytes.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if (bytes[i] != prefix[i]) {
                    return false;
                }
            }
            return true;
        }

        private static Charset charsetOrUtf8(String name) {
            try {
                return Charset.forName(name);
            } catch (RuntimeException e) {
                return StandardCharsets.UTF_8;
            }
        }
    }
}

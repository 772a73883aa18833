package io.github.subtitleqc.core.read;

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

/**
 * Decodes a subtitle file's bytes: a byte order mark (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) wins,
 * else the configured encoding is used. Bytes that do not decode become U+FFFD and one
 * {@code encoding} issue per affected line; decoding never fails.
 */
public final class TextDecoder {

    private static final int MAX_BYTES_QUOTED = 4;

    private TextDecoder() {
    }

    /** Decodes {@code bytes}, falling back to {@code configured} when there is no byte order mark. */
    public static DecodedText decode(byte[] bytes, Charset configured) {
        Bom bom = Bom.sniff(bytes);
        Charset charset = bom != null ? bom.charset : configured;
        int offset = bom != null ? bom.length : 0;
        List<int[]> errors = new ArrayList<>(); // {char offset in output, byte offset in input, length}
        String text = decode(bytes, offset, charset, errors);
        List<ReadIssue> issues = errors.isEmpty() ? List.of() : issuesFor(text, bytes, errors, charset, bom != null);
        return new DecodedText(text, charset, bom != null, issues);
    }

    private static String decode(byte[] bytes, int offset, Charset charset, List<int[]> errors) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(Math.max(16, (int) ((bytes.length - offset) * (double) decoder.averageCharsPerByte()) + 16));
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
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
                out.flip();
                bigger.put(out);
                out = bigger;
                continue;
            }
            errors.add(new int[] {out.position(), in.position(), result.length()});
            in.position(in.position() + result.length());
            if (!out.hasRemaining()) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
                out.flip();
                bigger.put(out);
                out = bigger;
            }
            out.put('\uFFFD');
        }
        out.flip();
        return out.toString();
    }

    private static List<ReadIssue> issuesFor(String text, byte[] bytes, List<int[]> errors, Charset charset, boolean fromBom) {
        List<ReadIssue> issues = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        int scanned = 0;
        int lastLine = -1;
        for (int e = 0; e < errors.size(); e++) {
            int[] error = errors.get(e);
            int at = error[0];
            for (; scanned < at; scanned++) {
                char c = text.charAt(scanned);
                if (c == '\n' || (c == '\r' && (scanned + 1 >= text.length() || text.charAt(scanned + 1) != '\n'))) {
                    line++;
                    lineStart = scanned + 1;
                }
            }
            if (line == lastLine) {
                continue;
            }
            lastLine = line;
            int count = 1;
            while (e + count < errors.size() && lineOf(text, error[0], errors.get(e + count)[0])) {
                count++;
            }
            issues.add(new ReadIssue(ReaderRules.ENCODING.id(), 0, line, at - lineStart + 1,
                    message(bytes, error[1], error[2], count, charset, fromBom)));
        }
        return issues;
    }

    /** True when no line terminator lies between two offsets. */
    private static boolean lineOf(String text, int from, int to) {
        for (int i = from; i < to && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    private static String message(byte[] bytes, int byteOffset, int length, int count, Charset charset, boolean fromBom) {
        StringBuilder quoted = new StringBuilder();
        for (int i = 0; i < Math.min(length, MAX_BYTES_QUOTED) && byteOffset + i < bytes.length; i++) {
            if (i > 0) {
                quoted.append(' ');
            }
            quoted.append(String.format(Locale.ROOT, "0x%02X", bytes[byteOffset + i] & 0xFF));
        }
        String what = count == 1 ? "byte sequence " + quoted : count + " byte sequences, the first " + quoted + ",";
        String fix = fromBom
                ? "the file's byte order mark says " + charset.name() + ": re-save the file in that encoding"
                : "set the encoding parameter to the file's real encoding or re-save the file as " + charset.name();
        return what + " cannot be decoded as " + charset.name() + " and shows as '\uFFFD': " + fix;
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

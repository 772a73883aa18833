package io.github.subtitleqc.core.cache;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The small binary forms the cache is written in, for {@link ResultCodec} and for the summary
 * codecs of cross-file rules ({@link io.github.subtitleqc.core.rule.SummaryCodec}): variable-length
 * integers (most numbers in a result are small: cue numbers, lines, columns, counts) and strings of
 * any length with their exact {@code char}s (lone surrogates included, which UTF-8 would replace,
 * and longer than the 64 KB of {@link DataOutput#writeUTF}). With a {@link ByteReader} strings are
 * decoded straight from its array.
 */
public final class Binary {

    private Binary() {
    }

    /** Writes a non-negative {@code int} in 1–5 bytes, 7 bits a byte; a negative one takes 5. */
    public static void writeVarInt(DataOutput out, int value) throws IOException {
        while ((value & ~0x7F) != 0) {
            out.writeByte((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }

    /** Reads what {@link #writeVarInt} wrote. */
    public static int readVarInt(DataInput in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("malformed number: more than 5 bytes");
    }

    /** Writes any {@code int}, small ones of either sign in few bytes (zigzag). */
    public static void writeSignedVarInt(DataOutput out, int value) throws IOException {
        writeVarInt(out, (value << 1) ^ (value >> 31));
    }

    /** Reads what {@link #writeSignedVarInt} wrote. */
    public static int readSignedVarInt(DataInput in) throws IOException {
        int v = readVarInt(in);
        return (v >>> 1) ^ -(v & 1);
    }

    /** Writes any {@code long}, small ones of either sign in few bytes (zigzag, 7 bits a byte). */
    public static void writeSignedVarLong(DataOutput out, long value) throws IOException {
        long v = (value << 1) ^ (value >> 63);
        while ((v & ~0x7FL) != 0) {
            out.writeByte((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.writeByte((int) v);
    }

    /** Reads what {@link #writeSignedVarLong} wrote. */
    public static long readSignedVarLong(DataInput in) throws IOException {
        long v = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            int b = in.readByte();
            v |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return (v >>> 1) ^ -(v & 1);
            }
        }
        throw new IOException("malformed number: more than 10 bytes");
    }

    /**
     * Writes a string or {@code null}. A string is written as UTF-8 (its byte count first), unless
     * it holds a surrogate: then as its {@code char}s, each a variable-length number, so that a lone
     * surrogate, which UTF-8 would replace, comes back as it was. The first number says which:
     * 0 null, {@code 2n + 2} then n bytes of UTF-8, {@code 2n + 1} then n chars.
     */
    public static void writeString(DataOutput out, String s) throws IOException {
        if (s == null) {
            writeVarInt(out, 0);
            return;
        }
        if (!hasSurrogate(s)) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            writeVarInt(out, 2 * utf8.length + 2);
            out.write(utf8);
            return;
        }
        writeVarInt(out, 2 * s.length() + 1);
        for (int i = 0; i < s.length(); i++) {
            writeVarInt(out, s.charAt(i));
        }
    }

    private static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Reads what {@link #writeString} wrote. */
    public static String readString(DataInput in) throws IOException {
        int tag = readVarInt(in);
        if (tag == 0) {
            return null;
        }
        if (tag < 0) {
            throw new IOException("malformed string length " + tag);
        }
        if ((tag & 1) == 0) {
            int n = tag / 2 - 1;
            if (in instanceof ByteReader bytes) {
                return bytes.readUtf8(n);
            }
            return new String(readBytes(in, n), StandardCharsets.UTF_8);
        }
        int n = tag / 2;
        StringBuilder chars = new StringBuilder(Math.min(n, 1 << 16));
        for (int i = 0; i < n; i++) {
            int c = readVarInt(in);
            if (c < 0 || c > Character.MAX_VALUE) {
                throw new IOException("malformed character " + c);
            }
            chars.append((char) c);
        }
        return chars.toString();
    }

    /** {@code n} bytes, read in pieces so that a damaged length cannot ask for gigabytes at once. */
    private static byte[] readBytes(DataInput in, int n) throws IOException {
        if (n <= 1 << 16) {
            byte[] b = new byte[n];
            in.readFully(b);
            return b;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 16);
        byte[] piece = new byte[1 << 16];
        for (int left = n; left > 0; ) {
            int k = Math.min(left, piece.length);
            in.readFully(piece, 0, k);
            out.write(piece, 0, k);
            left -= k;
        }
        return out.toByteArray();
    }

    /** Writes a {@code Double} that may be {@code null}: a flag byte, then its bits. */
    public static void writeNullableDouble(DataOutput out, Double d) throws IOException {
        if (d == null) {
            out.writeByte(0);
        } else {
            out.writeByte(1);
            out.writeDouble(d);
        }
    }

    /** Reads what {@link #writeNullableDouble} wrote. */
    public static Double readNullableDouble(DataInput in) throws IOException {
        int flag = in.readByte();
        if (flag == 0) {
            return null;
        }
        if (flag != 1) {
            throw new IOException("malformed optional number flag " + flag);
        }
        return in.readDouble();
    }
}

package io.github.subtitleqc.core.cache;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The small binary forms the cache is written in, for {@link ResultCodec} and for the summary
 * codecs of cross-file rules ({@link io.github.subtitleqc.core.rule.SummaryCodec}): variable-length
 * integers (most numbers in a result are small: cue numbers, lines, columns, counts) and strings of
 * any length with their exact {@code char}s (lone surrogates included, which UTF-8 would replace,
 * and longer than the 64 KB of {@link DataOutput#writeUTF}).
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
     * Writes a string or {@code null}: its length plus one (0 for null), then each {@code char} as
     * a variable-length number (one byte for ASCII, three for CJK, as in UTF-8).
     */
    public static void writeString(DataOutput out, String s) throws IOException {
        if (s == null) {
            writeVarInt(out, 0);
            return;
        }
        writeVarInt(out, s.length() + 1);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out.writeByte(c);
            } else {
                writeVarInt(out, c);
            }
        }
    }

    /** Reads what {@link #writeString} wrote. */
    public static String readString(DataInput in) throws IOException {
        int n = readVarInt(in) - 1;
        if (n < 0) {
            if (n == -1) {
                return null;
            }
            throw new IOException("malformed string length " + n);
        }
        char[] chars = new char[Math.min(n, 1 << 16)];
        StringBuilder longer = n > chars.length ? new StringBuilder() : null;
        int filled = 0;
        for (int i = 0; i < n; i++) {
            int c = readVarInt(in);
            if (c < 0 || c > Character.MAX_VALUE) {
                throw new IOException("malformed character " + c);
            }
            if (filled == chars.length) {
                longer.append(chars, 0, filled);
                filled = 0;
            }
            chars[filled++] = (char) c;
        }
        if (longer != null) {
            return longer.append(chars, 0, filled).toString();
        }
        return new String(chars, 0, filled);
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

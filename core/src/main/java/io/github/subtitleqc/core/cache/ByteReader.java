package io.github.subtitleqc.core.cache;

import java.io.DataInput;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A {@link DataInput} over a byte array, without the locking of {@link java.io.ByteArrayInputStream}
 * that {@link DataInputStream} pays for on every byte: reading a cache entry is a few hundred
 * thousand small reads. Numbers are big-endian, as {@link DataInput} says.
 */
public final class ByteReader implements DataInput {

    private final byte[] bytes;
    private int position;
    private final int end;

    /** Reads {@code bytes} from the start. */
    public ByteReader(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    /** Reads {@code length} bytes of {@code bytes} from {@code offset}. */
    public ByteReader(byte[] bytes, int offset, int length) {
        if (offset < 0 || length < 0 || offset + length > bytes.length) {
            throw new IndexOutOfBoundsException("offset " + offset + ", length " + length + " of " + bytes.length);
        }
        this.bytes = bytes;
        this.position = offset;
        this.end = offset + length;
    }

    /** The number of bytes not read yet. */
    public int remaining() {
        return end - position;
    }

    private int take(int n) throws EOFException {
        if (n < 0 || n > end - position) {
            throw new EOFException("the data ends " + (n - (end - position)) + " bytes early");
        }
        int at = position;
        position += n;
        return at;
    }

    /** {@code length} bytes decoded as UTF-8, for {@link Binary#readString}. */
    String readUtf8(int length) throws EOFException {
        int at = take(length);
        return new String(bytes, at, length, StandardCharsets.UTF_8);
    }

    @Override
    public void readFully(byte[] b) throws IOException {
        readFully(b, 0, b.length);
    }

    @Override
    public void readFully(byte[] b, int off, int len) throws IOException {
        System.arraycopy(bytes, take(len), b, off, len);
    }

    @Override
    public int skipBytes(int n) {
        int skipped = Math.max(0, Math.min(n, end - position));
        position += skipped;
        return skipped;
    }

    @Override
    public boolean readBoolean() throws IOException {
        return readByte() != 0;
    }

    @Override
    public byte readByte() throws IOException {
        if (position >= end) {
            throw new EOFException("the data ends early");
        }
        return bytes[position++];
    }

    @Override
    public int readUnsignedByte() throws IOException {
        return readByte() & 0xFF;
    }

    @Override
    public short readShort() throws IOException {
        int at = take(2);
        return (short) (((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF));
    }

    @Override
    public int readUnsignedShort() throws IOException {
        return readShort() & 0xFFFF;
    }

    @Override
    public char readChar() throws IOException {
        return (char) readShort();
    }

    @Override
    public int readInt() throws IOException {
        int at = take(4);
        return ((bytes[at] & 0xFF) << 24) | ((bytes[at + 1] & 0xFF) << 16) | ((bytes[at + 2] & 0xFF) << 8)
                | (bytes[at + 3] & 0xFF);
    }

    @Override
    public long readLong() throws IOException {
        long high = readInt();
        return (high << 32) | (readInt() & 0xFFFFFFFFL);
    }

    @Override
    public float readFloat() throws IOException {
        return Float.intBitsToFloat(readInt());
    }

    @Override
    public double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    /** Not supported: the cache writes no lines. */
    @Override
    public String readLine() {
        throw new UnsupportedOperationException("readLine: the cache's data has no lines");
    }

    @Override
    public String readUTF() throws IOException {
        return DataInputStream.readUTF(this);
    }
}

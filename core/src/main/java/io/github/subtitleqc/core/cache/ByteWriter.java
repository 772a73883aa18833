package io.github.subtitleqc.core.cache;

import java.io.ByteArrayOutputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A {@link DataOutput} into a growing byte array, without the locking of
 * {@link ByteArrayOutputStream} that {@link DataOutputStream} pays for on every byte. Numbers are
 * big-endian, as {@link DataOutput} says.
 */
public final class ByteWriter implements DataOutput {

    private byte[] bytes;
    private int size;

    /** An empty writer with room for {@code capacity} bytes before it grows. */
    public ByteWriter(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    /** The number of bytes written. */
    public int size() {
        return size;
    }

    /** The bytes written, without a copy: valid up to {@link #size()}, until the next write. */
    byte[] buffer() {
        return bytes;
    }

    /** A copy of the bytes written. */
    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** Forgets what was written, keeping the array. */
    public void reset() {
        size = 0;
    }

    /** Writes the bytes written to {@code out}. */
    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    private int room(int n) {
        if (size + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + n, bytes.length * 2));
        }
        int at = size;
        size += n;
        return at;
    }

    @Override
    public void write(int b) {
        int at = room(1);
        bytes[at] = (byte) b;
    }

    @Override
    public void write(byte[] b) {
        write(b, 0, b.length);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        int at = room(len);
        System.arraycopy(b, off, bytes, at, len);
    }

    @Override
    public void writeBoolean(boolean v) {
        write(v ? 1 : 0);
    }

    @Override
    public void writeByte(int v) {
        write(v);
    }

    @Override
    public void writeShort(int v) {
        int at = room(2);
        bytes[at] = (byte) (v >>> 8);
        bytes[at + 1] = (byte) v;
    }

    @Override
    public void writeChar(int v) {
        writeShort(v);
    }

    @Override
    public void writeInt(int v) {
        int at = room(4);
        bytes[at] = (byte) (v >>> 24);
        bytes[at + 1] = (byte) (v >>> 16);
        bytes[at + 2] = (byte) (v >>> 8);
        bytes[at + 3] = (byte) v;
    }

    @Override
    public void writeLong(long v) {
        writeInt((int) (v >>> 32));
        writeInt((int) v);
    }

    @Override
    public void writeFloat(float v) {
        writeInt(Float.floatToIntBits(v));
    }

    @Override
    public void writeDouble(double v) {
        writeLong(Double.doubleToLongBits(v));
    }

    @Override
    public void writeBytes(String s) {
        for (int i = 0; i < s.length(); i++) {
            write(s.charAt(i));
        }
    }

    @Override
    public void writeChars(String s) {
        for (int i = 0; i < s.length(); i++) {
            writeChar(s.charAt(i));
        }
    }

    @Override
    public void writeUTF(String s) throws IOException {
        ByteArrayOutputStream utf = new ByteArrayOutputStream(s.length() + 2);
        new DataOutputStream(utf).writeUTF(s);
        write(utf.toByteArray());
    }
}

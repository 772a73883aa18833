package io.github.subtitleqc.core.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * What a jar's code is, read from its central directory without opening the entries: the name,
 * CRC-32, method and sizes of each entry, in order. The times, extra fields (extended timestamps),
 * comments and offsets are left out, so a jar built again from the same classes is the same code.
 *
 * <p>Made for the start of a build, where the JIT has not compiled anything yet: the plugin is one
 * jar of 11,300 entries (its libraries inside), and listing them as {@code JarEntry} objects and
 * digesting 16 bytes of each with SHA-256, which runs interpreted this early, made the fingerprint
 * 48–63 ms of a one-file check (24–36 ms with this). Here the directory is read in one piece, the
 * left-out bytes are zeroed in place, and the whole is summed by the JDK's CRC-32 and Adler-32,
 * whose loops are native (CRC-32C's is Java, and took 7–11 ms over the plugin's megabyte of
 * directory in the interpreter).
 */
final class JarDirectory {

    private static final int END = 0x06054b50;
    private static final int ENTRY = 0x02014b50;
    private static final int END_SIZE = 22;
    private static final int MAX_COMMENT = 0xFFFF;

    private JarDirectory() {
    }

    /**
     * 20 bytes that stand for the jar's entries (the number of entries, the directory's length and two
     * checksums of it), or {@code null} when the file's central directory is not read here (ZIP64, a
     * damaged or unusual file): the caller then lists the entries through {@link java.util.jar.JarFile}.
     */
    static byte[] entries(Path jar) throws IOException {
        try (FileChannel file = FileChannel.open(jar, StandardOpenOption.READ)) {
            long size = file.size();
            int tailLength = (int) Math.min(size, END_SIZE + MAX_COMMENT);
            ByteBuffer tail = ByteBuffer.allocate(tailLength);
            readFully(file, tail, size - tailLength);
            byte[] t = tail.array();
            int end = -1;
            for (int at = tailLength - END_SIZE; at >= 0; at--) {
                if (int32(t, at) == END && at + END_SIZE + u16(t, at + 20) == tailLength) {
                    end = at;
                    break;
                }
            }
            if (end < 0) {
                return null;
            }
            int count = u16(t, end + 10);
            long directoryLength = int32(t, end + 12) & 0xFFFFFFFFL;
            long directoryStart = int32(t, end + 16) & 0xFFFFFFFFL;
            if (count == 0xFFFF || directoryLength == 0xFFFFFFFFL || directoryStart == 0xFFFFFFFFL
                    || directoryStart + directoryLength > size - tailLength + end || directoryLength > Integer.MAX_VALUE) {
                return null; // ZIP64, or a directory that is not where the end record says
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) directoryLength);
            readFully(file, buffer, directoryStart);
            byte[] d = buffer.array();
            int entries = 0;
            int at = 0;
            while (at < d.length) {
                if (at + 46 > d.length || int32(d, at) != ENTRY) {
                    return null;
                }
                int nameLength = u16(d, at + 28);
                int extraLength = u16(d, at + 30);
                int commentLength = u16(d, at + 32);
                int next = at + 46 + nameLength + extraLength + commentLength;
                if (next > d.length) {
                    return null;
                }
                // kept: the versions and flags (4..9), method (10..11), CRC-32 and sizes (16..27), the
                // external attributes (38..41), the name. Zeroed, byte by byte (no call per field: this
                // loop runs 11,300 times in the interpreter): time and date (12..15), the extra field's and
                // comment's lengths, the disk number and internal attributes (30..37), where the entry's
                // data starts (42..45), then the extra field and comment themselves
                d[at + 12] = 0;
                d[at + 13] = 0;
                d[at + 14] = 0;
                d[at + 15] = 0;
                for (int i = at + 30; i < at + 38; i++) {
                    d[i] = 0;
                }
                d[at + 42] = 0;
                d[at + 43] = 0;
                d[at + 44] = 0;
                d[at + 45] = 0;
                if (extraLength + commentLength > 0) {
                    java.util.Arrays.fill(d, at + 46 + nameLength, next, (byte) 0);
                }
                at = next;
                entries++;
            }
            if (entries != count) {
                return null;
            }
            CRC32 crc = new CRC32();
            crc.update(d, 0, d.length);
            Adler32 adler = new Adler32();
            adler.update(d, 0, d.length);
            return ByteBuffer.allocate(20).putInt(entries).putLong(d.length).putInt((int) crc.getValue())
                    .putInt((int) adler.getValue()).array();
        }
    }

    private static void readFully(FileChannel file, ByteBuffer into, long position) throws IOException {
        while (into.hasRemaining()) {
            int n = file.read(into, position + into.position());
            if (n < 0) {
                throw new IOException("the jar ends before its central directory");
            }
        }
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }
}

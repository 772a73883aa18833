package io.github.subtitleqc.rules;

import java.util.Arrays;
import java.util.List;

/**
 * The files of a run a spelling is used in, each with its count there, as the term rules merge
 * the files one after the other: in file order, as variable-length numbers (the gap since the
 * previous file, then the count), so that a spelling used in 20,000 files costs about 40 kB, not
 * a map entry per file.
 */
final class FileCounts {

    private byte[] bytes = new byte[4];
    private int length;
    private int last = -1;
    private int files;

    /** Adds {@code count} uses in {@code file}, a file after every one added before. */
    void add(int file, int count) {
        if (file <= last) {
            throw new IllegalArgumentException("file " + file + " added after file " + last);
        }
        if (length + 10 > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + 10));
        }
        put(file - last);
        put(count);
        last = file;
        files++;
    }

    private void put(int value) {
        while ((value & ~0x7F) != 0) {
            bytes[length++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        bytes[length++] = (byte) value;
    }

    /** How many files. */
    int files() {
        return files;
    }

    /** Reads the files back in order. */
    Cursor cursor() {
        return new Cursor();
    }

    /** One pass over the files, in order. */
    final class Cursor {
        private int at;
        /** The current file, -1 before the first; {@link Integer#MAX_VALUE} after the last. */
        int file = -1;
        /** The count in the current file. */
        int count;

        /** Moves to the next file; false after the last. */
        boolean next() {
            if (at >= length) {
                file = Integer.MAX_VALUE;
                return false;
            }
            file += take();
            count = take();
            return true;
        }

        private int take() {
            int value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[at++];
                value |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
        }
    }

    /**
     * Where the spellings {@code all} are used taken together: the number of distinct files, and
     * the first {@code first} files in order with their counts summed over the spellings.
     *
     * @return {@code {files, file1, count1, file2, count2, …}}
     */
    static int[] spread(List<FileCounts> all, int first) {
        Cursor[] cursors = new Cursor[all.size()];
        for (int i = 0; i < cursors.length; i++) {
            cursors[i] = all.get(i).cursor();
            cursors[i].next();
        }
        int[] out = new int[1 + 2 * first];
        int files = 0;
        while (true) {
            int file = Integer.MAX_VALUE;
            for (Cursor c : cursors) {
                file = Math.min(file, c.file);
            }
            if (file == Integer.MAX_VALUE) {
                break;
            }
            int count = 0;
            for (Cursor c : cursors) {
                if (c.file == file) {
                    count += c.count;
                    c.next();
                }
            }
            if (files < first) {
                out[1 + 2 * files] = file;
                out[2 + 2 * files] = count;
            }
            files++;
        }
        out[0] = files;
        return Arrays.copyOf(out, 1 + 2 * Math.min(files, first));
    }
}

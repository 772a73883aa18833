package io.github.subtitleqc.core.report;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The HTML overview's rows, one small record per file, handed back worst score first (then in file
 * order) without holding a row per file: rows are buffered {@code chunk} at a time, each full
 * buffer is sorted and written to a temporary file beside the report, and {@link #forEachSorted}
 * merges those files with the last buffer. So the heap holds at most {@code chunk} rows, however
 * many files the run has; {@link #close} deletes the temporary files.
 */
final class OverviewRows implements Closeable {

    /** Rows kept in memory before they are written out: about 1 MB of short paths. */
    static final int CHUNK = 8192;

    /** Worst first: the lowest score, then the file's place in the run. */
    static final Comparator<Row> ORDER = Comparator.comparingDouble(Row::score).thenComparingInt(Row::index);

    private final Path directory;
    private final String prefix;
    private final int chunk;
    private final List<Row> buffer = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();

    /**
     * @param directory where the temporary files go (the report's directory)
     * @param prefix    the start of their names
     * @param chunk     the most rows held in memory
     */
    OverviewRows(Path directory, String prefix, int chunk) {
        this.directory = directory;
        this.prefix = prefix;
        this.chunk = chunk;
    }

    /** Adds one file's row. */
    void add(Row row) throws IOException {
        buffer.add(row);
        if (buffer.size() >= chunk) {
            spill();
        }
    }

    private void spill() throws IOException {
        buffer.sort(ORDER);
        Path run = Files.createTempFile(directory, prefix, ".rows");
        runs.add(run);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run)))) {
            for (Row r : buffer) {
                write(out, r);
            }
        }
        buffer.clear();
    }

    /** What is done with each row. */
    interface RowConsumer {
        void accept(Row row) throws IOException;
    }

    /** Every row added, worst first. */
    void forEachSorted(RowConsumer consumer) throws IOException {
        buffer.sort(ORDER);
        List<DataInputStream> inputs = new ArrayList<>();
        try {
            PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparing(Head::row, ORDER));
            for (Path run : runs) {
                DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run)));
                inputs.add(in);
                Row first = read(in);
                if (first != null) {
                    heads.add(new Head(first, in, -1));
                }
            }
            if (!buffer.isEmpty()) {
                heads.add(new Head(buffer.get(0), null, 0));
            }
            while (!heads.isEmpty()) {
                Head head = heads.poll();
                consumer.accept(head.row());
                Row next;
                int position = -1;
                if (head.in() == null) {
                    position = head.position() + 1;
                    next = position < buffer.size() ? buffer.get(position) : null;
                } else {
                    next = read(head.in());
                }
                if (next != null) {
                    heads.add(new Head(next, head.in(), position));
                }
            }
        } finally {
            for (DataInputStream in : inputs) {
                in.close();
            }
        }
    }

    @Override
    public void close() throws IOException {
        IOException failed = null;
        for (Path run : runs) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException e) {
                failed = e;
            }
        }
        runs.clear();
        buffer.clear();
        if (failed != null) {
            throw failed;
        }
    }

    private static void write(DataOutputStream out, Row r) throws IOException {
        out.writeInt(r.index());
        out.writeUTF(r.path());
        out.writeDouble(r.score());
        out.writeInt(r.cues());
        out.writeUTF(r.profile() == null ? "" : r.profile());
        out.writeLong(r.errors());
        out.writeLong(r.warnings());
        out.writeLong(r.infos());
    }

    /** The next row, or {@code null} at the end. */
    private static Row read(DataInputStream in) throws IOException {
        int index;
        try {
            index = in.readInt();
        } catch (EOFException end) {
            return null;
        }
        return new Row(index, in.readUTF(), in.readDouble(), in.readInt(), in.readUTF(), in.readLong(), in.readLong(),
                in.readLong());
    }

    /** A run's next row: from a file ({@code in}), or from the buffer at {@code position}. */
    private record Head(Row row, DataInputStream in, int position) {
    }

    /** What the overview shows of one file: its place in the run, path, score, cues, profile and own counts. */
    record Row(int index, String path, double score, int cues, String profile, long errors, long warnings,
               long infos) {
    }
}

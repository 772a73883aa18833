package io.github.subtitleqc.core.cache;

import io.github.subtitleqc.core.engine.FileResult;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * The results of the last run, on disk, for a re-run to reuse: like PMD's analysis cache, but
 * keyed by each file's display path and the hash of its content ({@link ContentHash}), under a
 * fingerprint of everything else that changes results ({@link ConfigFingerprint}).
 *
 * <p>Nothing but an index is held in memory (per file: its path, content hash, and where its entry
 * is), so a run's findings are never all on the heap: {@link #lookup} reads one entry from disk, and
 * {@link #record} appends one to a new file as results come. {@link #commit} then puts the new file
 * in place of the old one in one atomic move, so the cache keeps exactly the files of the last run
 * that finished, and a run that fails or is interrupted leaves the old cache as it was. A run that
 * records, in the old file's order, exactly the entries it found there (a re-run with nothing
 * changed) writes nothing: the old file is already the new one. The new file is started only where
 * the run first differs from the old one, by copying the old file up to there.
 *
 * <p>The cache never fails a build: a missing file is an empty cache; a file that is damaged,
 * truncated, not a cache, of another format or made with another configuration is an empty cache
 * and one warning naming it (it is rebuilt at the end of the run); a file that cannot be written
 * gives one warning and the run goes on uncached.
 *
 * <p>The file: a header (magic, format version, fingerprint), the entries (each a
 * {@link ResultCodec} result followed by the summaries' bytes), the index, and a trailer (where
 * the index is, its length and CRC-32C, an end mark). Each entry's CRC-32C is in the index and is
 * checked when the entry is read.
 *
 * <p>Threads: {@link #lookup} and {@link #encode} may be called from several threads at once;
 * {@link #record} is meant to be called from one thread, in file order (so the cache file lists
 * files in the order of the run), then {@link #commit} or {@link #close} once.
 */
public final class ResultCache implements Closeable {

    /** How many lookups found their entry in this run. */
    private final java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger();

    /** Raise with any change to this file's layout, {@link ResultCodec}, {@link Binary} or {@link ContentHash}. */
    public static final int FORMAT_VERSION = 2;

    private static final byte[] MAGIC = "SUBQC\0RC".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] END = "SUBQCEND".getBytes(StandardCharsets.ISO_8859_1);
    private static final int TRAILER = 8 + 4 + 4 + END.length;
    private static final String REBUILT = ": it is ignored, every file is checked, and the cache is rebuilt at the end"
            + " of the run";

    private final Path file;
    private final byte[] header;
    private final Consumer<String> warnings;
    private final Map<String, Entry> index;
    private final FileChannel old;
    /**
     * The old file's entries in file order, each right after the one before it, or empty when the
     * old file is not laid out so (then the new file is written from the start).
     */
    private final List<Entry> oldOrder;
    /** How many of {@link #oldOrder} this run recorded again, in order, before the new file was started. */
    private int matched;
    private final AtomicBoolean damageWarned = new AtomicBoolean();

    private final Map<String, Entry> written = new LinkedHashMap<>();
    private Path temp;
    private OutputStream out;
    private long position;
    private boolean failed;
    private boolean done;

    /** Where one file's entry is, and what it is for. */
    private record Entry(String path, byte[] hash, long offset, int length, int crc) {
    }

    private ResultCache(Path file, byte[] header, Consumer<String> warnings, Map<String, Entry> index,
                        FileChannel old) {
        this.file = file;
        this.header = header;
        this.warnings = warnings;
        this.index = index;
        this.old = old;
        this.oldOrder = old == null ? List.of() : contiguous(index.values(), header.length);
    }

    /**
     * The entries in file order when they follow one another from the header on, with nothing
     * between them (a cache written by {@link #record} and {@link #commit} with no path recorded
     * twice); else an empty list.
     */
    private static List<Entry> contiguous(java.util.Collection<Entry> entries, long start) {
        List<Entry> order = new ArrayList<>(entries);
        order.sort(java.util.Comparator.comparingLong(Entry::offset));
        long next = start;
        for (Entry e : order) {
            if (e.offset != next) {
                return List.of();
            }
            next = e.offset + e.length;
        }
        return order;
    }

    /** A cache that finds nothing and keeps nothing: for {@code cacheFile} set to empty. */
    public static ResultCache disabled() {
        ResultCache cache = new ResultCache(null, null, w -> { }, Map.of(), null);
        cache.done = true;
        return cache;
    }

    /**
     * Opens the cache at {@code file}, reading its index only. Never throws for the file's sake: see
     * the class comment for what each problem gives.
     *
     * @param file        the cache file; it need not exist, nor its folder
     * @param fingerprint the configuration of this run; entries made under another one are not used
     * @param warnings    where to say that the file was ignored, damaged or could not be written (each
     *                    at most once; a damaged entry is found by {@link #lookup}, so this may be
     *                    called from a worker thread)
     */
    public static ResultCache open(Path file, ConfigFingerprint fingerprint, Consumer<String> warnings) {
        byte[] header = header(fingerprint.bytes());
        if (!Files.exists(file)) {
            return new ResultCache(file, header, warnings, Map.of(), null);
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
            Map<String, Entry> index = readIndex(file, channel, header, warnings);
            if (index == null) {
                channel.close();
                return new ResultCache(file, header, warnings, Map.of(), null);
            }
            return new ResultCache(file, header, warnings, index, channel);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            warnings.accept("cache file " + file + " cannot be read (" + e + ")" + REBUILT);
            return new ResultCache(file, header, warnings, Map.of(), null);
        }
    }

    private static byte[] header(byte[] fingerprint) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeInt(FORMAT_VERSION);
            out.writeShort(fingerprint.length);
            out.write(fingerprint);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    /** The index, or null (and one warning) when the file is not a cache this run can use. */
    private static Map<String, Entry> readIndex(Path file, FileChannel channel, byte[] header,
                                               Consumer<String> warnings) throws IOException {
        long size = channel.size();
        byte[] start = read(channel, 0, (int) Math.min(size, header.length));
        if (start.length < MAGIC.length + 4 || !Arrays.equals(start, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            if (size < MAGIC.length && Arrays.equals(start, 0, start.length, MAGIC, 0, start.length)) {
                warnings.accept("cache file " + file + " is truncated" + REBUILT);
            } else {
                warnings.accept("cache file " + file + " is not a subtitle-qc cache" + REBUILT);
            }
            return null;
        }
        int version = ByteBuffer.wrap(start, MAGIC.length, 4).getInt();
        if (version != FORMAT_VERSION) {
            warnings.accept("cache file " + file + " was written by another version of subtitle-qc (cache format "
                    + version + ", this one reads " + FORMAT_VERSION + ")" + REBUILT);
            return null;
        }
        if (start.length < header.length) {
            warnings.accept("cache file " + file + " is truncated" + REBUILT);
            return null;
        }
        if (!Arrays.equals(start, header)) {
            warnings.accept("cache file " + file + " was made with another configuration (settings, glossaries, rule"
                    + " jars, or subtitle-qc or Java version)" + REBUILT);
            return null;
        }
        if (size < header.length + TRAILER) {
            warnings.accept("cache file " + file + " is truncated" + REBUILT);
            return null;
        }
        ByteBuffer trailer = ByteBuffer.wrap(read(channel, size - TRAILER, TRAILER));
        long indexOffset = trailer.getLong();
        int indexLength = trailer.getInt();
        int indexCrc = trailer.getInt();
        byte[] end = new byte[END.length];
        trailer.get(end);
        if (!Arrays.equals(end, END)) {
            warnings.accept("cache file " + file + " is truncated" + REBUILT);
            return null;
        }
        if (indexOffset < header.length || indexLength < 0 || indexOffset + indexLength != size - TRAILER) {
            warnings.accept("cache file " + file + " is damaged (its index is not where its trailer says)" + REBUILT);
            return null;
        }
        byte[] bytes = read(channel, indexOffset, indexLength);
        if (crc(bytes, bytes.length) != indexCrc) {
            warnings.accept("cache file " + file + " is damaged (its index fails its checksum)" + REBUILT);
            return null;
        }
        try {
            ByteReader in = new ByteReader(bytes);
            int count = Binary.readVarInt(in);
            if (count < 0) {
                throw new IOException("malformed entry count " + count);
            }
            Map<String, Entry> index = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String path = Binary.readString(in);
                byte[] hash = new byte[ContentHash.LENGTH];
                in.readFully(hash);
                long offset = Binary.readSignedVarLong(in);
                int length = Binary.readVarInt(in);
                int crc = in.readInt();
                if (path == null || offset < header.length || length < 0 || offset + length > indexOffset) {
                    throw new IOException("an entry out of bounds");
                }
                index.put(path, new Entry(path, hash, offset, length, crc));
            }
            if (in.remaining() > 0) {
                throw new IOException("bytes after the last entry");
            }
            return index;
        } catch (IOException e) {
            warnings.accept("cache file " + file + " is damaged (" + e.getMessage() + ")" + REBUILT);
            return null;
        }
    }

    private static byte[] read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new java.io.EOFException("the file ends early");
            }
        }
        return buffer.array();
    }

    private static int crc(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }

    /**
     * The content hashes worked out before the run ({@link #know}), by display path: a file whose
     * entry they find is taken from the cache without being read again.
     */
    private final Map<String, ContentHash> known = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Tells the cache the hash of a file's content, worked out before the run (to tell whether
     * anything changed): the run then looks the file up by it and reads the file only when it
     * misses. Safe to call from several threads.
     */
    public void know(String displayPath, ContentHash hash) {
        if (isEnabled()) {
            known.put(displayPath, hash);
        }
    }

    /** The hash {@link #know} was given for the file, or null. */
    public ContentHash known(String displayPath) {
        return known.get(displayPath);
    }

    /** A hex digest of the configuration this cache is for: the same for the same {@link ConfigFingerprint}. */
    public String configurationKey() {
        return header == null ? "" : java.util.HexFormat.of().formatHex(header);
    }

    /**
     * The files recorded in this run so far, in order, each with the hash of the content its entry
     * was made from; after {@link #commit} too.
     */
    public synchronized Map<String, ContentHash> recorded() {
        Map<String, ContentHash> all = new LinkedHashMap<>();
        for (Entry e : written.values()) {
            all.put(e.path, ContentHash.ofDigest(e.hash));
        }
        return all;
    }

    /** How many files were found in the cache so far in this run. */
    public int hits() {
        return hits.get();
    }

    /** Whether this cache reads and writes a file ({@code false} for {@link #disabled()}). */
    public boolean isEnabled() {
        return file != null;
    }

    /** The cache file, or {@code null} when disabled. */
    public Path file() {
        return file;
    }

    /** The number of files the cache file had entries for when it was opened (0 when it was not used). */
    public int size() {
        return index.size();
    }

    /**
     * The entry for the file shown as {@code displayPath} when it was recorded with the same
     * content, else {@code null}. Reads the entry from disk; safe to call from several threads.
     * A damaged entry is a miss, with one warning for the whole run.
     */
    public CachedFile lookup(String displayPath, ContentHash hash) {
        Entry e = index.get(displayPath);
        if (e == null || old == null || !Arrays.equals(e.hash, hash.raw())) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = read(old, e.offset, e.length);
        } catch (java.nio.channels.ClosedChannelException closed) {
            return null; // committed or closed meanwhile
        } catch (IOException | RuntimeException ex) {
            damaged(e, ex.toString());
            return null;
        }
        if (crc(bytes, bytes.length) != e.crc) {
            damaged(e, "it fails its checksum");
            return null;
        }
        try {
            ByteReader in = new ByteReader(bytes);
            FileResult result = ResultCodec.read(in);
            int count = Binary.readVarInt(in);
            if (count < 0) {
                throw new IOException("malformed summary count " + count);
            }
            List<byte[]> summaries = new ArrayList<>(Math.min(count, 64));
            for (int i = 0; i < count; i++) {
                int length = Binary.readVarInt(in) - 1;
                if (length < -1 || length > in.remaining()) {
                    throw new IOException("malformed summary length " + length);
                }
                byte[] summary = length < 0 ? null : new byte[length];
                if (summary != null) {
                    in.readFully(summary);
                }
                summaries.add(summary);
            }
            if (in.remaining() > 0) {
                throw new IOException("bytes after the last summary");
            }
            hits.incrementAndGet();
            return new CachedFile(result, Collections.unmodifiableList(summaries), new EncodedFile(bytes, e.crc, e));
        } catch (IOException | RuntimeException ex) {
            damaged(e, ex.getMessage());
            return null;
        }
    }

    private void damaged(Entry e, String why) {
        if (damageWarned.compareAndSet(false, true)) {
            warnings.accept("cache file " + file + " is damaged (the entry of " + e.path + ": " + why
                    + "): that file is checked again, and the cache is rebuilt at the end of the run");
        }
    }

    /**
     * Adds a file's entry to the new cache file, next to the old one. Call from one thread, in the
     * order of the run's files; a second entry for the same path replaces the first. Encodes the
     * entry on the calling thread: to encode on the worker threads instead, use {@link #encode} there
     * and {@link #record(String, ContentHash, EncodedFile)} here.
     *
     * @param displayPath the file's display path, as later passed to {@link #lookup}
     * @param hash        the hash of the content {@code result} was computed from
     * @param result      the file's own result: its findings before any cross-file rule added its own
     * @param summaries   for each project rule, in the run's order, the bytes of the file's summary
     *                    ({@link io.github.subtitleqc.core.rule.SummaryCodec#encode}), or {@code null}
     *                    where the rule did not run on the file
     */
    public void record(String displayPath, ContentHash hash, FileResult result, List<byte[]> summaries) {
        if (done || failed) {
            return;
        }
        EncodedFile encoded;
        try {
            encoded = encode(result, summaries);
        } catch (RuntimeException e) {
            synchronized (this) {
                writeFailed(e);
            }
            return;
        }
        record(displayPath, hash, encoded);
    }

    /**
     * A file's entry, encoded: what {@link #record(String, ContentHash, FileResult, List)} writes.
     * Safe to call from any thread, so that a run can encode each file's entry where it checked it
     * (about a microsecond per finding) and record them in file order.
     *
     * @param result    the file's own result: its findings before any cross-file rule added its own
     * @param summaries as for {@link #record(String, ContentHash, FileResult, List)}
     */
    public static EncodedFile encode(FileResult result, List<byte[]> summaries) {
        ByteWriter entry = new ByteWriter(1 << 12);
        try {
            ResultCodec.write(result, entry);
            Binary.writeVarInt(entry, summaries.size());
            for (byte[] s : summaries) {
                Binary.writeVarInt(entry, s == null ? 0 : s.length + 1);
                if (s != null) {
                    entry.write(s);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("writing to an array failed", e);
        }
        byte[] bytes = entry.toByteArray();
        return new EncodedFile(bytes, crc(bytes, bytes.length), null);
    }

    /**
     * Adds an entry {@link #encode} made to the new cache file. Call from one thread, in the order
     * of the run's files; a second entry for the same path replaces the first.
     */
    public synchronized void record(String displayPath, ContentHash hash, EncodedFile encoded) {
        if (done || failed) {
            return;
        }
        try {
            if (out == null && matched < oldOrder.size() && encoded.source == oldOrder.get(matched)
                    && encoded.source.path.equals(displayPath) && !written.containsKey(displayPath)) {
                // the old file's next entry, found by lookup: already where the new file would put it
                written.put(displayPath, encoded.source);
                matched++;
                return;
            }
            start();
            int length = encoded.bytes.length;
            written.remove(displayPath);
            written.put(displayPath, new Entry(displayPath, hash.raw(), position, length, encoded.crc));
            out.write(encoded.bytes);
            position += length;
        } catch (IOException | RuntimeException e) {
            writeFailed(e);
        }
    }

    /** A file's entry as {@link #encode} made it, ready to be recorded. */
    public static final class EncodedFile {
        private final byte[] bytes;
        private final int crc;
        /** The old file's entry these bytes were read from, or null for an entry encoded in this run. */
        private final Entry source;

        private EncodedFile(byte[] bytes, int crc, Entry source) {
            this.bytes = bytes;
            this.crc = crc;
            this.source = source;
        }

        /** Its size in bytes. */
        public int size() {
            return bytes.length;
        }
    }

    /**
     * Creates the new cache file and writes its header, before the first entry, then the old file's
     * entries this run recorded again before it differed ({@link #matched}): the same bytes at the
     * same places, since the header is the same.
     */
    private void start() throws IOException {
        if (out != null) {
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        temp = Files.createTempFile(folder, file.getFileName() + ".", ".tmp");
        temp.toFile().deleteOnExit();
        out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.WRITE), 1 << 16);
        out.write(header);
        position = header.length;
        if (matched > 0) {
            Entry last = oldOrder.get(matched - 1);
            long end = last.offset + last.length;
            while (position < end) {
                int chunk = (int) Math.min(1 << 20, end - position);
                out.write(read(old, position, chunk));
                position += chunk;
            }
        }
    }

    private void writeFailed(Exception e) {
        failed = true;
        warnings.accept("cannot write the cache file " + file + " (" + e + "): this run's results are not cached;"
                + " make its folder writable, or set cacheFile to empty to run without a cache");
        closeQuietly(out);
        deleteTemp();
    }

    /**
     * Writes the index and moves the new cache file over the old one, in one atomic move: the cache
     * now holds exactly the files recorded in this run. Ends the cache: lookups find nothing after
     * it. A failure to write gives a warning, not an exception, and leaves the old file as it was.
     */
    public synchronized void commit() {
        if (done) {
            return;
        }
        done = true;
        if (!failed && out == null && old != null && matched == oldOrder.size() && matched == index.size()
                && written.size() == matched) {
            close(); // every entry of the old file again, in its order, and no other: it stays as it is
            return;
        }
        if (!failed) {
            try {
                start();
                ByteWriter index = new ByteWriter(1 << 12);
                Binary.writeVarInt(index, written.size());
                for (Entry e : written.values()) {
                    Binary.writeString(index, e.path);
                    index.write(e.hash);
                    Binary.writeSignedVarLong(index, e.offset);
                    Binary.writeVarInt(index, e.length);
                    index.writeInt(e.crc);
                }
                byte[] indexBytes = index.toByteArray();
                DataOutputStream data = new DataOutputStream(out);
                data.write(indexBytes);
                data.writeLong(position);
                data.writeInt(indexBytes.length);
                data.writeInt(crc(indexBytes, indexBytes.length));
                data.write(END);
                data.close();
                out = null;
                closeQuietly(old); // before the move: some systems refuse to replace an open file
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
                temp = null;
            } catch (IOException | RuntimeException e) {
                writeFailed(e);
            }
        }
        close();
    }

    /** Ends the cache; without {@link #commit}, deletes the new file and leaves the old one as it was. */
    @Override
    public synchronized void close() {
        done = true;
        closeQuietly(out);
        out = null;
        deleteTemp();
        closeQuietly(old);
    }

    private void deleteTemp() {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // a stray .tmp next to the cache; the next run makes its own
            }
            temp = null;
        }
    }

    private static void closeQuietly(Closeable c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                // nothing was lost: only reading, or a file about to be deleted
            }
        }
    }
}

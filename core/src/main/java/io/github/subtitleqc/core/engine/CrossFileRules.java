package io.github.subtitleqc.core.engine;

import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.rule.ProjectReporter;
import io.github.subtitleqc.core.rule.ProjectRule;
import io.github.subtitleqc.core.rule.SummaryCodec;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The cross-file stage: keeps, file by file, only the summaries the cross-file rules made (never
 * a file's cues or findings), and after the last file lets each rule decide over them. A rule
 * with a {@link SummaryCodec} has its summaries encoded to a temporary file as they come, and its
 * {@link ProjectRule#finish} reads them back one at a time, so that the memory a run needs does
 * not grow with the number of files; a rule without one keeps them on the heap.
 */
final class CrossFileRules implements Closeable {

    private final List<ProjectRule<?>> available;
    /** Per file, in the order added: each cross-file rule as it ran on that file, null where it did not. */
    private final List<RuleSet.ActiveProjectRule[]> ran = new ArrayList<>();
    private final Map<String, Integer> fileIndex = new HashMap<>();
    /** Per rule without a codec: the summaries of the files it ran on, in file order. */
    private final List<List<Object>> onHeap = new ArrayList<>();
    /** Per rule with a codec: where its summaries are in the spill file, in file order. */
    private final List<Spilled> spilled = new ArrayList<>();
    private Path spillFile;
    private FileChannel spill;
    private long spillSize;

    /** @param available the cross-file rules that can run, in the order of every file's summary list */
    CrossFileRules(List<ProjectRule<?>> available) {
        this.available = List.copyOf(available);
        for (ProjectRule<?> rule : available) {
            onHeap.add(rule.summaryCodec() == null ? new ArrayList<>() : null);
            spilled.add(rule.summaryCodec() == null ? null : new Spilled());
        }
    }

    /**
     * Adds one file's summaries; files come in the run's order.
     *
     * @param encoded the summaries encoded with their rules' codecs (null where a rule did not run
     *                or has no codec), or {@code null} to encode them here
     */
    void add(CheckedFile file, List<byte[]> encoded) throws IOException {
        String path = file.result().path();
        fileIndex.putIfAbsent(path, ran.size());
        int rules = available.size();
        RuleSet.ActiveProjectRule[] own = new RuleSet.ActiveProjectRule[rules];
        if (!file.summaries().isEmpty()) {
            for (int r = 0; r < rules; r++) {
                CrossFileSummary s = file.summaries().get(r);
                if (s == null) {
                    continue;
                }
                own[r] = s.rule;
                if (spilled.get(r) == null) {
                    onHeap.get(r).add(s.state);
                } else {
                    byte[] bytes = encoded != null && encoded.get(r) != null ? encoded.get(r) : s.encode();
                    spilled.get(r).add(write(bytes), bytes.length);
                }
            }
        }
        ran.add(own);
    }

    private long write(byte[] bytes) throws IOException {
        if (spill == null) {
            spillFile = Files.createTempFile("subtitle-qc-summaries", ".bin");
            spill = FileChannel.open(spillFile, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
        }
        long at = spillSize;
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            spill.write(buffer, at + buffer.position());
        }
        spillSize += bytes.length;
        return at;
    }

    /**
     * Lets every cross-file rule decide. A finding gets the severity the rule has on the file it
     * names, and none on a file the rule did not run on. Returns the findings grouped by file in
     * the order the files were added, each file's in {@link Finding#ORDER}.
     */
    List<Finding> finish() {
        List<Finding> found = new ArrayList<>();
        for (int r = 0; r < available.size(); r++) {
            int index = r;
            RuleSet.ActiveProjectRule running = null;
            for (RuleSet.ActiveProjectRule[] own : ran) {
                running = own[r] != null ? own[r] : running;
            }
            if (running == null) {
                continue; // it ran on no file
            }
            RuleSet.ActiveProjectRule last = running;
            ProjectReporter reporter = (file, cue, line, column, message, value, limit) -> {
                Integer i = fileIndex.get(file);
                RuleSet.ActiveProjectRule own = i == null ? last : ran.get(i)[index];
                if (own != null) {
                    found.add(new Finding(own.rule().descriptor().id(), own.severity(), file, cue, line, column,
                            message, value, limit));
                }
            };
            try {
                last.finish(summaries(r), reporter);
            } catch (RuntimeException e) {
                fileIndex.keySet().stream().sorted(Comparator.comparingInt(fileIndex::get)).forEach(path ->
                        reporter.report(path, 0, 1, 0, "rule " + last.rule().descriptor().id()
                                + " failed (" + e + ") and was skipped: report this to the rule's author", null, null));
            }
        }
        if (found.size() > 1) { // nothing to order (most runs): no comparators made
            Comparator<Finding> byFile = Comparator.comparingInt(f -> fileIndex.getOrDefault(f.file(), Integer.MAX_VALUE));
            found.sort(byFile.thenComparing(Finding.ORDER));
        }
        return found;
    }

    /** A rule's summaries in file order: on the heap, or read back from the spill file one at a time. */
    private List<Object> summaries(int rule) {
        if (spilled.get(rule) == null) {
            return onHeap.get(rule);
        }
        Spilled where = spilled.get(rule);
        @SuppressWarnings("unchecked")
        SummaryCodec<Object> codec = (SummaryCodec<Object>) available.get(rule).summaryCodec();
        return new ReadBack(where, codec, available.get(rule).descriptor().id());
    }

    /** Deletes the spill file. */
    @Override
    public void close() throws IOException {
        if (spill != null) {
            spill.close();
            spill = null;
        }
    }

    /** Where one rule's summaries are in the spill file. */
    private static final class Spilled {
        long[] offsets = new long[64];
        int[] lengths = new int[64];
        int size;

        void add(long offset, int length) {
            if (size == offsets.length) {
                offsets = Arrays.copyOf(offsets, size * 2);
                lengths = Arrays.copyOf(lengths, size * 2);
            }
            offsets[size] = offset;
            lengths[size] = length;
            size++;
        }
    }

    /** A rule's summaries, each decoded from the spill file when asked for (a fresh object each time). */
    private final class ReadBack extends AbstractList<Object> implements RandomAccess {
        private final Spilled where;
        private final SummaryCodec<Object> codec;
        private final String rule;

        ReadBack(Spilled where, SummaryCodec<Object> codec, String rule) {
            this.where = where;
            this.codec = codec;
            this.rule = rule;
        }

        @Override
        public Object get(int i) {
            if (i < 0 || i >= where.size) {
                throw new IndexOutOfBoundsException(i);
            }
            ByteBuffer buffer = ByteBuffer.allocate(where.lengths[i]);
            try {
                while (buffer.hasRemaining()) {
                    if (spill.read(buffer, where.offsets[i] + buffer.position()) < 0) {
                        throw new IOException("the spill file ends early");
                    }
                }
                return codec.decode(buffer.array());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read back a summary of rule " + rule + " from " + spillFile
                        + ": " + e.getMessage(), e);
            }
        }

        @Override
        public int size() {
            return where.size;
        }
    }
}

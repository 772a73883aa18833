package io.github.subtitleqc.core.cache;

import io.github.subtitleqc.core.engine.CueDetails;
import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.engine.FileSetup;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.score.Score;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact binary form of one {@link FileResult}, everything in it: its findings (a
 * {@code null} value or limit kept as such), its score with the rule costs in their order, its
 * cue details when it has them, its setup, and every string that may be {@code null}.
 *
 * <p>Numbers are variable-length ({@link Binary}), and each distinct string of one result is
 * written once and then referred to by number: a file's findings repeat its path, their rule ids
 * and often their messages. Decoding shares those strings too, so a cached result takes no more
 * heap than a fresh one.
 *
 * <p>The form has no version of its own: {@link ResultCache} writes one in its header, to be
 * raised whenever this class or {@link Binary} changes.
 */
public final class ResultCodec {

    private static final Severity[] SEVERITIES = Severity.values();

    private ResultCodec() {
    }

    /** Writes {@code result} to {@code out}. */
    public static void write(FileResult result, DataOutput out) throws IOException {
        Strings strings = new Strings(out);
        strings.write(result.path());
        strings.write(result.format());
        strings.write(result.language());
        strings.write(result.profile());
        strings.write(result.profileReason());
        strings.write(result.encoding());
        Binary.writeSignedVarInt(out, result.cues());
        FileSetup setup = result.setup();
        strings.write(setup.kind());
        strings.write(setup.fileSet());
        Binary.writeNullableDouble(out, setup.languageConfidence());
        out.writeBoolean(setup.checked());
        Binary.writeVarInt(out, result.baselined());
        Score score = result.score();
        out.writeDouble(score.value());
        Binary.writeVarInt(out, score.costs().size());
        for (Map.Entry<String, Double> cost : score.costs().entrySet()) {
            strings.write(cost.getKey());
            Binary.writeNullableDouble(out, cost.getValue());
        }
        Binary.writeVarInt(out, result.findings().size());
        for (Finding f : result.findings()) {
            strings.write(f.ruleId());
            out.writeByte(f.severity().ordinal());
            strings.write(f.file());
            Binary.writeSignedVarInt(out, f.cue());
            Binary.writeSignedVarInt(out, f.line());
            Binary.writeSignedVarInt(out, f.column());
            strings.write(f.message());
            Binary.writeNullableDouble(out, f.value());
            Binary.writeNullableDouble(out, f.limit());
        }
        CueDetails details = result.cueDetails();
        out.writeBoolean(details != null);
        if (details != null) {
            Binary.writeVarInt(out, details.size());
            Binary.writeNullableDouble(out, details.cpsLimit());
            long previousStart = 0;
            for (int i = 0; i < details.size(); i++) {
                // starts rise and cues are short: deltas take a byte or two where the values take five
                Binary.writeSignedVarLong(out, details.startMs(i) - previousStart);
                Binary.writeSignedVarLong(out, details.endMs(i) - details.startMs(i));
                out.writeFloat((float) details.cps(i));
                strings.write(details.text(i));
                previousStart = details.startMs(i);
            }
        }
    }

    /**
     * Reads what {@link #write} wrote.
     *
     * @throws IOException when the input ends early or holds something {@link #write} does not write
     */
    public static FileResult read(DataInput in) throws IOException {
        StringReader strings = new StringReader(in);
        String path = strings.read();
        String format = strings.read();
        String language = strings.read();
        String profile = strings.read();
        String profileReason = strings.read();
        String encoding = strings.read();
        int cues = Binary.readSignedVarInt(in);
        String kind = strings.read();
        String fileSet = strings.read();
        Double confidence = Binary.readNullableDouble(in);
        boolean checked = in.readBoolean();
        int baselined = count(in);
        double value = in.readDouble();
        int costCount = count(in);
        Map<String, Double> costs = new LinkedHashMap<>();
        for (int i = 0; i < costCount; i++) {
            costs.put(strings.read(), Binary.readNullableDouble(in));
        }
        int findingCount = count(in);
        List<Finding> findings = new ArrayList<>(Math.min(findingCount, 1 << 16));
        for (int i = 0; i < findingCount; i++) {
            String ruleId = strings.read();
            int severity = in.readByte();
            if (severity < 0 || severity >= SEVERITIES.length) {
                throw new IOException("malformed severity " + severity);
            }
            String file = strings.read();
            int cue = Binary.readSignedVarInt(in);
            int line = Binary.readSignedVarInt(in);
            int column = Binary.readSignedVarInt(in);
            String message = strings.read();
            Double findingValue = Binary.readNullableDouble(in);
            Double limit = Binary.readNullableDouble(in);
            try {
                findings.add(new Finding(ruleId, SEVERITIES[severity], file, cue, line, column, message, findingValue,
                        limit));
            } catch (NullPointerException e) {
                throw new IOException("malformed finding: " + e.getMessage(), e);
            }
        }
        CueDetails details = null;
        if (in.readBoolean()) {
            int size = count(in);
            CueDetails.Builder builder = new CueDetails.Builder(Math.min(size, 1 << 16), Binary.readNullableDouble(in));
            long start = 0;
            for (int i = 0; i < size; i++) {
                start += Binary.readSignedVarLong(in);
                long end = start + Binary.readSignedVarLong(in);
                float cps = in.readFloat();
                builder.add(start, end, cps, strings.read());
            }
            details = builder.build();
        }
        return new FileResult(path, format, language, profile, profileReason, encoding, cues, findings,
                new Score(value, costs), details, new FileSetup(kind, fileSet, confidence, checked), baselined);
    }

    private static int count(DataInput in) throws IOException {
        int n = Binary.readVarInt(in);
        if (n < 0) {
            throw new IOException("malformed count " + n);
        }
        return n;
    }

    /** Writes each distinct string of one result once: 0 null, 1 a new string, n + 2 the n-th one seen. */
    private static final class Strings {
        private final DataOutput out;
        private final Map<String, Integer> seen = new HashMap<>();

        Strings(DataOutput out) {
            this.out = out;
        }

        void write(String s) throws IOException {
            if (s == null) {
                Binary.writeVarInt(out, 0);
                return;
            }
            Integer index = seen.putIfAbsent(s, seen.size());
            if (index != null) {
                Binary.writeVarInt(out, index + 2);
            } else {
                Binary.writeVarInt(out, 1);
                Binary.writeString(out, s);
            }
        }
    }

    /** Reads what {@link Strings} wrote. */
    private static final class StringReader {
        private final DataInput in;
        private final List<String> seen = new ArrayList<>();

        StringReader(DataInput in) {
            this.in = in;
        }

        String read() throws IOException {
            int tag = Binary.readVarInt(in);
            if (tag == 0) {
                return null;
            }
            if (tag == 1) {
                String s = Binary.readString(in);
                if (s == null) {
                    throw new IOException("malformed string: a new string that is null");
                }
                seen.add(s);
                return s;
            }
            int index = tag - 2;
            if (index < 0 || index >= seen.size()) {
                throw new IOException("malformed string reference " + tag);
            }
            return seen.get(index);
        }
    }
}

package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.cache.Binary;
import io.github.subtitleqc.core.rule.SummaryCodec;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The binary form of a file's {@link Terms} (compacted by {@code fileDone}), for the result cache:
 * exactly what the term rules' {@code finish} reads of it — the file, its language group, the keys it writes in lower
 * case (for {@code term-near-miss} only), the glossary's keys for its language, and each key's
 * spellings in order of first occurrence with their counts, kinds and positions. What only collecting needs (the word table,
 * the last cue) is not kept: a decoded summary is never collected into.
 *
 * <p>{@link #TERMS} serves {@code term-consistency}, {@link #NEAR_MISS} {@code term-near-miss}
 * (the same terms and that rule's two settings). The two rules share one {@code Terms} per file
 * when a file is checked; decoded, each gets its own copy, which {@code finish} cannot tell apart.
 */
final class TermsCodec implements SummaryCodec<Terms> {

    /**
     * The codec of {@code term-consistency}'s summaries: without the keys a file writes in lower
     * case, which only {@code term-near-miss} reads (a file's hundreds of common words, read back
     * and merged for nothing at every run's end).
     */
    static final TermsCodec TERMS = new TermsCodec(false);

    /** The whole of a file's terms, the lower-case keys included: {@code term-near-miss}'s. */
    static final TermsCodec WITH_LOWER_KEYS = new TermsCodec(true);

    /** The codec of {@code term-near-miss}'s summaries. */
    static final SummaryCodec<TermNearMissRule.Summary> NEAR_MISS = new SummaryCodec<>() {
        @Override
        public void write(TermNearMissRule.Summary summary, DataOutput out) throws IOException {
            WITH_LOWER_KEYS.write(summary.terms(), out);
            Binary.writeSignedVarInt(out, summary.minLength());
            Binary.writeSignedVarInt(out, summary.maxDistance());
        }

        @Override
        public TermNearMissRule.Summary read(DataInput in) throws IOException {
            Terms terms = WITH_LOWER_KEYS.read(in);
            return new TermNearMissRule.Summary(terms, Binary.readSignedVarInt(in), Binary.readSignedVarInt(in));
        }
    };

    private final boolean lowerKeys;

    private TermsCodec(boolean lowerKeys) {
        this.lowerKeys = lowerKeys;
    }

    @Override
    public int version() {
        return lowerKeys ? 1 : 2; // 2: the lower-case keys left out
    }

    @Override
    public void write(Terms terms, DataOutput out) throws IOException {
        Binary.writeString(out, terms.file);
        Binary.writeString(out, terms.language);
        if (lowerKeys) {
            writeAll(terms.lowerKeys, out);
        }
        writeAll(terms.glossaryKeys, out);
        Binary.writeVarInt(out, terms.byKey.size());
        for (Map.Entry<String, Map<String, Terms.Spelling>> key : terms.byKey.entrySet()) {
            Binary.writeString(out, key.getKey());
            Binary.writeVarInt(out, key.getValue().size());
            for (Map.Entry<String, Terms.Spelling> e : key.getValue().entrySet()) {
                Terms.Spelling s = e.getValue();
                Binary.writeString(out, e.getKey());
                Binary.writeString(out, s.text);
                out.writeByte((s.positional ? 1 : 0) | (s.cjk ? 2 : 0) | (s.termLike ? 4 : 0));
                Binary.writeVarInt(out, s.count);
                Binary.writeVarInt(out, s.order);
                Binary.writeVarInt(out, s.stored);
                for (int i = 0; i < s.stored * 3; i++) {
                    Binary.writeSignedVarInt(out, s.positions[i]);
                }
            }
        }
    }

    @Override
    public Terms read(DataInput in) throws IOException {
        String file = Binary.readString(in);
        String language = Binary.readString(in);
        List<String> lower = lowerKeys ? readList(in) : List.of();
        Set<String> glossaryKeys = new HashSet<>(readList(in));
        if (file == null || language == null) {
            throw new IOException("malformed terms: no file or language");
        }
        Terms terms = new Terms(file, language, glossaryKeys.isEmpty() ? Set.of() : glossaryKeys);
        terms.lowerKeys.addAll(lower);
        int keys = count(in);
        for (int k = 0; k < keys; k++) {
            String key = Binary.readString(in);
            if (key == null) {
                throw new IOException("malformed terms: a null key");
            }
            int n = count(in);
            Map<String, Terms.Spelling> spellings = new LinkedHashMap<>();
            for (int j = 0; j < n; j++) {
                String identity = Binary.readString(in);
                String text = Binary.readString(in);
                if (identity == null || text == null) {
                    throw new IOException("malformed terms: a spelling without text");
                }
                int flags = in.readByte();
                Terms.Spelling s = new Terms.Spelling(text, (flags & 1) != 0, (flags & 2) != 0);
                s.termLike = (flags & 4) != 0;
                s.count = count(in);
                s.order = count(in);
                s.stored = count(in);
                s.positions = new int[Math.max(6, s.stored * 3)];
                for (int i = 0; i < s.stored * 3; i++) {
                    s.positions[i] = Binary.readSignedVarInt(in);
                }
                spellings.put(identity, s);
            }
            terms.byKey.put(key, spellings);
        }
        return terms;
    }

    private static void writeAll(java.util.Collection<String> strings, DataOutput out) throws IOException {
        Binary.writeVarInt(out, strings.size());
        for (String s : strings) {
            Binary.writeString(out, s);
        }
    }

    private static List<String> readList(DataInput in) throws IOException {
        int n = count(in);
        List<String> out = new java.util.ArrayList<>(Math.min(n, 4096));
        for (int i = 0; i < n; i++) {
            out.add(Binary.readString(in));
        }
        return out;
    }

    private static int count(DataInput in) throws IOException {
        int n = Binary.readVarInt(in);
        if (n < 0 || n > (1 << 28)) {
            throw new IOException("malformed count " + n);
        }
        return n;
    }
}

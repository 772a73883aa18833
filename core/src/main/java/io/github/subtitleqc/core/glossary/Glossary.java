package io.github.subtitleqc.core.glossary;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import io.github.subtitleqc.core.text.Normalizers;
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Terms to enforce, and the matcher that finds forbidden variants in visible text (SPEC §6).
 *
 * <p>Both sides are NFKC-normalised, so full-width {@code Ｂｅｄｒｏｃｋ} matches {@code Bedrock}.
 * A term edge that is a Latin letter or digit must meet a word boundary — any character that is
 * not a Latin letter or digit, including a change to another script: {@code infra团队} contains
 * {@code infra}, {@code infrared} does not. Han, Kana and Hangul edges match anywhere. Case
 * follows each entry's {@code caseSensitive}. An occurrence of an entry's preferred term, written
 * exactly so, is never reported as one of its variants.
 *
 * <p>All variants of all entries go into one Aho–Corasick automaton, so a text is scanned once
 * whatever the glossary's size. Immutable and safe to share between threads.
 */
public final class Glossary {


    /** A glossary without entries. */
    public static final Glossary EMPTY = new Glossary(List.of());

    private final List<GlossaryEntry> entries;
    private final PayloadTrie<Keyword> exact;
    private final PayloadTrie<Keyword> folded;

    public Glossary(List<GlossaryEntry> entries) {
        this.entries = List.copyOf(entries);
        if (this.entries.isEmpty()) {
            // nothing to find (find answers at once): no tries, and the Aho-Corasick classes are not loaded
            this.exact = null;
            this.folded = null;
            return;
        }
        PayloadTrie.PayloadTrieBuilder<Keyword> exactBuilder = PayloadTrie.builder();
        PayloadTrie.PayloadTrieBuilder<Keyword> foldedBuilder = PayloadTrie.<Keyword>builder().ignoreCase();
        for (GlossaryEntry e : this.entries) {
            PayloadTrie.PayloadTrieBuilder<Keyword> b = e.caseSensitive() ? exactBuilder : foldedBuilder;
            String preferred = normalize(e.preferred()).text();
            b.addKeyword(preferred, new Keyword(e, true, preferred));
            for (String variant : e.forbidden()) {
                b.addKeyword(normalize(variant).text(), new Keyword(e, false, preferred));
            }
        }
        this.exact = exactBuilder.build();
        this.folded = foldedBuilder.build();
    }

    /** The entries, in file order. */
    public List<GlossaryEntry> entries() {
        return entries;
    }

    /** True when there is nothing to enforce. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * The forbidden variants in {@code text} that apply to a file in {@code language}, in text order.
     * Offsets refer to {@code text} as given.
     */
    public List<TermMatch> find(String text, String language) {
        if (entries.isEmpty() || text.isEmpty()) {
            return List.of();
        }
        Normalized n = normalize(text);
        List<PayloadEmit<Keyword>> emits = new ArrayList<>();
        emits.addAll(exact.parseText(n.text()));
        emits.addAll(folded.parseText(n.text()));
        List<TermMatch> matches = new ArrayList<>();
        for (PayloadEmit<Keyword> emit : emits) {
            Keyword k = emit.getPayload();
            int start = emit.getStart();
            int end = emit.getEnd() + 1;
            if (k.preferred || !k.entry.appliesTo(language) || !atBoundaries(n.text(), start, end)
                    || insidePreferred(emits, k.entry, start, end, n.text())) {
                continue;
            }
            int from = n.toOriginal(start);
            int to = n.toOriginalEnd(end, text);
            matches.add(new TermMatch(k.entry, text.substring(from, to), from, to));
        }
        matches.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
        return dropDuplicates(matches);
    }

    private static boolean insidePreferred(Collection<PayloadEmit<Keyword>> emits, GlossaryEntry entry, int start, int end,
                                           String text) {
        for (PayloadEmit<Keyword> e : emits) {
            Keyword k = e.getPayload();
            if (k.preferred && k.entry == entry && e.getStart() <= start && e.getEnd() + 1 >= end
                    && text.startsWith(k.normalizedPreferred, e.getStart())
                    && atBoundaries(text, e.getStart(), e.getEnd() + 1)) {
                return true;
            }
        }
        return false;
    }

    private static List<TermMatch> dropDuplicates(List<TermMatch> sorted) {
        List<TermMatch> out = new ArrayList<>(sorted.size());
        for (TermMatch m : sorted) {
            if (out.isEmpty() || !(out.get(out.size() - 1).start() == m.start() && out.get(out.size() - 1).end() == m.end()
                    && out.get(out.size() - 1).entry() == m.entry())) {
                out.add(m);
            }
        }
        return out;
    }

    /** True when each Latin edge of {@code text[start, end)} meets a word boundary. */
    static boolean atBoundaries(String text, int start, int end) {
        if (isLatinWordChar(text.codePointAt(start)) && start > 0 && isLatinWordChar(text.codePointBefore(start))) {
            return false;
        }
        int last = text.codePointBefore(end);
        return !(isLatinWordChar(last) && end < text.length() && isLatinWordChar(text.codePointAt(end)));
    }

    /** A Latin letter or a digit: the characters a Latin word is made of. */
    static boolean isLatinWordChar(int cp) {
        if (Character.isDigit(cp)) {
            return true;
        }
        return UCharacter.isLetter(cp) && UScript.getScript(cp) == UScript.LATIN;
    }

    /** NFKC, one code point at a time, remembering where each normalised char came from. */
    static Normalized normalize(String s) {
        if (Normalizers.nfkc().isNormalized(s)) {
            return new Normalized(s, null);
        }
        StringBuilder out = new StringBuilder(s.length());
        int[] origin = new int[s.length() * 4 + 1];
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            String n = Normalizers.nfkc().normalize(s.substring(i, next));
            for (int j = 0; j < n.length(); j++) {
                if (out.length() + j >= origin.length - 1) {
                    origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                }
                origin[out.length() + j] = i;
            }
            out.append(n);
            i = next;
        }
        origin[out.length()] = s.length();
        return new Normalized(out.toString(), origin);
    }

    /** Normalised text with a map back to the original offsets ({@code null} when unchanged). */
    record Normalized(String text, int[] origin) {
        int toOriginal(int index) {
            return origin == null ? index : origin[index];
        }

        /** The original offset just after the source character of normalised char {@code end - 1}. */
        int toOriginalEnd(int end, String original) {
            if (origin == null) {
                return end;
            }
            int source = origin[end - 1];
            return Math.max(origin[end], source + Character.charCount(original.codePointAt(source)));
        }
    }

    /** A keyword of the automaton: its entry, whether it is the preferred term, and that term normalised. */
    private record Keyword(GlossaryEntry entry, boolean preferred, String normalizedPreferred) {
    }
}

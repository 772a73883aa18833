package io.github.subtitleqc.rules;

import com.ibm.icu.lang.UScript;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.text.AsciiFacts;
import io.github.subtitleqc.core.text.CharTable;
import io.github.subtitleqc.core.text.Normalizers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Latin terms of one file, as the term rules see them: each distinct spelling with its count
 * and where it occurs, grouped by a key that ignores case, hyphens, spaces and width
 * ({@code fine-tune}, {@code Finetune}, {@code fine tune} and {@code ｆｉｎｅｔｕｎｅ} share one).
 *
 * <p>An occurrence is <em>term-like</em> when it is a Latin word inside CJK text, an acronym
 * ({@code AWS}), mixed case ({@code DeepSeek}, {@code iPhone}), capitalised in mid-sentence,
 * hyphenated, or holds a digit. A capital at the start of a sentence is not the word's own: such
 * an occurrence is <em>positional</em>; it counts towards the term's frequency but neither votes
 * for a spelling nor is reported as one. Plain lower-case words of Latin text are kept only when
 * their key is also spelt in a term-like way in the same file, so a file's summary stays small.
 * Every word of a line written wholly in capitals ({@code DA ESCOLA DE ARTE "ADAMANT"}) is
 * positional too: its case is the line's styling, not the word's.
 *
 * <p>What a case difference or a near miss may be reported on (see {@link #caseSignificant} and
 * {@link #nameLike}) is decided per language: the file's primary language subtag ({@code pt} for
 * {@code pt-BR}, {@code ""} when unknown, a group of its own). Each file also keeps the keys of
 * the words it writes all in lower case in Latin text: a word seen lower case in a language is a
 * word of that language, not a name.
 */
final class Terms {

    /**
     * What a token is, as the hand-written scan ({@link #collectLine}) reads it too; compiled on
     * first use (a line in capitals only), not with the class: a one-file check seldom needs it.
     */
    private static final class Token {
        static final Pattern TOKEN = Pattern.compile("[\\p{IsLatin}\\p{Nd}]+(?:[-‐'’][\\p{IsLatin}\\p{Nd}]+)*");
    }

    /** The file these terms come from. */
    final String file;
    /** The file's language group: its primary language subtag, lower case; {@code ""} when unknown. */
    final String language;
    /**
     * The keys of the words this file writes all in lower case in Latin text, in order of first
     * occurrence: each word's once (two words of one key give it twice), with no hashing per file;
     * {@link Merged} makes the set of each language.
     */
    final List<String> lowerKeys = new ArrayList<>();
    /** The keys of the terms the run's glossaries name for this file's language. */
    final java.util.Set<String> glossaryKeys;
    /** The last cue collected: the term rules share one Terms per file, and each offers every cue. */
    private int lastCue;
    private boolean compacted;
    /** key → spelling → its statistics, in order of first occurrence. */
    final Map<String, Map<String, Spelling>> byKey = new HashMap<>();

    Terms(String file) {
        this(file, null, java.util.Set.of());
    }

    Terms(String file, String language, java.util.Set<String> glossaryKeys) {
        this.file = file;
        this.language = group(language);
        this.glossaryKeys = glossaryKeys;
    }

    /** The language group of a BCP 47 tag: its primary subtag in lower case, {@code ""} when unknown. */
    static String group(String language) {
        if (language == null || language.isBlank()) {
            return "";
        }
        int dash = language.indexOf('-');
        return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    private static final int[] NO_POSITIONS = new int[0];

    /** How one spelling is used in one file. */
    static final class Spelling {
        final String text;
        final boolean positional;
        /** Whether it is used inside CJK text (a spelling is kept apart for each kind of text). */
        final boolean cjk;
        int count;
        boolean termLike;
        /**
         * cue, line, column triples of its occurrences; none until the first is placed (most of a
         * file's spellings are dropped by {@link #compact()} before any is: see {@link OccurrenceLog}).
         */
        int[] positions = NO_POSITIONS;
        int stored;
        /** Its place among the file's spellings by first occurrence. */
        int order;
        /** Its place in the file's list of word spellings while the file is read (see {@link OccurrenceLog}). */
        int index = -1;

        Spelling(String text, boolean positional, boolean cjk) {
            this.text = text;
            this.positional = positional;
            this.cjk = cjk;
        }

        void add(int cue, int line, int column, boolean termLikeHere) {
            termLike |= termLikeHere;
            count++;
            place(cue, line, column);
        }

        void place(int cue, int line, int column) {
            if (stored * 3 + 3 > positions.length) {
                positions = java.util.Arrays.copyOf(positions, Math.max(6, positions.length * 2));
            }
            positions[stored * 3] = cue;
            positions[stored * 3 + 1] = line;
            positions[stored * 3 + 2] = column;
            stored++;
        }
    }

    /** The file's terms, made once and shared by the term rules. */
    static Terms of(io.github.subtitleqc.core.rule.RuleContext context) {
        return context.perFile(Terms.class, () -> new Terms(context.file(), context.language(),
                glossaryKeys(context.glossary(), context.language())));
    }

    /** The keys of the preferred and forbidden spellings of the glossary entries for {@code language}. */
    private static java.util.Set<String> glossaryKeys(io.github.subtitleqc.core.glossary.Glossary glossary, String language) {
        if (glossary == null || glossary.isEmpty()) {
            return java.util.Set.of();
        }
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (io.github.subtitleqc.core.glossary.GlossaryEntry e : glossary.entries()) {
            if (e.appliesTo(language)) {
                keys.add(key(e.preferred()));
                e.forbidden().forEach(f -> keys.add(key(f)));
            }
        }
        return keys;
    }

    /** Adds the terms of one cue, once however many rules offer it. */
    void collect(CueView cue) {
        if (cue.ordinal() <= lastCue) {
            return;
        }
        lastCue = cue.ordinal();
        if (words == null) {
            words = WordTable.lease(this);
            pairs = words.pairs;
            occurrences = words.occurrences;
        }
        List<String> lines = cue.visibleLines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            // CueView knows most ASCII lines already, and their letters; an ASCII line is scanned char by char below
            long facts = cue.asciiFacts(i);
            boolean known = AsciiFacts.isAscii(facts);
            boolean ascii = known || isAscii(line);
            if (known ? !AsciiFacts.hasLetter(facts) : !hasLatinLetter(line)) {
                continue;
            }
            boolean cjk = !ascii && hasCjk(line);
            // an ASCII line with a lower-case letter is no line in capitals: its facts say so without a scan
            boolean capitalsLine = !cjk && (!known || !AsciiFacts.hasLower(facts)) && isCapitalsLine(line);
            char[] chars = words.chars(line.length());
            line.getChars(0, line.length(), chars, 0);
            collectLine(chars, line.length(), ascii, cjk, capitalsLine, cue.ordinal(), cue.textLine(i), cue.textColumn(i, 1) - 1);
        }
    }

    /**
     * The tokens of one line, as {@code TOKEN} finds them, scanned by hand: runs of Latin letters
     * and decimal digits joined by single hyphens and apostrophes, in {@code line[0, n)} (the line
     * copied into the thread's buffer). Each token is looked up in the thread's {@link WordTable}
     * without making a string of it, so a word seen before, in this file or an earlier one, costs
     * no allocation and no normalisation. {@code columnShift} is where the line's text starts in
     * its source line, less 1 (0 but in TTML and ASS).
     */
    private void collectLine(char[] line, int n, boolean ascii, boolean cjk, boolean capitalsLine, int cueOrdinal,
                             int textLine, int columnShift) {
        int i = 0;
        int codePoints = 0; // code points before i
        int previousEnd = -1;
        int previousStart = -1;
        int previousColumn = 0;
        Word previous = null;
        boolean previousTermLike = false;
        while (i < n) {
            int cp = ascii ? line[i] : Character.codePointAt(line, i, n);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                codePoints++;
                continue;
            }
            int start = i;
            int column = columnShift + codePoints + 1;
            int hash = 0; // the token's String.hashCode, worked out while it is scanned
            while (true) {
                while (i < n) {
                    char ch = line[i];
                    int c = ascii || !Character.isHighSurrogate(ch) ? ch : Character.codePointAt(line, i, n);
                    if (!isWordChar(c)) {
                        break;
                    }
                    hash = 31 * hash + ch;
                    if (c > 0xFFFF) {
                        hash = 31 * hash + line[i + 1];
                        i += 2;
                    } else {
                        i++;
                    }
                    codePoints++;
                }
                if (i + 1 < n && isJoiner(line[i])
                        && isWordChar(ascii ? line[i + 1] : Character.codePointAt(line, i + 1, n))) {
                    hash = 31 * hash + line[i];
                    i++;
                    codePoints++;
                    continue;
                }
                break;
            }
            Word w = words.get(line, start, i, hash);
            if (!w.hasLetter) {
                previous = null;
                continue;
            }
            tick++;
            boolean initial = sentenceInitial(line, start);
            boolean positional = capitalsLine || (initial && w.capitalised);
            if (!cjk && w.noUpper && !w.lowerKept) {
                w.lowerKept = true;
                lowerKeys.add(w.key);
            }
            Word surface = positional ? w.lowered(words) : w;
            boolean termLike = cjk || (initial ? w.termShapedInitial : w.termShapedInside);
            Spelling spelling = w.spelling(this, positional, cjk);
            spelling.termLike |= termLike;
            spelling.count++;
            occurrences.add(spelling.index, cueOrdinal, textLine, column);
            if (previous != null && start == previousEnd + 1 && isSpace(line[previousEnd])
                    && previous.letters > 1 && surface.letters > 1) {
                // "fine tune" beside "fine-tune": kept by compact() only where the key is also one word
                int from = previousEnd - previous.text.length();
                // where the first word starts, already counted in code points unless lowering it changed its length
                int pairColumn = from == previousStart ? previousColumn
                        : columnShift + (ascii ? from : Character.codePointCount(line, 0, from)) + 1;
                pairs.add(previous, surface, cjk, termLike && previousTermLike, cueOrdinal, textLine, pairColumn, 2 * tick + 1);
            }
            previous = surface;
            previousStart = start;
            previousColumn = column;
            previousEnd = i;
            previousTermLike = termLike;
        }
    }

    /** What {@code TOKEN} takes for a word character: a Latin letter or a decimal digit. */
    private static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        if (cp >= 0x3000 && cp <= 0x9FFF) {
            return false; // CJK symbols, kana, ideographs: most of a Chinese or Japanese line, no table look-up
        }
        if (cp < 0x10000) {
            return WORD_CHARS.get(cp) == 1;
        }
        return isLatinOrDigit(cp);
    }

    /**
     * For each BMP character, looked up once: 1 a word character, 2 not. The script look-up is a
     * search through Unicode's script ranges, and a CJK line with a Latin word asks it of every Han
     * character.
     */
    private static final CharTable WORD_CHARS = new CharTable(cp -> isLatinOrDigit(cp) ? 1 : 2);

    private static boolean isLatinOrDigit(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN
                || Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** What {@code TOKEN} takes between two runs of word characters. */
    private static boolean isJoiner(char c) {
        return c == '-' || c == '‐' || c == '\'' || c == '’';
    }

    /** The thread's word table, leased for this file while it is read; given back by {@link #compact()}. */
    private WordTable words;
    /**
     * The file's word spellings in order of first occurrence, and the key of each, while the file
     * is read: {@link #compact()} enters in {@link #byKey} those of the keys it keeps, the few.
     */
    private final List<Spelling> fileSpellings = new ArrayList<>();
    private final List<String> fileSpellingKeys = new ArrayList<>();
    /** Where each word spelling occurs, while the file is read. */
    private OccurrenceLog occurrences;

    /**
     * Each occurrence of a word spelling as it is met: the spelling's {@link Spelling#index}, cue,
     * line, column. Most spellings are dropped by {@link #compact()} (plain lower-case words), so
     * their positions are written down here, one after the other, and only the kept ones' are
     * copied to their spellings.
     */
    private static final class OccurrenceLog {
        static final int ENTRY = 4;
        int[] entries = new int[ENTRY * 4096];
        int size;

        void add(int spelling, int cue, int line, int column) {
            int at = size * ENTRY;
            if (at + ENTRY > entries.length) {
                entries = java.util.Arrays.copyOf(entries, entries.length * 2);
            }
            int[] e = entries;
            e[at] = spelling;
            e[at + 1] = cue;
            e[at + 2] = line;
            e[at + 3] = column;
            size++;
        }
    }

    /** How many distinct tokens the file has met while it is read (for tests: a token is never entered twice). */
    int distinctTokens() {
        return words == null ? 0 : words.inFile();
    }
    /** The spelt-apart pairs of the file while it is read; dropped by {@link #compact()}. */
    private PairLog pairs;

    /**
     * The file's spelt-apart pairs ({@code fine tune}) as they occur: one word right after the
     * other with a space between. Few pairs survive {@link #compact()} (only those whose key a word
     * of the file also spells, and that word may come later in the file), so an occurrence is only
     * written down here, eight ints, and {@link #enterPairs()} groups the few that can be kept.
     */
    private static final class PairLog {
        static final int ENTRY = 8;
        /**
         * first word's id, next word's id, flags (1: in CJK text, 2: term-like, 4: both words
         * ASCII, so the pair's key is the two keys together), cue, line, column,
         * order, and the hash of the two keys together ({@link KeyHashes#mayHold(int)}), worked out
         * while both words are at hand.
         */
        int[] entries = new int[ENTRY * 2048];
        int size;

        void add(Word first, Word next, boolean cjk, boolean termLike, int cue, int line, int column, int order) {
            int at = size * ENTRY;
            if (at + ENTRY > entries.length) {
                entries = java.util.Arrays.copyOf(entries, entries.length * 2);
            }
            int[] e = entries;
            e[at] = first.id;
            e[at + 1] = next.id;
            e[at + 2] = (cjk ? 1 : 0) | (termLike ? 2 : 0) | (first.ascii && next.ascii ? 4 : 0);
            e[at + 3] = cue;
            e[at + 4] = line;
            e[at + 5] = column;
            e[at + 6] = order;
            e[at + 7] = first.keyHash * next.keyShift + next.keyHash;
            size++;
        }
    }

    /**
     * One distinct token met by a checking thread with what the term rules ask of it, computed
     * once: its key and its shape; and, for the file being read ({@link #generation}), the
     * spellings it has been added as (so a repeated word goes straight to its statistics), which
     * {@link #compact()} enters in {@link #byKey} when their key is kept.
     */
    private static final class Word {
        final String text;
        final String key;
        final boolean hasLetter;
        final boolean noUpper;
        final boolean capitalised;
        final boolean termShapedInitial;
        final boolean termShapedInside;
        final int letters;
        /** Its key's {@link String#hashCode()} and 31 to the power of its key's length: see {@link KeyHashes}. */
        final int keyHash;
        final int keyShift;
        /** Its text's {@link String#hashCode()}: tells most other words in its table slot apart without reading their text. */
        final int hash;
        /** Its text, as the table compares it with a range of a line. */
        final char[] chars;
        final boolean ascii;
        /** The {@link WordTable#generation} (the file) that {@link #lowerKept} and {@link #spellings} belong to. */
        int generation;
        boolean lowerKept;
        private Word lowered;
        /** Its place among its table's words, from 0: names it in {@link PairLog}. */
        final int id;
        /**
         * Its spellings in this file, by positional and cjk (0 plain Latin, 1 cjk, 2 positional
         * Latin, 3 positional cjk): each one's place in the file's list of spellings plus 1, 0 for
         * none yet. Numbers, not the spellings themselves: a word outlives its file and is moved
         * among the old objects, where each reference from it to a file's young spelling has G1
         * mark a card to scan again (the large benchmark corpus: 36,000 dirty cards at its young
         * collections over five rounds, 19,000 with numbers).
         */
        private final int[] spellings = new int[4];

        /** Forgets what an earlier file said of the word: it is met in the file of {@code generation}. */
        void enterFile(int generation) {
            this.generation = generation;
            lowerKept = false;
            java.util.Arrays.fill(spellings, 0);
        }

        /**
         * A token's text alone says all this, the same in every file: it is worked out once per
         * checking thread, when its word table first meets the token.
         */
        Word(String text, int id) {
            this.text = text;
            this.id = id;
            this.key = Terms.key(text);
            this.hasLetter = Terms.hasLetter(text);
            this.noUpper = Terms.noUpper(text);
            this.capitalised = isCapitalised(text);
            this.termShapedInitial = isTermShaped(text, true);
            this.termShapedInside = isTermShaped(text, false);
            this.letters = Terms.letters(text);
            this.keyHash = key.hashCode();
            this.keyShift = pow31(key.length());
            this.hash = text.hashCode();
            this.chars = text.toCharArray();
            this.ascii = isAscii(text);
        }

        /** The word with its first letter in lower case: how a positional occurrence is spelt in a pair. */
        Word lowered(WordTable table) {
            if (lowered == null) {
                String l = lowerFirst(text);
                lowered = l.equals(text) ? this : table.get(l);
            }
            return lowered;
        }

        Spelling spelling(Terms terms, boolean positional, boolean cjk) {
            int slot = (positional ? 2 : 0) + (cjk ? 1 : 0);
            int at = spellings[slot];
            if (at > 0) {
                return terms.fileSpellings.get(at - 1);
            }
            Spelling s = terms.newSpelling(text, key, positional, cjk);
            spellings[slot] = s.index + 1;
            return s;
        }

    }

    /**
     * The words met by one checking thread, by their text, looked up by a range of a line (open
     * addressing, linear probing). A table serves one file at a time and is kept for the thread's
     * next file, so a word met before costs a look-up, not a string, a shape and an entry per file;
     * what a word says of one file (its spellings) is forgotten when the next file meets it
     * ({@link #generation}). Up to {@value #WORDS_KEPT} words are kept between files.
     */
    private static final class WordTable {
        static final int WORDS_KEPT = 16_384;
        private static final ThreadLocal<WordTable> KEPT = new ThreadLocal<>();

        Word[] table = new Word[1024];
        /** The words by {@link Word#id}. */
        Word[] byId = new Word[512];
        private int size;
        /** The file being read with this table: a new number for each. */
        private int generation;
        /** The file's terms that use the table; null between files. */
        private Terms owner;
        /** The file's spelt-apart pairs and word occurrences, emptied for each file (their arrays kept, up to 4 MB each). */
        PairLog pairs = new PairLog();
        OccurrenceLog occurrences = new OccurrenceLog();

        /**
         * The thread's table for {@code terms}' file, or a new one that the thread keeps from now
         * on when it has grown past {@link #WORDS_KEPT} or another file still holds it (a file
         * whose check stopped short never gives it back).
         */
        static WordTable lease(Terms terms) {
            WordTable t = KEPT.get();
            if (t == null || t.owner != null || t.size > WORDS_KEPT) {
                t = new WordTable();
                KEPT.set(t);
            }
            t.owner = terms;
            t.generation++;
            if (t.pairs.entries.length > 1 << 20) {
                t.pairs = new PairLog();
            }
            t.pairs.size = 0;
            if (t.occurrences.entries.length > 1 << 20) {
                t.occurrences = new OccurrenceLog();
            }
            t.occurrences.size = 0;
            return t;
        }

        /** Gives the table back after {@code terms}' file. */
        void release(Terms terms) {
            if (owner == terms) {
                owner = null;
            }
        }

        /** How many words the current file has met (a word counts once). */
        int inFile() {
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (byId[i].generation == generation) {
                    n++;
                }
            }
            return n;
        }

        /** A buffer of at least {@code n} chars for the line being scanned. */
        char[] chars(int n) {
            if (chars.length < n) {
                chars = new char[Math.max(n, chars.length * 2)];
            }
            return chars;
        }

        private char[] chars = new char[256];

        /** The word {@code text}. */
        Word get(String text) {
            return get(text.toCharArray(), 0, text.length(), text.hashCode());
        }

        /** The word in {@code line[start, end)}, whose {@link String#hashCode()} is {@code h}. */
        Word get(char[] line, int start, int end, int h) {
            int mask = table.length - 1;
            int len = end - start;
            for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
                Word w = table[slot];
                if (w == null) {
                    w = new Word(new String(line, start, end - start), size);
                    w.generation = generation;
                    table[slot] = w;
                    if (size == byId.length) {
                        byId = java.util.Arrays.copyOf(byId, size * 2);
                    }
                    byId[size] = w;
                    if (++size * 2 > table.length) {
                        grow();
                    }
                    return w;
                }
                if (w.hash == h && w.chars.length == len && sameChars(w.chars, line, start, len)) {
                    if (w.generation != generation) {
                        w.enterFile(generation);
                    }
                    return w;
                }
            }
        }

        private static int mix(int h) {
            return h ^ (h >>> 16);
        }

        /**
         * Whether {@code word} is {@code line[start, start + len)}: a plain loop, quicker than
         * {@code Arrays.equals} for the few characters of a word (its vectorised compare costs more
         * to set up than it saves).
         */
        private static boolean sameChars(char[] word, char[] line, int start, int len) {
            for (int k = 0; k < len; k++) {
                if (word[k] != line[start + k]) {
                    return false;
                }
            }
            return true;
        }

        private void grow() {
            Word[] old = table;
            table = new Word[old.length * 2];
            int mask = table.length - 1;
            for (Word w : old) {
                if (w != null) {
                    int slot = mix(w.hash) & mask;
                    while (table[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    table[slot] = w;
                }
            }
        }
    }

    /** The statistics of a spelling of {@code key} in this file, made at its first occurrence. */
    private Spelling newSpelling(String text, String key, boolean positional, boolean cjk) {
        Spelling s = new Spelling(text, positional, cjk);
        s.order = 2 * tick;
        s.index = fileSpellings.size();
        fileSpellings.add(s);
        fileSpellingKeys.add(key);
        return s;
    }

    /**
     * The words with a letter met so far in the file. A spelling's order is {@code 2 * tick} at its
     * first occurrence for a word, {@code 2 * tick + 1} for a pair that ends with that word: the
     * order of first occurrence, words and pairs together.
     */
    private int tick;

    /**
     * The spelt-apart pairs under keys that a word of the file spells ({@code keys}), by key, each
     * key's in order of first occurrence; a pair whose key no word spells would be dropped by
     * compact(), and is not made.
     */
    private Map<String, List<Spelling>> pairSpellings(Map<String, Boolean> keys) {
        Map<String, List<Spelling>> byPairKey = new HashMap<>();
        KeyHashes keyHashes = new KeyHashes(keys.keySet());
        Word[] byId = words.byId;
        Map<Long, KeptPair> kept = new HashMap<>(); // by the two words' ids; NONE where the pair cannot be kept
        int[] e = pairs.entries;
        for (int at = 0; at < pairs.size * PairLog.ENTRY; at += PairLog.ENTRY) {
            if ((e[at + 2] & 4) != 0 && !keyHashes.mayHold(e[at + 7])) {
                continue; // no word's key is the two keys together: the pair would be dropped
            }
            Word w = byId[e[at]];
            Word next = byId[e[at + 1]];
            KeptPair pair = kept.computeIfAbsent(((long) w.id << 32) | next.id, id -> {
                String text = w.text + " " + next.text;
                String k = w.ascii && next.ascii ? w.key + next.key : key(text);
                return keys.containsKey(k) ? new KeptPair(k, text) : KeptPair.NONE;
            });
            if (pair == KeptPair.NONE) {
                continue;
            }
            boolean cjk = (e[at + 2] & 1) != 0;
            Spelling s = pair.sides[cjk ? 1 : 0];
            if (s == null) {
                s = new Spelling(pair.text, false, cjk);
                s.order = e[at + 6];
                pair.sides[cjk ? 1 : 0] = s;
                byPairKey.computeIfAbsent(pair.key, k -> new ArrayList<>(2)).add(s);
            }
            s.add(e[at + 3], e[at + 4], e[at + 5], (e[at + 2] & 2) != 0);
        }
        return byPairKey;
    }
    /** A spelt-apart pair that a word's key spells: its key, its text, its spellings in Latin and in CJK text. */
    private static final class KeptPair {
        static final KeptPair NONE = new KeptPair(null, null);
        final String key;
        final String text;
        final Spelling[] sides = new Spelling[2];

        KeptPair(String key, String text) {
            this.key = key;
            this.text = text;
        }
    }

    /**
     * The {@link String#hashCode()} of each key, in a bit set: tells without making the string
     * that {@code a + b} is no key ({@code hash(a + b) == hash(a) * 31^|b| + hash(b)}).
     */
    private static final class KeyHashes {
        private final long[] bits;
        private final int shift;

        KeyHashes(java.util.Set<String> keys) {
            // 32 to 64 bits a key and two bits each: about one pair in 300 that no key spells gets past
            int size = Integer.highestOneBit(Math.max(64, keys.size() * 32)) * 2;
            bits = new long[size / 64];
            shift = 64 - Integer.numberOfTrailingZeros(size);
            for (String k : keys) {
                long m = mix(k.hashCode());
                int a = (int) (m >>> shift);
                int b = (int) ((m << 32) >>> shift);
                bits[a >>> 6] |= 1L << a;
                bits[b >>> 6] |= 1L << b;
            }
        }

        /** False when no key has the hash {@code h}: for two keys a and b, {@code hash(a) * 31^|b| + hash(b)}. */
        boolean mayHold(int h) {
            long m = mix(h);
            int a = (int) (m >>> shift);
            int b = (int) ((m << 32) >>> shift);
            return (bits[a >>> 6] & (1L << a)) != 0 && (bits[b >>> 6] & (1L << b)) != 0;
        }

        private static long mix(int h) {
            return (h & 0xFFFFFFFFL) * 0x9E3779B97F4A7C15L;
        }
    }

    /** 31 to the power {@code n}, as {@code int} arithmetic overflows: what {@link String#hashCode()} shifts by. */
    private static int pow31(int n) {
        if (n < POW31.length) {
            return POW31[n];
        }
        int p = 1;
        for (int i = 0; i < n; i++) {
            p *= 31;
        }
        return p;
    }

    private static final int[] POW31 = new int[64];

    static {
        POW31[0] = 1;
        for (int i = 1; i < POW31.length; i++) {
            POW31[i] = POW31[i - 1] * 31;
        }
    }

    private static String identity(String text, boolean positional, boolean cjk) {
        return (positional ? "^" : "") + (cjk ? "c:" : "l:") + text;
    }

    /**
     * Enters in {@link #byKey} the keys that a term-like spelling uses, with all their spellings
     * (the file's words, and the spelt-apart pairs whose key a word spells), each key's in order
     * of first occurrence, and their positions; the rest of the file's spellings are dropped. Both
     * term rules call it for their shared summary; the second call finds it done.
     */
    void compact() {
        if (compacted) {
            return;
        }
        compacted = true;
        if (words == null) {
            return;
        }
        // each key a word spells, and whether a spelling of it is term-like
        Map<String, Boolean> keys = new HashMap<>(Math.max(16, fileSpellings.size() * 2));
        for (int i = 0; i < fileSpellings.size(); i++) {
            if (fileSpellings.get(i).termLike) {
                keys.put(fileSpellingKeys.get(i), Boolean.TRUE);
            } else {
                keys.putIfAbsent(fileSpellingKeys.get(i), Boolean.FALSE);
            }
        }
        Map<String, List<Spelling>> pairs = pairSpellings(keys);
        for (Map.Entry<String, List<Spelling>> e : pairs.entrySet()) {
            for (Spelling p : e.getValue()) {
                if (p.termLike) {
                    keys.put(e.getKey(), Boolean.TRUE);
                }
            }
        }
        boolean[] kept = new boolean[fileSpellings.size()];
        for (int i = 0; i < fileSpellings.size(); i++) {
            String key = fileSpellingKeys.get(i);
            if (keys.get(key)) {
                Spelling s = fileSpellings.get(i);
                byKey.computeIfAbsent(key, k -> new java.util.LinkedHashMap<>()).put(identity(s.text, s.positional, s.cjk), s);
                s.positions = new int[3 * s.count]; // each occurrence in the log below, one after the other
                kept[i] = true;
            }
        }
        int[] e = occurrences.entries;
        for (int at = 0; at < occurrences.size * OccurrenceLog.ENTRY; at += OccurrenceLog.ENTRY) {
            if (kept[e[at]]) {
                fileSpellings.get(e[at]).place(e[at + 1], e[at + 2], e[at + 3]);
            }
        }
        for (Map.Entry<String, List<Spelling>> p : pairs.entrySet()) {
            Map<String, Spelling> spellings = byKey.get(p.getKey());
            if (spellings == null) {
                continue; // no spelling of the key is term-like
            }
            List<Spelling> all = new ArrayList<>(spellings.values());
            all.addAll(p.getValue());
            all.sort(java.util.Comparator.comparingInt(x -> x.order));
            Map<String, Spelling> ordered = new java.util.LinkedHashMap<>();
            all.forEach(x -> ordered.put(identity(x.text, x.positional, x.cjk), x));
            byKey.put(p.getKey(), ordered);
        }
        words.release(this);
        words = null;
        this.pairs = null;
        occurrences = null;
        fileSpellings.clear();
        fileSpellingKeys.clear();
    }

    /**
     * For tests: every word spelling of the file so far by key (what {@link #compact()} would keep
     * and drop), copies with their positions, pairs left out; the file's terms are not changed.
     */
    Map<String, Map<String, Spelling>> spellingsSoFar() {
        Map<String, Map<String, Spelling>> all = new HashMap<>();
        List<Spelling> copies = new ArrayList<>();
        for (int i = 0; i < fileSpellings.size(); i++) {
            Spelling s = fileSpellings.get(i);
            Spelling copy = new Spelling(s.text, s.positional, s.cjk);
            copy.count = s.count;
            copy.termLike = s.termLike;
            copy.order = s.order;
            copies.add(copy);
            all.computeIfAbsent(fileSpellingKeys.get(i), k -> new java.util.LinkedHashMap<>())
                    .put(identity(s.text, s.positional, s.cjk), copy);
        }
        if (occurrences != null) {
            int[] e = occurrences.entries;
            for (int at = 0; at < occurrences.size * OccurrenceLog.ENTRY; at += OccurrenceLog.ENTRY) {
                copies.get(e[at]).place(e[at + 1], e[at + 2], e[at + 3]);
            }
        }
        return all;
    }

    /** The grouping key: NFKC, lower case, without hyphens and spaces. */
    static String key(String surface) {
        String n = isAscii(surface) ? surface.toLowerCase(Locale.ROOT) : Normalizers.nfkc().normalize(surface).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c != '-' && c != '‐' && c != ' ') {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isTermShaped(String token, boolean sentenceInitial) {
        if (token.indexOf('-') >= 0 || token.indexOf('‐') >= 0) {
            return true;
        }
        int upper = 0;
        int lower = 0;
        boolean digit = false;
        for (int i = 0; i < token.length(); ) {
            int cp = token.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp)) {
                upper++;
            } else if (Character.isLowerCase(cp)) {
                lower++;
            } else if (Character.isDigit(cp)) {
                digit = true;
            }
        }
        if (digit || (upper >= 2 && lower == 0)) {
            return true; // GPT4, AWS
        }
        if (upper > 0 && lower > 0 && !isCapitalised(token)) {
            return true; // DeepSeek, iPhone
        }
        return isCapitalised(token) && !sentenceInitial;
    }

    /** A Latin line of at least two words, written wholly in capitals: a heading, a shout. */
    static boolean isCapitalsLine(String line) {
        for (int i = 0; i < line.length(); ) {
            char c = line.charAt(i);
            if (c < 0x80) {
                if (c >= 'a' && c <= 'z') {
                    return false;
                }
                i++;
                continue;
            }
            int cp = line.codePointAt(i);
            if (Character.isLowerCase(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        Matcher m = Token.TOKEN.matcher(line); // rare: a line without a lower-case letter
        int words = 0;
        while (m.find() && words < 2) {
            if (letters(m.group()) > 0) {
                words++;
            }
        }
        return words >= 2;
    }

    /**
     * Whether a spelling is a name by its shape alone, in any language: a digit ({@code Blocks4All})
     * or a capital inside a word ({@code DeepSeek}, {@code iPhone}, {@code ALlen}) — not a capital
     * at its start only, nor all capitals.
     */
    static boolean nameShaped(String text) {
        for (String part : text.split("[-‐'’ ]")) {
            if (part.isEmpty()) {
                continue;
            }
            int upper = 0;
            int lower = 0;
            for (int i = 0; i < part.length(); ) {
                int cp = part.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isDigit(cp)) {
                    return true;
                } else if (Character.isUpperCase(cp)) {
                    upper++;
                } else if (Character.isLowerCase(cp)) {
                    lower++;
                }
            }
            if (upper > 0 && lower > 0 && !isCapitalised(part)) {
                return true;
            }
        }
        return false;
    }

    /** All capitals, at least two letters: {@code AWS}, {@code IT}. */
    static boolean isAcronym(String text) {
        return letters(text) >= 2 && !hasLower(text);
    }

    /**
     * Whether two spellings of one word that differ only in case name a term written two ways:
     * one of them is name-shaped ({@code Blocks4all}/{@code Blocks4All}, {@code ALlen}/{@code Allen}),
     * or an acronym stands against a mixed-case spelling ({@code AWS}/{@code Aws}). A lower-case
     * spelling against a capitalised or an all-capitals one is not: {@code music}/{@code Music},
     * {@code sie}/{@code Sie}, {@code it}/{@code IT} — the lower case use shows it is a word of the
     * language, and its capital is grammar, a title or an acronym of the same letters.
     */
    static boolean caseSignificant(String a, String b) {
        if (nameShaped(a) || nameShaped(b)) {
            return true;
        }
        return (isAcronym(a) && isCapitalised(b)) || (isAcronym(b) && isCapitalised(a));
    }

    static boolean isCapitalised(String token) {
        int first = token.codePointAt(0);
        if (!Character.isUpperCase(first)) {
            return false;
        }
        for (int i = Character.charCount(first); i < token.length(); ) {
            int cp = token.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp)) {
                return false;
            }
        }
        return hasLower(token);
    }

    /** Whether {@code s} has a lower-case letter. */
    private static boolean hasLower(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLowerCase(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Whether {@code s} has no upper-case letter. */
    private static boolean noUpper(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isUpperCase(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static String lowerFirst(String token) {
        int first = token.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toLowerCase(first))
                .append(token, Character.charCount(first), token.length()).toString();
    }

    /** True at the start of a line (after dashes, quotes, music marks) or after . ! ? … */
    static boolean sentenceInitial(char[] line, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = line[i];
            if (c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    : Character.isLetterOrDigit(c)) {
                return false;
            }
            if (c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？') {
                return true;
            }
        }
        return true;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static int letters(String token) {
        int n = 0;
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetter(token.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** A cheap test before the tokenizer: a line without Latin letters has no terms. */
    static boolean hasLatinLetter(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c < 0x250)
                    || (c >= 0xFF21 && c <= 0xFF5A) || (c >= 0x1E00 && c < 0x1F00)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLetter(String token) {
        for (int i = 0; i < token.length(); ) {
            int cp = token.codePointAt(i);
            if (Character.isLetter(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000';
    }

    static boolean hasCjk(String line) {
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x1100) {
                continue; // no Han, Kana or Hangul before the Hangul Jamo
            }
            int script = UScript.getScript(cp);
            if (script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA
                    || script == UScript.HANGUL) {
                return true;
            }
        }
        return false;
    }

    /**
     * A spelling's use across all files: as merged, one per key, language group and spelling
     * ({@link Merged}); or several of those taken together ({@link #parts}). It keeps no file's
     * positions: the files it is used in and its count in each are kept compactly
     * ({@link FileCounts}), and the positions read again when it is reported ({@link TermReports}).
     */
    static final class Usage {
        final String text;
        final boolean positional;
        final boolean cjk;
        /** The language group of the files it is used in ({@code null} for spellings taken across groups). */
        String language;
        int count;
        boolean termLike;
        int firstFile = Integer.MAX_VALUE;
        int firstLine = Integer.MAX_VALUE;
        /** As merged: the key it is found under in each file's terms; {@code null} when taken together. */
        final String key;
        /** As merged: its files and counts; {@code null} when taken together. */
        private final FileCounts files;
        /** Taken together: the merged usages it takes together, in the order taken. */
        private final List<Usage> parts;
        /** {@link FileCounts#spread} of its files, made when first asked. */
        private int[] spread;

        /** A spelling as merged. */
        Usage(String key, String text, boolean positional, boolean cjk) {
            this.key = key;
            this.text = text;
            this.positional = positional;
            this.cjk = cjk;
            this.files = new FileCounts();
            this.parts = null;
        }

        /** Spellings taken together, none yet. */
        Usage(String text, boolean positional, boolean cjk) {
            this.key = null;
            this.text = text;
            this.positional = positional;
            this.cjk = cjk;
            this.files = null;
            this.parts = new ArrayList<>();
        }

        /** Takes {@code u} together with the spellings taken so far. */
        void add(Usage u) {
            count += u.count;
            termLike |= u.termLike;
            if (u.firstFile < firstFile || (u.firstFile == firstFile && u.firstLine < firstLine)) {
                firstFile = u.firstFile;
                firstLine = u.firstLine;
            }
            parts.addAll(u.parts());
            spread = null;
        }

        /** The merged usages it is made of: itself, as merged. */
        List<Usage> parts() {
            return parts == null ? List.of(this) : parts;
        }

        /** As merged: the files it is used in, with its count in each. */
        FileCounts files() {
            return files;
        }

        /** How many files it is used in, then its first three files in run order with its count in each. */
        int[] spread() {
            if (spread == null) {
                spread = FileCounts.spread(parts().stream().map(p -> p.files).toList(), 3);
            }
            return spread;
        }
    }

    /** This file's statistics of the merged spelling {@code u}; {@code null} when the file has none. */
    Spelling spelling(Usage u) {
        Map<String, Spelling> spellings = byKey.get(u.key);
        return spellings == null ? null : spellings.get(identity(u.text, u.positional, u.cjk));
    }

    /**
     * The terms of a run's files, merged one file after the other so that no file's summary is
     * kept: every key's spellings with their counts and files, the keys each language group writes
     * in lower case, the glossaries' keys, and the files' paths.
     */
    static final class Merged {
        /** key → (language group | identity) → the spelling's use across the files, in order of first use. */
        final Map<String, Map<String, Usage>> terms = new java.util.TreeMap<>();
        /** For each language group, the keys its files write all in lower case in Latin text. */
        final Map<String, java.util.Set<String>> lowerKeys = new HashMap<>();
        /** The keys the run's glossaries name, for any file's language. */
        final java.util.Set<String> glossaryKeys = new java.util.HashSet<>();
        private final List<String> paths = new ArrayList<>();

        /** Adds the next file's terms; nothing of {@code t} is kept but its path, keys and spellings' texts. */
        void add(Terms t) {
            int f = paths.size();
            paths.add(t.file);
            lowerKeys.computeIfAbsent(t.language, l -> new java.util.HashSet<>()).addAll(t.lowerKeys);
            glossaryKeys.addAll(t.glossaryKeys);
            for (Map.Entry<String, Map<String, Spelling>> e : t.byKey.entrySet()) {
                Map<String, Usage> usages = terms.computeIfAbsent(e.getKey(), k -> new java.util.LinkedHashMap<>());
                for (Spelling s : e.getValue().values()) {
                    Usage u = usages.computeIfAbsent(t.language + "|" + identity(s.text, s.positional, s.cjk),
                            k -> new Usage(e.getKey(), s.text, s.positional, s.cjk));
                    u.language = t.language;
                    u.count += s.count;
                    u.termLike |= s.termLike;
                    u.files.add(f, s.count);
                    if (f < u.firstFile || (f == u.firstFile && s.positions[1] < u.firstLine)) {
                        u.firstFile = f;
                        u.firstLine = s.positions[1];
                    }
                }
            }
        }

        /** The path of the file added {@code index}th. */
        String path(int index) {
            return paths.get(index);
        }

        /**
         * Where a spelling is used, seen from the file {@code file} (its index): {@code 3 times in
         * this file}, or {@code 5 times: this file 2, b.srt 3} (at most three files named).
         */
        String where(Usage u, int file) {
            int[] spread = u.spread();
            int files = spread[0];
            if (files == 1 && spread[1] == file) {
                return u.count + (u.count == 1 ? " time" : " times") + " in this file";
            }
            StringBuilder s = new StringBuilder().append(u.count).append(u.count == 1 ? " time: " : " times: ");
            for (int named = 0; named < Math.min(files, 3); named++) {
                if (named > 0) {
                    s.append(", ");
                }
                int f = spread[1 + 2 * named];
                s.append(f == file ? "this file" : paths.get(f)).append(' ').append(spread[2 + 2 * named]);
            }
            if (files > 3) {
                s.append(", and in ").append(files - 3).append(" more files");
            }
            return s.toString();
        }
    }

    /**
     * The spellings of one key split into the groups compared with each other. A term with a
     * name-shaped spelling ({@code Blocks4All}, {@code ALlen}) or used inside CJK text is a name,
     * the same in every language: all its spellings form one group. Any other word is compared
     * only within one language group — Spanish {@code educación} is no misspelling of English
     * {@code education}.
     */
    static java.util.Collection<Map<String, Usage>> scopes(Map<String, Usage> usages) {
        if (isName(usages)) {
            return List.of(acrossLanguages(usages));
        }
        Map<String, Map<String, Usage>> byLanguage = new java.util.LinkedHashMap<>();
        usages.forEach((id, u) -> byLanguage.computeIfAbsent(u.language, l -> new java.util.LinkedHashMap<>()).put(id, u));
        return byLanguage.values();
    }

    /** The spellings of a name taken together whatever the language of their files. */
    private static Map<String, Usage> acrossLanguages(Map<String, Usage> usages) {
        Map<String, Usage> out = new java.util.LinkedHashMap<>();
        for (Usage u : usages.values()) {
            out.computeIfAbsent(identity(u.text, u.positional, u.cjk), k -> new Usage(u.text, u.positional, u.cjk)).add(u);
        }
        return out;
    }

    /** Whether a spelling of a term is name-shaped or used inside CJK text: a name in every language. */
    static boolean isName(Map<String, Usage> usages) {
        return usages.values().stream().anyMatch(u -> !u.positional && (u.cjk || nameShaped(u.text)));
    }

    /**
     * Whether the spellings {@code usages} of {@code key} name a term or a name, so that a near miss
     * of it may be reported: one is name-shaped, an acronym or used inside CJK text; or it is
     * capitalised in mid-sentence and never written in lower case in its language; or the
     * glossary names it. A common word of the language — one its files write in lower case — is not.
     */
    static boolean nameLike(String key, java.util.Collection<Usage> usages, Map<String, java.util.Set<String>> lowerKeys,
                            java.util.Set<String> glossaryKeys) {
        if (glossaryKeys.contains(key)) {
            return true;
        }
        for (Usage u : usages) {
            if (u.positional) {
                continue;
            }
            if (u.cjk || nameShaped(u.text) || isAcronym(u.text)) {
                return true;
            }
            if (u.termLike && isCapitalised(u.text)
                    && !lowerKeys.getOrDefault(u.language, java.util.Set.of()).contains(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The most used spelling among {@code usages} that is not positional; on a tie, the one used
     * first. {@code null} when every occurrence is positional.
     */
    static Usage majority(java.util.Collection<Usage> usages) {
        Usage best = null;
        for (Usage u : usages) {
            if (u.positional) {
                continue;
            }
            if (best == null || u.count > best.count || (u.count == best.count
                    && (u.firstFile < best.firstFile || (u.firstFile == best.firstFile && u.firstLine < best.firstLine)))) {
                best = u;
            }
        }
        return best;
    }

    /** Each spelling that is not positional, its uses in CJK and in Latin text taken together. */
    static Map<String, Usage> byText(Map<String, Usage> usages) {
        Map<String, Usage> out = new java.util.LinkedHashMap<>();
        for (Usage u : usages.values()) {
            if (!u.positional) {
                out.computeIfAbsent(u.text, t -> new Usage(t, false, false)).add(u);
            }
        }
        return out;
    }

    /**
     * All spellings of a term taken together, named after its majority spelling (or, when every
     * occurrence is positional, after the first).
     */
    static Usage combined(Map<String, Usage> usages) {
        Usage majority = majority(byText(usages).values());
        Usage all = new Usage(majority != null ? majority.text : usages.values().iterator().next().text, false, false);
        usages.values().forEach(all::add);
        return all;
    }
}

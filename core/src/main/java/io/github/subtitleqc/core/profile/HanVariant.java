package io.github.subtitleqc.core.profile;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import io.github.subtitleqc.core.text.CharTable;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether Han text is written in traditional or simplified characters — which language detectors
 * cannot tell well. Each Han character is run through ICU's {@code Hant-Hans} and {@code Hans-Hant}
 * transforms: one that {@code Hant-Hans} changes is traditional-only ({@code 們}, {@code 個}), one
 * that {@code Hans-Hant} changes is simplified-only ({@code 们}, {@code 个}). The text is traditional
 * when it has more traditional-only than simplified-only characters; characters both forms share
 * ({@code 我}, {@code 人}) count for neither.
 *
 * <p>A transform is slow (a rule set matched against the character) and a file's sample repeats
 * the same few hundred characters, so each character's answer is worked out once and kept: in a
 * table for the Basic Multilingual Plane, in a map beyond it. The answer depends on the character
 * alone, so the table gives what transforming it again would.
 */
final class HanVariant {

    private static final byte SHARED = 1;
    private static final byte TRADITIONAL_ONLY = 2;
    private static final byte SIMPLIFIED_ONLY = 3;

    /** Each BMP character's kind, worked out once. */
    private static final CharTable BMP = new CharTable(Transforms::classify);
    private static final ConcurrentHashMap<Integer, Byte> SUPPLEMENTARY = new ConcurrentHashMap<>();

    private HanVariant() {
    }

    /** {@code true} when the text's Han characters are mostly the traditional forms. */
    static boolean isTraditional(String text) {
        long traditionalOnly = 0;
        long simplifiedOnly = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x2E80 || UScript.getScript(cp) != UScript.HAN) {
                continue; // nothing below the CJK radicals is Han
            }
            byte kind = kind(cp);
            if (kind == TRADITIONAL_ONLY) {
                traditionalOnly++;
            } else if (kind == SIMPLIFIED_ONLY) {
                simplifiedOnly++;
            }
        }
        return traditionalOnly > simplifiedOnly;
    }

    private static byte kind(int cp) {
        if (cp < 0x10000) {
            return (byte) BMP.get(cp);
        }
        return SUPPLEMENTARY.computeIfAbsent(cp, Transforms::classify);
    }

    /** ICU's transforms, loaded on the first Han character that needs them. */
    private static final class Transforms {
        private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Hant-Hans");
        private static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Hans-Hant");

        /** Transliterators keep no promise of thread safety: one character at a time. */
        static synchronized byte classify(int cp) {
            String c = new String(Character.toChars(cp));
            if (!TO_SIMPLIFIED.transliterate(c).equals(c)) {
                return TRADITIONAL_ONLY;
            }
            if (!TO_TRADITIONAL.transliterate(c).equals(c)) {
                return SIMPLIFIED_ONLY;
            }
            return SHARED;
        }
    }
}

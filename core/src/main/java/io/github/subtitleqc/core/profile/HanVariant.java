package io.github.subtitleqc.core.profile;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;

/**
 * Whether Han text is written in traditional or simplified characters — which language detectors
 * cannot tell well. Each Han character is run through ICU's {@code Hant-Hans} and {@code Hans-Hant}
 * transforms: one that {@code Hant-Hans} changes is traditional-only ({@code 們}, {@code 個}), one
 * that {@code Hans-Hant} changes is simplified-only ({@code 们}, {@code 个}). The text is traditional
 * when it has more traditional-only than simplified-only characters; characters both forms share
 * ({@code 我}, {@code 人}) count for neither.
 */
final class HanVariant {

    private static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Hant-Hans");
    private static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Hans-Hant");

    private HanVariant() {
    }

    /** {@code true} when the text's Han characters are mostly the traditional forms. */
    static synchronized boolean isTraditional(String text) {
        long traditionalOnly = 0;
        long simplifiedOnly = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (UScript.getScript(cp) != UScript.HAN) {
                continue;
            }
            String c = new String(Character.toChars(cp));
            if (!TO_SIMPLIFIED.transliterate(c).equals(c)) {
                traditionalOnly++;
            } else if (!TO_TRADITIONAL.transliterate(c).equals(c)) {
                simplifiedOnly++;
            }
        }
        return traditionalOnly > simplifiedOnly;
    }
}

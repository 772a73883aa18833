package io.github.subtitleqc.core.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/** Counts words with ICU's word break rules (dictionary-based for Chinese, Japanese, Thai…). */
public final class Words {

    private static final ThreadLocal<BreakIterator> WORDS =
            ThreadLocal.withInitial(() -> BreakIterator.getWordInstance(ULocale.ROOT));

    private Words() {
    }

    /** The number of words (letters, numbers, kana or ideographs) in {@code visible}. */
    public static int count(String visible) {
        BreakIterator it = WORDS.get();
        it.setText(visible);
        int n = 0;
        it.first();
        while (it.next() != BreakIterator.DONE) {
            if (it.getRuleStatus() >= BreakIterator.WORD_NONE_LIMIT) {
                n++;
            }
        }
        return n;
    }
}

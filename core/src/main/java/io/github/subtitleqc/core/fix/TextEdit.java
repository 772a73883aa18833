package io.github.subtitleqc.core.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A replacement of the characters {@code [start, end)} of a file's decoded text.
 *
 * @param ruleId the rule whose finding it fixes
 */
record TextEdit(int start, int end, String replacement, String ruleId) {

    /**
     * The text with the edits made. Edits are taken in text order; one that overlaps an edit
     * before it is left for the next round, and so is not in {@code applied}.
     */
    static String apply(String text, List<TextEdit> edits, List<TextEdit> applied) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::start).thenComparingInt(TextEdit::end));
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (TextEdit e : sorted) {
            if (e.start < at) {
                continue;
            }
            out.append(text, at, e.start).append(e.replacement);
            at = e.end;
            applied.add(e);
        }
        return out.append(text, at, text.length()).toString();
    }
}

package io.github.subtitleqc.core.glossary;

import java.util.List;
import java.util.Locale;

/**
 * One concept of a glossary: the preferred term and the variants it forbids.
 *
 * @param preferred     the term to write
 * @param forbidden     variants that must not appear
 * @param caseSensitive whether the variants match only with their case as written
 * @param language      the BCP 47 tag of the files it applies to, or {@code null} for all
 * @param note          a note for the translator, or {@code null}
 * @param source        where it is defined: {@code glossary.csv:12}
 */
public record GlossaryEntry(String preferred, List<String> forbidden, boolean caseSensitive, String language,
                            String note, String source) {

    public GlossaryEntry {
        forbidden = List.copyOf(forbidden);
    }

    /** True when the entry applies to a file in {@code fileLanguage} (unknown languages get every entry). */
    public boolean appliesTo(String fileLanguage) {
        if (language == null || fileLanguage == null) {
            return true;
        }
        String want = language.toLowerCase(Locale.ROOT).replace('_', '-');
        String have = fileLanguage.toLowerCase(Locale.ROOT).replace('_', '-');
        // zh matches zh-Hans; zh-Hans matches zh-Hans-CN; zh-Hant does not match zh-Hans
        return have.equals(want) || have.startsWith(want + "-") || want.startsWith(have + "-")
                || primary(want).equals(have) || primary(have).equals(want);
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }
}

package io.github.subtitleqc.core.profile;

import com.ibm.icu.util.ULocale;

/**
 * What ICU's {@link ULocale#forLanguageTag} makes of a language tag (its BCP 47 form, language and
 * region), worked out by hand for the tags nearly every file has: a two-letter language, alone or
 * with a two-letter region ({@code en}, {@code pt-br}, {@code en-GB}). Any other tag goes to ICU.
 * For those two shapes ICU only changes the case (language lower, region upper), except for
 * {@code in}, {@code iw} and {@code ji}, which go to ICU too ({@code LanguageTagsTest} holds every
 * two-letter language with every two-letter region to ICU). Loading ICU's locale classes and data
 * was a good part of a one-file check's start.
 */
final class LanguageTags {

    private final String tag;
    private final String language;
    private final String region;
    /** ICU's locale, for tags of another shape; null for the simple ones. */
    private final ULocale locale;

    private LanguageTags(String tag, String language, String region, ULocale locale) {
        this.tag = tag;
        this.language = language;
        this.region = region;
        this.locale = locale;
    }

    /** The tag {@code text} ({@code -} between subtags), as {@link ULocale#forLanguageTag} reads it. */
    static LanguageTags of(String text) {
        int n = text.length();
        if ((n == 2 || n == 5 && text.charAt(2) == '-') && letter(text, 0) && letter(text, 1)
                && (n == 2 || letter(text, 3) && letter(text, 4)) && !renamed(text)) {
            String language = lower(text.charAt(0), text.charAt(1));
            String region = n == 2 ? "" : upper(text.charAt(3), text.charAt(4));
            return new LanguageTags(n == 2 ? language : language + '-' + region, language, region, null);
        }
        ULocale locale = ULocale.forLanguageTag(text);
        return new LanguageTags(null, null, null, locale);
    }

    /** {@link ULocale#toLanguageTag()}. */
    String toLanguageTag() {
        return locale == null ? tag : locale.toLanguageTag();
    }

    /** {@link ULocale#getLanguage()}. */
    String language() {
        return locale == null ? language : locale.getLanguage();
    }

    /** {@link ULocale#getCountry()}. */
    String region() {
        return locale == null ? region : locale.getCountry();
    }

    /** ICU's locale for this tag, made now for a simple one. */
    ULocale uLocale() {
        return locale == null ? ULocale.forLanguageTag(tag) : locale;
    }

    /**
     * The three two-letter codes ICU writes under their new names in a tag: {@code in} as
     * {@code id}, {@code iw} as {@code he}, {@code ji} as {@code yi} (its language stays the old one).
     */
    private static boolean renamed(String tag) {
        char a = (char) (tag.charAt(0) | 0x20);
        char b = (char) (tag.charAt(1) | 0x20);
        return a == 'i' && (b == 'n' || b == 'w') || a == 'j' && b == 'i';
    }

    private static boolean letter(String s, int i) {
        char c = s.charAt(i);
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static String lower(char a, char b) {
        return new String(new char[] {(char) (a | 0x20), (char) (b | 0x20)});
    }

    private static String upper(char a, char b) {
        return new String(new char[] {(char) (a & ~0x20), (char) (b & ~0x20)});
    }
}

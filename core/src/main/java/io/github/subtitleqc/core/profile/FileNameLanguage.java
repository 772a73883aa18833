package io.github.subtitleqc.core.profile;

import com.ibm.icu.impl.LocaleIDs;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language a file's path names, as subtitle files are commonly named: a tag at the end of the
 * base name after a separator ({@code talk.es.srt}, {@code captions_es.vtt}, {@code Episode-fr.srt},
 * {@code talk [de].srt}, {@code deadline_captions_pt-br.vtt}, {@code talk.zh_CN.srt}), possibly
 * followed by one qualifier ({@code captions_en_test.vtt}, {@code movie.en.forced.srt}); else a
 * folder named by a tag ({@code es/episode1.srt}, {@code subs/pt-BR/x.vtt}).
 *
 * <p>Which codes are languages comes from ICU's ISO 639 lists. To keep ordinary words out, a
 * tag must follow a separator (a whole base name such as {@code no.srt} is not a tag), only the last
 * token (or the one before a qualifier) is looked at, and three-letter codes count only where ISO
 * 639-2 pairs them with a two-letter code ({@code eng}, {@code spa}, {@code fre}/{@code fra},
 * {@code ger}/{@code deu}, {@code chi}/{@code zho}) — so {@code the}, {@code and} or {@code war}
 * never do — except in the {@code .xxx.} form, where any ISO 639 code does ({@code talk.yue.srt}).
 */
final class FileNameLanguage {

    /** Where the tag was found, for the report's reason. */
    enum Place { FILE_NAME, FOLDER_NAME }

    /**
     * A language tag found in a path.
     *
     * @param written the tag as written, e.g. {@code pt-br} or {@code zh_CN}
     * @param place   where it was written
     */
    record Found(String written, Place place) {
    }

    /** Words that follow a language in common names and are not themselves the language. */
    private static final Set<String> QUALIFIERS = Set.of("forced", "sdh", "cc", "hi", "test", "default", "full");

    private static final Pattern TOKEN = Pattern.compile("[^._\\- \\[\\]()]+");
    /*
     * ICU's ISO lists, as ULocale.getISOLanguages() and getISOCountries() give them (they return
     * these), without ULocale: its class and locale data take a good part of a one-file check's start.
     */
    private static final Set<String> LANGUAGES = new HashSet<>(Arrays.asList(LocaleIDs.getISOLanguages()));
    private static final Set<String> REGIONS = new HashSet<>(Arrays.asList(LocaleIDs.getISOCountries()));

    /**
     * The two-letter code of each three-letter one, made on first use: a file name whose tag has
     * two letters ({@code talk.en.srt}) never needs it, and making it looks up ICU's locale data.
     */
    private static final class Iso3 {
        static final Map<String, String> TO_ISO2 = new HashMap<>();

        static {
            for (String iso2 : ULocale.getISOLanguages()) {
                if (iso2.length() != 2) {
                    continue;
                }
                try {
                    TO_ISO2.put(new ULocale(iso2).getISO3Language(), iso2);
                } catch (RuntimeException e) {
                    // a language without a three-letter code
                }
            }
            // ISO 639-2/B, the bibliographic codes, where they differ from the terminology codes ICU gives
            TO_ISO2.put("chi", "zh");
            TO_ISO2.put("ger", "de");
            TO_ISO2.put("fre", "fr");
            TO_ISO2.put("dut", "nl");
            TO_ISO2.put("cze", "cs");
            TO_ISO2.put("gre", "el");
            TO_ISO2.put("per", "fa");
            TO_ISO2.put("rum", "ro");
            TO_ISO2.put("slo", "sk");
            TO_ISO2.put("ice", "is");
            TO_ISO2.put("mac", "mk");
            TO_ISO2.put("may", "ms");
            TO_ISO2.put("bur", "my");
            TO_ISO2.put("arm", "hy");
            TO_ISO2.put("geo", "ka");
            TO_ISO2.put("baq", "eu");
            TO_ISO2.put("wel", "cy");
            TO_ISO2.put("alb", "sq");
            TO_ISO2.put("tib", "bo");
        }

        private Iso3() {
        }
    }

    /** Each three-letter code's two-letter one; {@link #primaryLanguage} relies on no key having two letters. */
    static Map<String, String> iso3ToIso2() {
        return Iso3.TO_ISO2;
    }

    private FileNameLanguage() {
    }

    /** ICU's ISO 639 codes as this class holds them. */
    static Set<String> languages() {
        return LANGUAGES;
    }

    /** ICU's ISO 3166 codes as this class holds them. */
    static Set<String> regions() {
        return REGIONS;
    }

    /** The language tag in a path ({@code /} or {@code \} between folders), if any. */
    static Optional<Found> in(String path) {
        String normalized = path.replace('\\', '/');
        int slash = normalized.lastIndexOf('/');
        String file = normalized.substring(slash + 1);
        int dot = file.lastIndexOf('.');
        String base = dot > 0 ? file.substring(0, dot) : file;
        Optional<String> inName = atEnd(base);
        if (inName.isPresent()) {
            return Optional.of(new Found(inName.get(), Place.FILE_NAME));
        }
        if (slash > 0) {
            String folders = normalized.substring(0, slash);
            String folder = folders.substring(folders.lastIndexOf('/') + 1);
            if (isWholeTag(folder)) {
                return Optional.of(new Found(folder, Place.FOLDER_NAME));
            }
        }
        return Optional.empty();
    }

    /** The two-letter primary language of a tag ({@code eng} and {@code en-GB} give {@code en}). */
    static String primaryLanguage(String tag) {
        String primary = tag.split("[-_]")[0].toLowerCase(Locale.ROOT);
        return primary.length() == 2 ? primary : Iso3.TO_ISO2.getOrDefault(primary, primary);
    }

    /** A token of the base name and the separator before it (0 for none). */
    private record Token(String text, int start, int end, char before) {
    }

    private static Optional<String> atEnd(String base) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(base);
        while (m.find()) {
            tokens.add(new Token(m.group(), m.start(), m.end(), m.start() > 0 ? base.charAt(m.start() - 1) : 0));
        }
        int last = tokens.size() - 1;
        if (last >= 1 && QUALIFIERS.contains(tokens.get(last).text().toLowerCase(Locale.ROOT))) {
            Optional<String> beforeQualifier = tagEndingAt(base, tokens, last - 1);
            if (beforeQualifier.isPresent()) {
                return beforeQualifier;
            }
        }
        return tagEndingAt(base, tokens, last);
    }

    /** The longest tag (language, then up to two script/region subtags) whose last token is {@code end}. */
    private static Optional<String> tagEndingAt(String base, List<Token> tokens, int end) {
        for (int first = Math.max(1, end - 2); first <= end; first++) {
            if (first < 1) {
                continue; // a tag needs a word before it: a base name that is only a tag is not one
            }
            Token language = tokens.get(first);
            boolean joined = true;
            for (int i = first + 1; i <= end; i++) {
                char sep = tokens.get(i).before();
                joined &= (sep == '-' || sep == '_') && tokens.get(i).start() == tokens.get(i - 1).end() + 1;
            }
            if (!joined || !isLanguage(language.text(), language.before() == '.')) {
                continue;
            }
            boolean subtagsValid = true;
            for (int i = first + 1; i <= end; i++) {
                subtagsValid &= isSubtag(tokens.get(i).text(), i == first + 1);
            }
            if (subtagsValid) {
                return Optional.of(base.substring(language.start(), tokens.get(end).end()));
            }
        }
        return Optional.empty();
    }

    private static boolean isWholeTag(String folder) {
        String[] parts = folder.split("[-_]", -1);
        if (parts.length > 3 || !isLanguage(parts[0], false)) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            if (!isSubtag(parts[i], i == 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLanguage(String token, boolean anyIsoCode) {
        String lower = token.toLowerCase(Locale.ROOT);
        if (!lower.matches("[a-z]{2,3}")) {
            return false;
        }
        if (lower.length() == 2) {
            return LANGUAGES.contains(lower);
        }
        return Iso3.TO_ISO2.containsKey(lower) || (anyIsoCode && LANGUAGES.contains(lower));
    }

    /** A script ({@code Latn}, {@code Hans}, only right after the language) or a region ({@code BR}, {@code 419}). */
    private static boolean isSubtag(String token, boolean mayBeScript) {
        if (token.matches("[0-9]{3}")) {
            return true;
        }
        if (token.matches("[A-Za-z]{2}")) {
            return REGIONS.contains(token.toUpperCase(Locale.ROOT));
        }
        return mayBeScript && token.matches("[A-Za-z]{4}") && UScript.getCodeFromName(token) != UScript.INVALID_CODE;
    }
}

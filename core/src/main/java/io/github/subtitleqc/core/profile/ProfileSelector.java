package io.github.subtitleqc.core.profile;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.util.ULocale;
import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.model.SubtitleDocument;
import io.github.subtitleqc.core.text.VisibleText;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks each file's profile (SPEC §5). With a fixed profile, that one. With {@code auto}, from the
 * file's language: the {@code language} parameter if set; else a language tag in the file name
 * ({@code talk.zh-Hans.srt}, {@code talk.zh_CN.srt}, {@code talk.en.vtt}); else the language the
 * file declares (WebVTT {@code Language:} header); else the dominant script of its text (Han →
 * zh-Hans, Hiragana/Katakana → ja, Hangul → ko, else en).
 */
public final class ProfileSelector {

    private static final Pattern NAME_TAG = Pattern.compile("\\.([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)\\.[^.]+$");
    private static final Set<String> LANGUAGES = new HashSet<>(Arrays.asList(ULocale.getISOLanguages()));
    private static final Map<String, String> ISO3_TO_ISO2 = new HashMap<>();

    static {
        for (String iso2 : ULocale.getISOLanguages()) {
            try {
                ISO3_TO_ISO2.put(new ULocale(iso2).getISO3Language(), iso2);
            } catch (RuntimeException e) {
                // a language without a three-letter code
            }
        }
        ISO3_TO_ISO2.put("chi", "zh");
        ISO3_TO_ISO2.put("ger", "de");
        ISO3_TO_ISO2.put("fre", "fr");
        ISO3_TO_ISO2.put("dut", "nl");
    }

    private final Profile fixed;
    private final String language;

    /**
     * @param profileName a built-in profile's name or {@link Profiles#AUTO}
     * @param language    the configured language, or {@code null}
     * @throws IllegalArgumentException for an unknown profile, or a language that is not a
     *                                  well-formed BCP 47 tag ({@code _} is taken for {@code -})
     */
    public ProfileSelector(String profileName, String language) {
        String name = profileName == null || profileName.isBlank() ? Profiles.AUTO : profileName.trim();
        if (name.equals(Profiles.AUTO)) {
            this.fixed = null;
        } else {
            this.fixed = Profiles.byName(name).orElseThrow(() -> new IllegalArgumentException("unknown profile '"
                    + profileName + "': use auto or one of " + String.join(", ",
                    Profiles.all().stream().map(Profile::name).toList())));
        }
        this.language = language == null || language.isBlank() ? null : language.trim();
        if (this.language != null) {
            try {
                new Locale.Builder().setLanguageTag(this.language.replace('_', '-'));
            } catch (IllformedLocaleException e) {
                throw new IllegalArgumentException("language '" + language + "' is not a BCP 47 language tag: use a tag"
                        + " such as en, en-GB, fr, zh-Hans or ja, or leave language out to find it for each file");
            }
        }
    }

    /** The profile for a file. */
    public ProfileChoice choose(String fileName, SubtitleDocument document) {
        if (fixed != null) {
            return new ProfileChoice(fixed, language != null ? bcp47(language) : fixed.language(),
                    "profile parameter set to " + fixed.name());
        }
        if (language != null) {
            return forLanguage(language, "language parameter set to '" + language + "'");
        }
        Optional<String> tag = languageInFileName(fileName);
        if (tag.isPresent()) {
            return forLanguage(tag.get(), "language tag '" + tag.get() + "' in the file name");
        }
        if (document.declaredLanguage().isPresent()) {
            String declared = document.declaredLanguage().get();
            return forLanguage(declared, "language '" + declared + "' declared in the file");
        }
        return byScript(document);
    }

    /** A language tag written before the extension, if it names a known language. */
    static Optional<String> languageInFileName(String fileName) {
        String base = fileName.substring(fileName.lastIndexOf('/') + 1);
        Matcher m = NAME_TAG.matcher(base);
        if (!m.find()) {
            return Optional.empty();
        }
        String tag = m.group(1);
        String primary = primaryLanguage(tag);
        return LANGUAGES.contains(primary) ? Optional.of(tag) : Optional.empty();
    }

    /** The two-letter primary language of a tag ({@code eng} and {@code en-GB} give {@code en}). */
    static String primaryLanguage(String tag) {
        String primary = tag.split("[-_]")[0].toLowerCase(Locale.ROOT);
        return ISO3_TO_ISO2.getOrDefault(primary, primary);
    }

    /**
     * A tag as BCP 47 writes it: {@code zh_CN} is {@code zh-CN}, {@code eng} is {@code en},
     * {@code en-gb} is {@code en-GB}.
     */
    static String bcp47(String tag) {
        String canonical = locale(tag).toLanguageTag();
        return canonical.equals("und") ? tag : canonical;
    }

    private static ULocale locale(String tag) {
        String lang = primaryLanguage(tag);
        String rest = tag.replace('_', '-');
        rest = rest.indexOf('-') > 0 ? rest.substring(rest.indexOf('-')) : "";
        return ULocale.forLanguageTag(lang + rest);
    }

    private static ProfileChoice forLanguage(String written, String reason) {
        String tag = bcp47(written);
        Optional<Profile> profile = Profiles.forLanguage(locale(written).toLanguageTag());
        if (profile.isEmpty()) {
            return new ProfileChoice(Profiles.byName("netflix-en").orElseThrow(), tag, reason + "; no built-in profile for '"
                    + primaryLanguage(written) + "', using netflix-en's limits");
        }
        return new ProfileChoice(profile.get(), tag, reason);
    }

    private static ProfileChoice byScript(SubtitleDocument document) {
        long han = 0;
        long kana = 0;
        long hangul = 0;
        long other = 0;
        for (Cue cue : document.cues()) {
            for (String line : cue.lines()) {
                String visible = VisibleText.of(line);
                for (int i = 0; i < visible.length(); ) {
                    int cp = visible.codePointAt(i);
                    i += Character.charCount(cp);
                    if (!Character.isLetter(cp)) {
                        continue;
                    }
                    switch (UScript.getScript(cp)) {
                        case UScript.HAN -> han++;
                        case UScript.HIRAGANA, UScript.KATAKANA -> kana++;
                        case UScript.HANGUL -> hangul++;
                        default -> other++;
                    }
                }
            }
        }
        long cjk = han + kana + hangul;
        long letters = cjk + other;
        if (letters == 0) {
            return new ProfileChoice(Profiles.byName("netflix-en").orElseThrow(), null,
                    "no letters to tell the language from; using netflix-en");
        }
        // A CJK character carries about as much as a Latin word: weigh them against words, not letters.
        if (cjk * 4 >= other) {
            String share = " (" + Math.round(100.0 * cjk / letters) + "% of letters are CJK)";
            if (kana > 0 && kana * 10 >= han + kana) {
                return new ProfileChoice(Profiles.byName("netflix-ja").orElseThrow(), "ja",
                        "dominant script Hiragana/Katakana" + share);
            }
            if (hangul >= han) {
                return new ProfileChoice(Profiles.byName("netflix-ko").orElseThrow(), "ko", "dominant script Hangul" + share);
            }
            return new ProfileChoice(Profiles.byName("netflix-zh-hans").orElseThrow(), "zh-Hans",
                    "dominant script Han" + share);
        }
        return new ProfileChoice(Profiles.byName("netflix-en").orElseThrow(), "en",
                "dominant script is not CJK (" + Math.round(100.0 * other / letters) + "% of letters); using netflix-en");
    }
}

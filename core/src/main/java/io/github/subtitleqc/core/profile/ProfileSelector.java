package io.github.subtitleqc.core.profile;

import com.ibm.icu.lang.UScript;
import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.model.SubtitleDocument;
import io.github.subtitleqc.core.text.CharTable;
import io.github.subtitleqc.core.text.VisibleCues;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks each file's profile (SPEC §5). With a fixed profile, that one. With {@code auto}, from the
 * file's language, found in this order:
 * <ol>
 *   <li>the {@code language} parameter;</li>
 *   <li>a language tag in the file's path ({@link FileNameLanguage}: {@code talk.es.srt},
 *       {@code captions_pt-br.vtt}, {@code talk [de].srt}, {@code es/episode1.srt});</li>
 *   <li>the language the file declares ({@link SubtitleDocument#declaredLanguage()}: the WebVTT
 *       {@code Language:} or {@code lang:} header; TTML {@code xml:lang} and ASS {@code Language:}
 *       fill the same field once those readers exist);</li>
 *   <li>the language detected in the text ({@link TextLanguage}) over the first
 *       {@value #SAMPLE_CHARS} characters of visible text, when there are at least
 *       {@value #MIN_LETTERS} letters and the detector is at least {@value #MIN_CONFIDENCE} sure;</li>
 *   <li>else the dominant script (Han → zh-Hans, Hiragana/Katakana → ja, Hangul → ko, else en).</li>
 * </ol>
 * Text mostly in CJK scripts is decided by its script, not the detector: Kana → ja, Hangul → ko,
 * Han → zh, simplified or traditional by {@link HanVariant}; the detector, when it agrees, only
 * adds its confidence.
 */
public final class ProfileSelector {

    /** Characters of visible text given to the detector: enough to be sure, little enough to be quick. */
    static final int SAMPLE_CHARS = 3000;
    /** Fewer letters than this (a chapter list, a few words) and the detector guesses. */
    static final int MIN_LETTERS = 60;
    /** Below this probability the detector's answer is not used. */
    static final double MIN_CONFIDENCE = 0.80;

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
        return choose(fileName, document, new VisibleCues(document));
    }

    /** The profile for a file whose visible text the caller keeps for what comes next. */
    public ProfileChoice choose(String fileName, SubtitleDocument document, VisibleCues visible) {
        if (fixed != null) {
            return new ProfileChoice(fixed, language != null ? bcp47(language) : fixed.language(),
                    "profile parameter set to " + fixed.name());
        }
        if (language != null) {
            return forLanguage(language, "language parameter set to '" + language + "'");
        }
        Optional<FileNameLanguage.Found> tag = FileNameLanguage.in(fileName);
        if (tag.isPresent()) {
            String written = tag.get().written();
            return forLanguage(written, "language tag '" + written + "' in the "
                    + (tag.get().place() == FileNameLanguage.Place.FILE_NAME ? "file name" : "folder name"));
        }
        if (document.declaredLanguage().isPresent()) {
            String declared = document.declaredLanguage().get();
            return forLanguage(declared, "language '" + declared + "' declared in the file");
        }
        return fromText(visible, document.cues().size());
    }

    /**
     * A tag as BCP 47 writes it: {@code zh_CN} is {@code zh-CN}, {@code eng} is {@code en},
     * {@code en-gb} is {@code en-GB}.
     */
    static String bcp47(String tag) {
        String canonical = locale(tag).toLanguageTag();
        return canonical.equals("und") ? tag : canonical;
    }

    private static LanguageTags locale(String tag) {
        String lang = FileNameLanguage.primaryLanguage(tag);
        String rest = tag.replace('_', '-');
        rest = rest.indexOf('-') > 0 ? rest.substring(rest.indexOf('-')) : "";
        return LanguageTags.of(lang + rest);
    }

    private static ProfileChoice forLanguage(String written, String reason) {
        String tag = bcp47(written);
        Optional<Profile> profile = Profiles.forLanguage(locale(written).toLanguageTag());
        if (profile.isEmpty()) {
            return new ProfileChoice(Profiles.byName("netflix-en").orElseThrow(), tag, reason + "; no built-in profile for '"
                    + FileNameLanguage.primaryLanguage(written) + "', using netflix-en's limits");
        }
        return new ProfileChoice(profile.get(), tag, reason);
    }

    private static ProfileChoice fromText(VisibleCues cues, int count) {
        Scripts scripts = new Scripts();
        StringBuilder sample = new StringBuilder();
        for (int c = 0; c < count; c++) {
            for (String visible : cues.lines(c)) {
                scripts.count(visible);
                if (sample.length() < SAMPLE_CHARS) {
                    sample.append(visible, 0, Math.min(visible.length(), SAMPLE_CHARS - sample.length())).append('\n');
                }
            }
        }
        if (scripts.letters() == 0) {
            return new ProfileChoice(Profiles.byName("netflix-en").orElseThrow(), null,
                    "no letters to tell the language from; using netflix-en");
        }
        // Letters with their marks: Devanagari's vowel signs are marks, not letters, yet carry as much.
        long sampleLetters = sample.codePoints().filter(cp -> Character.isLetter(cp) || isMark(cp)).count();
        if (scripts.cjkDominant()) {
            return byCjkScript(scripts, sample.toString(), sampleLetters);
        }
        if (sampleLetters < MIN_LETTERS) {
            return byScript(scripts, "too little text to detect the language (" + sampleLetters + " letters); ");
        }
        Optional<TextLanguage.Detected> detected = TextLanguage.of(sample.toString());
        if (detected.isEmpty()) {
            return byScript(scripts, "the language detector found no language; ");
        }
        String language = detected.get().language();
        double confidence = detected.get().confidence();
        if (confidence < MIN_CONFIDENCE) {
            return byScript(scripts, "language detection unsure (" + language + ", confidence " + format(confidence)
                    + ", below " + format(MIN_CONFIDENCE) + "); ");
        }
        ProfileChoice choice = forLanguage(language, "language detected from the text: " + bcp47(language)
                + " (confidence " + format(confidence) + ")");
        return new ProfileChoice(choice.profile(), choice.language(), choice.reason(), confidence);
    }

    /** Kana → ja, Hangul → ko, else Han → zh-Hans or zh-Hant; the detector only adds its confidence. */
    private static ProfileChoice byCjkScript(Scripts scripts, String sample, long sampleLetters) {
        String share = " (" + Math.round(100.0 * scripts.cjk() / scripts.letters()) + "% of letters are CJK)";
        String language;
        String profile;
        String reason;
        if (scripts.kana > 0 && scripts.kana * 10 >= scripts.han + scripts.kana) {
            language = "ja";
            profile = "netflix-ja";
            reason = "dominant script Hiragana/Katakana" + share;
        } else if (scripts.hangul >= scripts.han) {
            language = "ko";
            profile = "netflix-ko";
            reason = "dominant script Hangul" + share;
        } else if (HanVariant.isTraditional(sample)) {
            language = "zh-Hant";
            profile = "netflix-zh-hant";
            reason = "dominant script Han" + share + ", traditional characters";
        } else {
            language = "zh-Hans";
            profile = "netflix-zh-hans";
            reason = "dominant script Han" + share;
        }
        // A CJK character carries more than a Latin letter: a third of the Latin minimum is as much text.
        if (sampleLetters * 3 >= MIN_LETTERS) {
            Optional<TextLanguage.Detected> detected = TextLanguage.of(sample);
            if (detected.isPresent() && detected.get().confidence() >= MIN_CONFIDENCE
                    && FileNameLanguage.primaryLanguage(detected.get().language()).equals(language.substring(0, 2))) {
                double confidence = detected.get().confidence();
                return new ProfileChoice(Profiles.byName(profile).orElseThrow(), language, "language detected from the text: "
                        + language.substring(0, 2) + " (confidence " + format(confidence) + "); " + reason, confidence);
            }
        }
        return new ProfileChoice(Profiles.byName(profile).orElseThrow(), language, reason);
    }

    private static ProfileChoice byScript(Scripts scripts, String why) {
        return new ProfileChoice(Profiles.byName("netflix-en").orElseThrow(), "en", why + "dominant script is not CJK ("
                + Math.round(100.0 * scripts.other / scripts.letters()) + "% of letters); using netflix-en");
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static String format(double confidence) {
        return String.format(Locale.ROOT, "%.2f", confidence);
    }

    /** Letters by script. */
    private static final class Scripts {

        long han;
        long kana;
        long hangul;
        long other;

        void count(String visible) {
            for (int i = 0; i < visible.length(); ) {
                int cp = visible.codePointAt(i);
                i += Character.charCount(cp);
                if (cp < 0x80) {
                    if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') {
                        other++;
                    }
                    continue;
                }
                switch (cp < 0x10000 ? KINDS.get(cp) : lookUp(cp)) {
                    case HAN -> han++;
                    case KANA -> kana++;
                    case HANGUL -> hangul++;
                    case OTHER_LETTER -> other++;
                    default -> { } // not a letter
                }
            }
        }

        private static final int NOT_A_LETTER = 1;
        private static final int HAN = 2;
        private static final int KANA = 3;
        private static final int HANGUL = 4;
        private static final int OTHER_LETTER = 5;

        /**
         * What each BMP character counts as, looked up once: a CJK text asks the script of every
         * character, and the script look-up is a search through Unicode's script ranges.
         */
        private static final CharTable KINDS = new CharTable(Scripts::lookUp);

        private static int lookUp(int cp) {
            if (!Character.isLetter(cp)) {
                return NOT_A_LETTER;
            }
            return switch (UScript.getScript(cp)) {
                case UScript.HAN -> HAN;
                case UScript.HIRAGANA, UScript.KATAKANA -> KANA;
                case UScript.HANGUL -> HANGUL;
                default -> OTHER_LETTER;
            };
        }

        long cjk() {
            return han + kana + hangul;
        }

        long letters() {
            return cjk() + other;
        }

        /** A CJK character carries about as much as a Latin word: weigh them against words, not letters. */
        boolean cjkDominant() {
            return cjk() * 4 >= other;
        }
    }
}

package io.github.subtitleqc.core.profile;

import io.github.subtitleqc.core.text.Counting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in profiles. Every number was checked against the published guide on the date given;
 * see the README's profile table for the quotes.
 */
public final class Profiles {

    /** The profile name that means "pick per file from its language". */
    public static final String AUTO = "auto";

    private static final String CHECKED = "2026-11-29";
    private static final String NETFLIX = "https://partnerhelp.netflixstudios.com/hc/en-us/articles/";
    private static final String NETFLIX_GENERAL = NETFLIX + "215758617-Timed-Text-Style-Guide-General-Requirements"
            + " (5/6 s minimum, 7 s maximum, 2 lines), " + NETFLIX
            + "360051554394-Timed-Text-Style-Guide-Subtitle-Timing-Guidelines (2-frame gap)";
    private static final String BBC = "https://www.bbc.co.uk/accessibility/forproducts/guides/subtitles/";

    private static final Map<String, Profile> BUILT_IN = new LinkedHashMap<>();

    static {
        netflix("netflix-en", "en", Counting.ALL_ONE, "20", "42", "833ms",
                NETFLIX + "217350977-English-USA-Timed-Text-Style-Guide");
        netflix("netflix-en-children", "en", Counting.ALL_ONE, "17", "42", "833ms",
                NETFLIX + "217350977-English-USA-Timed-Text-Style-Guide");
        netflix("netflix-zh-hans", "zh-Hans", Counting.CJK_WEIGHTED, "9", "16", "833ms",
                NETFLIX + "215986007-Chinese-Simplified-Timed-Text-Style-Guide");
        netflix("netflix-zh-hans-children", "zh-Hans", Counting.CJK_WEIGHTED, "7", "16", "833ms",
                NETFLIX + "215986007-Chinese-Simplified-Timed-Text-Style-Guide");
        netflix("netflix-zh-hant", "zh-Hant", Counting.CJK_WEIGHTED, "9", "16", "833ms",
                NETFLIX + "215994807-Traditional-Chinese-Timed-Text-Style-Guide");
        netflix("netflix-ja", "ja", Counting.CJK_WEIGHTED, "4", "13", "500ms",
                NETFLIX + "215767517-Japanese-Timed-Text-Style-Guide");
        netflix("netflix-ko", "ko", Counting.CJK_WEIGHTED, "12", "16", "833ms",
                NETFLIX + "216001127-Korean-Timed-Text-Style-Guide");
        add(new Profile("bbc", "en-GB", Counting.ALL_ONE, Map.of(
                "maxWpm", "180",
                "maxChars", "37",
                "maxLines", "2",
                "minDuration", "0ms",
                "minDurationPerWord", "300ms",
                "maxDuration", "7000ms",
                "minGap", "0ms"),
                BBC + " (180 words per minute, 37 characters, 2 lines, 0.3 s per word; the 7 s maximum is"
                        + " Netflix's, the BBC sets none)", CHECKED));
    }

    private Profiles() {
    }

    private static void netflix(String name, String language, Counting counting, String maxCps, String maxChars,
                                String minDuration, String guide) {
        add(new Profile(name, language, counting, Map.of(
                "maxCps", maxCps,
                "maxChars", maxChars,
                "maxLines", "2",
                "minDuration", minDuration,
                "maxDuration", "7000ms",
                "minGap", "2f"),
                guide + "; " + NETFLIX_GENERAL, CHECKED));
    }

    private static void add(Profile profile) {
        BUILT_IN.put(profile.name(), profile);
    }

    /** The built-in profile with this name. */
    public static Optional<Profile> byName(String name) {
        return Optional.ofNullable(BUILT_IN.get(name));
    }

    /**
     * The adult-programme profile for a language, if there is a built-in one: {@code zh} with a
     * traditional script or region ({@code zh-Hant}, {@code zh-TW}, {@code zh-HK}) is
     * {@code netflix-zh-hant}, other {@code zh} {@code netflix-zh-hans}.
     *
     * @param tag a BCP 47 tag
     */
    public static Optional<Profile> forLanguage(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        com.ibm.icu.util.ULocale locale = com.ibm.icu.util.ULocale.forLanguageTag(tag.replace('_', '-'));
        String lang = locale.getLanguage();
        String name = switch (lang) {
            case "zh" -> "Hant".equals(com.ibm.icu.util.ULocale.addLikelySubtags(locale).getScript())
                    ? "netflix-zh-hant" : "netflix-zh-hans";
            case "ja" -> "netflix-ja";
            case "ko" -> "netflix-ko";
            case "en" -> "netflix-en";
            default -> null;
        };
        return name == null ? Optional.empty() : byName(name);
    }

    /** All built-in profiles, in documentation order. */
    public static List<Profile> all() {
        return List.copyOf(BUILT_IN.values());
    }
}

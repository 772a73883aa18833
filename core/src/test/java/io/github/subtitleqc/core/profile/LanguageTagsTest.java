package io.github.subtitleqc.core.profile;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The tags worked out by hand read as ICU reads them; the others are ICU's own. */
class LanguageTagsTest {

    @Test
    void everyTwoLetterLanguageAloneOrWithAnyTwoLetterRegionIsReadAsIcuReadsIt() {
        List<String> pairs = new ArrayList<>();
        for (char a = 'a'; a <= 'z'; a++) {
            for (char b = 'a'; b <= 'z'; b++) {
                pairs.add("" + a + b);
            }
        }
        List<String> mismatches = new ArrayList<>();
        for (String language : pairs) {
            for (String written : List.of(language, language.toUpperCase(), language.charAt(0) + language.substring(1).toUpperCase())) {
                compare(written, mismatches);
            }
            for (String region : pairs) {
                compare(language + "-" + region.toUpperCase(), mismatches);
            }
        }
        // the case of the region, and of both, for a sample of languages and every region
        for (String language : List.of("en", "PT", "zH", "fr", "iw", "no", "sr", "in", "ji", "mo", "sh")) {
            for (String region : pairs) {
                compare(language + "-" + region, mismatches);
                compare(language + "-" + region.charAt(0) + region.substring(1).toUpperCase(), mismatches);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void otherShapesAreIcus() {
        List<String> mismatches = new ArrayList<>();
        for (String tag : List.of("", "e", "eng", "en-", "-en", "en-G", "en-GBR", "en-419", "zh-Hant", "zh-Hant-TW",
                "sr-Latn", "en-GB-oed", "i-klingon", "und", "en-US-x-private", "x-private", "en_GB", "en-1B", "é1-GB",
                "en-gb-", "root", "123")) {
            compare(tag, mismatches);
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void icusOwnLocaleIsMadeForASimpleTagWhenAsked() {
        assertThat(LanguageTags.of("zh-tw").uLocale()).isEqualTo(ULocale.forLanguageTag("zh-TW"));
        assertThat(ULocale.addLikelySubtags(LanguageTags.of("zh-tw").uLocale()).getScript()).isEqualTo("Hant");
        assertThat(ULocale.addLikelySubtags(LanguageTags.of("zh").uLocale()).getScript()).isEqualTo("Hans");
    }

    @Test
    void fileNameLanguageHoldsIcusIsoListsAndNoTwoLetterThreeLetterCode() {
        assertThat(FileNameLanguage.languages()).isEqualTo(new HashSet<>(Arrays.asList(ULocale.getISOLanguages())));
        assertThat(FileNameLanguage.regions()).isEqualTo(new HashSet<>(Arrays.asList(ULocale.getISOCountries())));
        assertThat(FileNameLanguage.iso3ToIso2()).isNotEmpty().containsEntry("eng", "en").containsEntry("ger", "de");
        assertThat(FileNameLanguage.iso3ToIso2().keySet()).noneMatch(k -> k.length() == 2);
    }

    @Test
    void aTwoOrThreeLetterPrimaryLanguageGivesItsTwoLetterCode() {
        assertThat(FileNameLanguage.primaryLanguage("en-GB")).isEqualTo("en");
        assertThat(FileNameLanguage.primaryLanguage("EN")).isEqualTo("en");
        assertThat(FileNameLanguage.primaryLanguage("eng")).isEqualTo("en");
        assertThat(FileNameLanguage.primaryLanguage("fre_CA")).isEqualTo("fr");
        assertThat(FileNameLanguage.primaryLanguage("yue")).isEqualTo("yue");
    }

    private static void compare(String tag, List<String> mismatches) {
        ULocale icu = ULocale.forLanguageTag(tag);
        LanguageTags ours = LanguageTags.of(tag);
        if (!icu.toLanguageTag().equals(ours.toLanguageTag()) || !icu.getLanguage().equals(ours.language())
                || !icu.getCountry().equals(ours.region())) {
            mismatches.add(tag + ": ICU " + icu.toLanguageTag() + " " + icu.getLanguage() + " " + icu.getCountry()
                    + ", ours " + ours.toLanguageTag() + " " + ours.language() + " " + ours.region());
        }
    }
}

package io.github.subtitleqc.core.profile;

import io.github.subtitleqc.core.text.Counting;
import io.github.subtitleqc.core.time.TimeLimit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in profiles carry the published numbers (SPEC §5), each with its source and the date it was read. */
class ProfilesTest {

    @Test
    void allProfilesInDocumentationOrder() {
        assertThat(Profiles.all()).extracting(Profile::name).containsExactly(
                "netflix-en", "netflix-en-children", "netflix-zh-hans", "netflix-zh-hans-children",
                "netflix-zh-hant", "netflix-zh-hant-children", "netflix-ja", "netflix-ko", "netflix-ko-children",
                "netflix-ar", "netflix-ar-children", "netflix-bg", "netflix-bg-children", "netflix-cs",
                "netflix-cs-children", "netflix-da", "netflix-da-children", "netflix-de", "netflix-de-children",
                "netflix-el", "netflix-el-children", "netflix-es", "netflix-es-children", "netflix-fi",
                "netflix-fi-children", "netflix-fr", "netflix-fr-children", "netflix-fr-ca",
                "netflix-fr-ca-children", "netflix-he", "netflix-he-children", "netflix-hi", "netflix-hi-children",
                "netflix-hr", "netflix-hr-children", "netflix-hu", "netflix-hu-children", "netflix-id",
                "netflix-id-children", "netflix-it", "netflix-it-children", "netflix-ms", "netflix-ms-children",
                "netflix-nb", "netflix-nb-children", "netflix-nl", "netflix-nl-children", "netflix-pl",
                "netflix-pl-children", "netflix-pt-br", "netflix-pt-br-children", "netflix-pt-pt",
                "netflix-pt-pt-children", "netflix-ro", "netflix-ro-children", "netflix-ru", "netflix-ru-children",
                "netflix-sr", "netflix-sr-children", "netflix-sv", "netflix-sv-children", "netflix-th",
                "netflix-th-children", "netflix-tr", "netflix-tr-children", "netflix-uk", "netflix-uk-children",
                "netflix-vi", "netflix-vi-children",
                "netflix-ca", "netflix-ca-children", "netflix-eu", "netflix-eu-children", "netflix-gl", "netflix-gl-children", "netflix-sk", "netflix-sk-children", "netflix-is", "netflix-is-children", "netflix-fil", "netflix-fil-children", "netflix-ta", "netflix-ta-children", "netflix-te", "netflix-te-children", "netflix-af", "netflix-af-children", "netflix-zu", "netflix-zu-children", "bbc");
        assertThat(Profiles.AUTO).isEqualTo("auto");
        assertThat(Profiles.byName("auto")).isEmpty();
        assertThat(Profiles.byName("Netflix-EN")).isEmpty();
    }

    @Test
    void namesAreUnique() {
        List<String> names = Profiles.readNetflixTable().stream().map(Profile::name).toList();
        assertThat(names).doesNotHaveDuplicates().hasSize(89).doesNotContain("bbc");
        assertThat(Profiles.all()).hasSize(90);
    }

    /** The numbers as the guides (or, where noted in the source, Subtitle Edit's table) publish them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            netflix-en,                en,      ALL_ONE,       20, 42, 833ms
            netflix-en-children,       en,      ALL_ONE,       17, 42, 833ms
            netflix-zh-hans,           zh-Hans, CJK_WEIGHTED,   9, 16, 833ms
            netflix-zh-hans-children,  zh-Hans, CJK_WEIGHTED,   7, 16, 833ms
            netflix-zh-hant,           zh-Hant, CJK_WEIGHTED,   9, 16, 833ms
            netflix-zh-hant-children,  zh-Hant, CJK_WEIGHTED,   7, 16, 833ms
            netflix-ja,                ja,      CJK_WEIGHTED,   4, 13, 500ms
            netflix-ko,                ko,      CJK_WEIGHTED,  12, 16, 833ms
            netflix-ko-children,       ko,      CJK_WEIGHTED,   9, 16, 833ms
            netflix-ar,                ar,      ALL_ONE,       20, 42, 833ms
            netflix-ar-children,       ar,      ALL_ONE,       17, 42, 833ms
            netflix-bg,                bg,      ALL_ONE,       17, 42, 833ms
            netflix-bg-children,       bg,      ALL_ONE,       13, 42, 833ms
            netflix-cs,                cs,      ALL_ONE,       17, 42, 833ms
            netflix-cs-children,       cs,      ALL_ONE,       13, 42, 833ms
            netflix-da,                da,      ALL_ONE,       17, 42, 833ms
            netflix-da-children,       da,      ALL_ONE,       13, 42, 833ms
            netflix-de,                de,      ALL_ONE,       17, 42, 833ms
            netflix-de-children,       de,      ALL_ONE,       13, 42, 833ms
            netflix-el,                el,      ALL_ONE,       17, 42, 833ms
            netflix-el-children,       el,      ALL_ONE,       13, 42, 833ms
            netflix-es,                es,      ALL_ONE,       17, 42, 833ms
            netflix-es-children,       es,      ALL_ONE,       13, 42, 833ms
            netflix-fi,                fi,      ALL_ONE,       17, 42, 833ms
            netflix-fi-children,       fi,      ALL_ONE,       13, 42, 833ms
            netflix-fr,                fr,      ALL_ONE,       17, 42, 833ms
            netflix-fr-children,       fr,      ALL_ONE,       13, 42, 833ms
            netflix-fr-ca,             fr-CA,   ALL_ONE,       17, 42, 833ms
            netflix-fr-ca-children,    fr-CA,   ALL_ONE,       13, 42, 833ms
            netflix-he,                he,      ALL_ONE,       17, 42, 833ms
            netflix-he-children,       he,      ALL_ONE,       13, 42, 833ms
            netflix-hi,                hi,      ALL_ONE,       22, 42, 833ms
            netflix-hi-children,       hi,      ALL_ONE,       18, 42, 833ms
            netflix-hr,                hr,      ALL_ONE,       17, 42, 833ms
            netflix-hr-children,       hr,      ALL_ONE,       13, 42, 833ms
            netflix-hu,                hu,      ALL_ONE,       17, 42, 833ms
            netflix-hu-children,       hu,      ALL_ONE,       13, 42, 833ms
            netflix-id,                id,      ALL_ONE,       17, 42, 833ms
            netflix-id-children,       id,      ALL_ONE,       13, 42, 833ms
            netflix-it,                it,      ALL_ONE,       17, 42, 833ms
            netflix-it-children,       it,      ALL_ONE,       13, 42, 833ms
            netflix-ms,                ms,      ALL_ONE,       17, 42, 833ms
            netflix-ms-children,       ms,      ALL_ONE,       13, 42, 833ms
            netflix-nb,                nb,      ALL_ONE,       17, 42, 833ms
            netflix-nb-children,       nb,      ALL_ONE,       13, 42, 833ms
            netflix-nl,                nl,      ALL_ONE,       17, 42, 833ms
            netflix-nl-children,       nl,      ALL_ONE,       13, 42, 833ms
            netflix-pl,                pl,      ALL_ONE,       17, 42, 833ms
            netflix-pl-children,       pl,      ALL_ONE,       13, 42, 833ms
            netflix-pt-br,             pt-BR,   ALL_ONE,       17, 42, 833ms
            netflix-pt-br-children,    pt-BR,   ALL_ONE,       13, 42, 833ms
            netflix-pt-pt,             pt-PT,   ALL_ONE,       17, 42, 833ms
            netflix-pt-pt-children,    pt-PT,   ALL_ONE,       13, 42, 833ms
            netflix-ro,                ro,      ALL_ONE,       17, 42, 833ms
            netflix-ro-children,       ro,      ALL_ONE,       13, 42, 833ms
            netflix-ru,                ru,      ALL_ONE,       17, 42, 833ms
            netflix-ru-children,       ru,      ALL_ONE,       13, 42, 833ms
            netflix-sr,                sr,      ALL_ONE,       17, 42, 833ms
            netflix-sr-children,       sr,      ALL_ONE,       13, 42, 833ms
            netflix-sv,                sv,      ALL_ONE,       17, 42, 833ms
            netflix-sv-children,       sv,      ALL_ONE,       13, 42, 833ms
            netflix-th,                th,      ALL_ONE,       17, 35, 833ms
            netflix-th-children,       th,      ALL_ONE,       13, 35, 833ms
            netflix-tr,                tr,      ALL_ONE,       17, 42, 833ms
            netflix-tr-children,       tr,      ALL_ONE,       13, 42, 833ms
            netflix-uk,                uk,      ALL_ONE,       17, 42, 833ms
            netflix-uk-children,       uk,      ALL_ONE,       13, 42, 833ms
            netflix-vi,                vi,      ALL_ONE,       17, 42, 833ms
            netflix-vi-children,       vi,      ALL_ONE,       13, 42, 833ms
            netflix-ca,                 ca,      ALL_ONE,       17, 42, 833ms
            netflix-ca-children,        ca,      ALL_ONE,       13, 42, 833ms
            netflix-eu,                 eu,      ALL_ONE,       17, 42, 833ms
            netflix-eu-children,        eu,      ALL_ONE,       13, 42, 833ms
            netflix-gl,                 gl,      ALL_ONE,       17, 42, 833ms
            netflix-gl-children,        gl,      ALL_ONE,       13, 42, 833ms
            netflix-sk,                 sk,      ALL_ONE,       17, 42, 833ms
            netflix-sk-children,        sk,      ALL_ONE,       13, 42, 833ms
            netflix-is,                 is,      ALL_ONE,       17, 42, 833ms
            netflix-is-children,        is,      ALL_ONE,       13, 42, 833ms
            netflix-fil,                fil,     ALL_ONE,       17, 42, 833ms
            netflix-fil-children,       fil,     ALL_ONE,       13, 42, 833ms
            netflix-ta,                 ta,      ALL_ONE,       17, 42, 833ms
            netflix-ta-children,        ta,      ALL_ONE,       13, 42, 833ms
            netflix-te,                 te,      ALL_ONE,       17, 42, 833ms
            netflix-te-children,        te,      ALL_ONE,       13, 42, 833ms
            netflix-af,                 af,      ALL_ONE,       17, 42, 833ms
            netflix-af-children,        af,      ALL_ONE,       13, 42, 833ms
            netflix-zu,                 zu,      ALL_ONE,       17, 42, 833ms
            netflix-zu-children,        zu,      ALL_ONE,       13, 42, 833ms
            """)
    void netflixProfiles(String name, String language, Counting counting, String maxCps, String maxChars,
                         String minDuration) {
        Profile p = Profiles.byName(name).orElseThrow();
        assertThat(p.name()).isEqualTo(name);
        assertThat(p.language()).isEqualTo(language);
        assertThat(p.counting()).isEqualTo(counting);
        // typed values, parsed once when the profiles are loaded
        assertThat(p.parameters()).isEqualTo(Map.of(
                "maxCps", Double.valueOf(maxCps),
                "maxChars", Double.valueOf(maxChars),
                "maxLines", 2,
                "minDuration", TimeLimit.parse(minDuration),
                "maxDuration", TimeLimit.ofMillis(7000),
                "minGap", TimeLimit.ofFrames(2)));
        assertThat(p.value(ProfileParameters.MIN_GAP)).contains(TimeLimit.ofFrames(2));
        // a guide read here is named by its article; one not read names its language and where the numbers came from
        assertThat(p.source()).satisfiesAnyOf(
                s -> assertThat(s).startsWith("https://partnerhelp.netflixstudios.com/hc/en-us/articles/"),
                s -> assertThat(s).startsWith("Netflix ").contains(" Timed Text Style Guide (not read here); ")
                        .contains("NetflixQualityController.cs@"))
                .contains("215758617-Timed-Text-Style-Guide-General-Requirements")
                .doesNotContain("${");
    }

    /** Every language's children's profile differs from the adult one in its reading speed only, and is slower. */
    @Test
    void childrenProfilesAreTheAdultOnesReadMoreSlowly() {
        List<Profile> children = Profiles.all().stream().filter(p -> p.name().endsWith("-children")).toList();
        assertThat(children).hasSize(44);
        for (Profile child : children) {
            Profile adult = Profiles.byName(child.name().replace("-children", "")).orElseThrow();
            assertThat(child.language()).as(child.name()).isEqualTo(adult.language());
            assertThat(child.counting()).as(child.name()).isEqualTo(adult.counting());
            assertThat(child.value(ProfileParameters.MAX_CPS).orElseThrow()).as(child.name())
                    .isLessThan(adult.value(ProfileParameters.MAX_CPS).orElseThrow());
            Map<String, Object> rest = new HashMap<>(child.parameters());
            rest.put("maxCps", adult.parameters().get("maxCps"));
            assertThat(rest).as(child.name()).isEqualTo(adult.parameters());
        }
        // the Japanese guide gives one reading speed for all programmes
        assertThat(Profiles.byName("netflix-ja-children")).isEmpty();
    }

    /** Numbers not shown at the top of a guide name Subtitle Edit's table at its commit. */
    @Test
    void numbersTakenFromSubtitleEditNameItsFileAndCommit() {
        assertThat(Profiles.byName("netflix-de").orElseThrow().source()).isEqualTo(
                "https://partnerhelp.netflixstudios.com/hc/en-us/articles/217351587-German-Timed-Text-Style-Guide;"
                        + " adult 17 cps and 42 characters: Subtitle Edit (github.com/SubtitleEdit/subtitleedit)"
                        + " src/ui/Logic/NetflixQualityCheck/NetflixQualityController.cs"
                        + "@00fb10f15c1ed29726dbb1032f4517dac93bb31e;"
                        + " https://partnerhelp.netflixstudios.com/hc/en-us/articles/"
                        + "215758617-Timed-Text-Style-Guide-General-Requirements (5/6 s minimum, 7 s maximum, 2 lines),"
                        + " https://partnerhelp.netflixstudios.com/hc/en-us/articles/"
                        + "360051554394-Timed-Text-Style-Guide-Subtitle-Timing-Guidelines (2-frame gap)");
        assertThat(Profiles.byName("netflix-th").orElseThrow().source())
                .contains("220448308-Thai-Timed-Text-Style-Guide (35 characters per line); adult 17 cps: Subtitle Edit");
    }

    /** Thai's 35 characters leave out tone marks and upper and lower vowels: a grapheme count does. */
    @Test
    void thaiMarksAndDevanagariVowelSignsAddNothingToTheirLetter() {
        Counting thai = Profiles.byName("netflix-th").orElseThrow().counting();
        assertThat(thai.count("ที่นี่")).isEqualTo(2.0); // two letters, each with an upper vowel and a tone mark
        assertThat(thai.count("กู")).isEqualTo(1.0); // a lower vowel
        assertThat(Profiles.byName("netflix-hi").orElseThrow().counting().count("की")).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            en,          netflix-en
            en-GB,       netflix-en
            zh,          netflix-zh-hans
            zh-CN,       netflix-zh-hans
            zh-Hans-SG,  netflix-zh-hans
            zh-TW,       netflix-zh-hant
            zh-HK,       netflix-zh-hant
            zh-Hant,     netflix-zh-hant
            ja-JP,       netflix-ja
            ko,          netflix-ko
            pt-BR,       netflix-pt-br
            pt_BR,       netflix-pt-br
            pt,          netflix-pt-br
            pt-PT,       netflix-pt-pt
            pt-AO,       netflix-pt-pt
            es,          netflix-es
            es-ES,       netflix-es
            es-MX,       netflix-es
            es-419,      netflix-es
            fr,          netflix-fr
            fr-FR,       netflix-fr
            fr-BE,       netflix-fr
            fr-CA,       netflix-fr-ca
            de-AT,       netflix-de
            de,          netflix-de
            it,          netflix-it
            ar-EG,       netflix-ar
            hi,          netflix-hi
            ru,          netflix-ru
            sv-SE,       netflix-sv
            no,          netflix-nb
            nb,          netflix-nb
            nb-NO,       netflix-nb
            nn,          netflix-nb
            sr,          netflix-sr
            sr-Latn,     netflix-sr
            sr-Cyrl-RS,  netflix-sr
            he,          netflix-he
            iw,          netflix-he
            id,          netflix-id
            in,          netflix-id
            th,          netflix-th
            vi,          netflix-vi
            el,          netflix-el
            uk,          netflix-uk
            """)
    void forLanguagePicksTheGuideOfTheRegionOrTheLanguage(String tag, String profile) {
        assertThat(Profiles.forLanguage(tag)).map(Profile::name).contains(profile);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sw", "bs", "yue", "und"})
    void languagesWithoutAGuideOfTheirOwnHaveNoProfile(String tag) {
        assertThat(Profiles.forLanguage(tag)).isEmpty();
    }

    @Test
    void forLanguageNeedsATag() {
        assertThat(Profiles.forLanguage(null)).isEmpty();
        assertThat(Profiles.forLanguage(" ")).isEmpty();
    }

    @Test
    void bbcLimitsWordsPerMinuteAndHasNoCharactersPerSecond() {
        Profile bbc = Profiles.byName("bbc").orElseThrow();
        assertThat(bbc.language()).isEqualTo("en-GB");
        assertThat(bbc.counting()).isEqualTo(Counting.ALL_ONE);
        // no maxCps on purpose: the BBC measures reading speed in words per minute
        assertThat(bbc.parameters()).isEqualTo(Map.of(
                "maxWpm", 180.0,
                "maxChars", 37.0,
                "maxLines", 2,
                "minDuration", TimeLimit.ofMillis(0),
                "minDurationPerWord", TimeLimit.ofMillis(300),
                "maxDuration", TimeLimit.ofMillis(7000),
                "minGap", TimeLimit.ofMillis(0)));
        assertThat(bbc.parameters()).doesNotContainKey("maxCps");
        assertThat(bbc.source()).startsWith("https://www.bbc.co.uk/accessibility/");
    }

    @Test
    void everyProfileSaysWhereItsNumbersComeFromAndWhen() {
        for (Profile p : Profiles.all()) {
            assertThat(p.source()).as(p.name()).isNotBlank();
            assertThat(LocalDate.parse(p.checked())).as(p.name())
                    .isBetween(LocalDate.parse("2026-11-29"), LocalDate.parse("2026-11-30"));
        }
    }

    /** A profile table value that does not parse, or a name no profile sets, is refused when profiles load. */
    @Test
    void profileValuesAreParsedToTheirTypesAndAnUnknownOrBadOneIsRefused() {
        assertThat(Profile.parse("x", "en", Counting.ALL_ONE, Map.of("maxLines", "2"), "s", "d").value(ProfileParameters.MAX_LINES))
                .contains(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Profile.parse("x", "en", Counting.ALL_ONE,
                        Map.of("maxLines", "two"), "s", "d"))
                .hasMessage("profile x: maxLines: 'two' is not a whole number: write e.g. 2");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Profile.parse("x", "en", Counting.ALL_ONE,
                        Map.of("maxCPS", "17"), "s", "d"))
                .hasMessageStartingWith("profile x: 'maxCPS' is not a profile parameter; they are [maxCps, maxWpm,");
    }
}

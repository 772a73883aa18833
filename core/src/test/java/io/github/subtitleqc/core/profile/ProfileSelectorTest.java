package io.github.subtitleqc.core.profile;

import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.model.Format;
import io.github.subtitleqc.core.model.SubtitleDocument;
import io.github.subtitleqc.core.read.WebVttReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SPEC §5: which profile each file gets, and the reason the report gives. */
class ProfileSelectorTest {

    private static final ProfileSelector AUTO = new ProfileSelector("auto", null);

    private static SubtitleDocument text(String... lines) {
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            cues.add(new Cue(i + 1, null, i * 2000L, i * 2000L + 1500, List.of(lines[i]), 4 * i + 2, 4 * i + 3, ""));
        }
        return new SubtitleDocument(Format.SRT, cues, Optional.empty());
    }

    private static SubtitleDocument declaring(String language, String... lines) {
        SubtitleDocument d = text(lines);
        return new SubtitleDocument(Format.WEBVTT, d.cues(), Optional.of(language));
    }

    private static final SubtitleDocument ENGLISH = text("Hello there, how are you?");
    private static final SubtitleDocument CHINESE = text("就是亚马逊这样的公司");

    @Test
    void aFixedProfileIsUsedForEveryFile() {
        ProfileSelector bbc = new ProfileSelector("bbc", null);
        ProfileChoice c = bbc.choose("talk.zh-Hans.srt", CHINESE);
        assertThat(c.profile().name()).isEqualTo("bbc");
        assertThat(c.language()).isEqualTo("en-GB");
        assertThat(c.reason()).isEqualTo("profile parameter set to bbc");
    }

    @Test
    void aFixedProfileReportsTheConfiguredLanguage() {
        ProfileChoice c = new ProfileSelector(" netflix-zh-hans ", "zh-SG").choose("talk.srt", ENGLISH);
        assertThat(c.profile().name()).isEqualTo("netflix-zh-hans");
        assertThat(c.language()).isEqualTo("zh-SG");
        assertThat(c.reason()).isEqualTo("profile parameter set to netflix-zh-hans");
    }

    @Test
    void blankOrNullProfileMeansAuto() {
        assertThat(new ProfileSelector(null, null).choose("talk.ja.srt", ENGLISH).profile().name())
                .isEqualTo("netflix-ja");
        assertThat(new ProfileSelector("  ", null).choose("talk.ja.srt", ENGLISH).profile().name())
                .isEqualTo("netflix-ja");
    }

    @Test
    void theLanguageParameterWinsOverFileNameAndText() {
        ProfileChoice c = new ProfileSelector("auto", "zh-TW").choose("talk.en.srt", ENGLISH);
        assertThat(c.profile().name()).isEqualTo("netflix-zh-hant");
        assertThat(c.language()).isEqualTo("zh-TW");
        assertThat(c.reason()).isEqualTo("language parameter set to 'zh-TW'");
    }

    @Test
    void aLanguageWithoutABuiltInProfileGetsNetflixEnglishAndSaysSo() {
        ProfileChoice c = new ProfileSelector("auto", "sw").choose("talk.srt", ENGLISH);
        assertThat(c.profile().name()).isEqualTo("netflix-en");
        assertThat(c.language()).isEqualTo("sw");
        assertThat(c.reason()).isEqualTo("language parameter set to 'sw'; no built-in profile for 'sw', using netflix-en's limits");
    }

    @Test
    void aLanguageWithAGuideGetsItsOwnProfile() {
        ProfileChoice c = new ProfileSelector("auto", "fr").choose("talk.srt", ENGLISH);
        assertThat(c.profile().name()).isEqualTo("netflix-fr");
        assertThat(c.language()).isEqualTo("fr");
        assertThat(c.reason()).isEqualTo("language parameter set to 'fr'");
        assertThat(new ProfileSelector("auto", "pt_BR").choose("talk.srt", ENGLISH).profile().name())
                .isEqualTo("netflix-pt-br");
    }

    @Test
    void theReportedLanguageIsWrittenAsBcp47() {
        ProfileChoice c = new ProfileSelector("auto", "zh_tw").choose("talk.srt", ENGLISH);
        assertThat(c.profile().name()).isEqualTo("netflix-zh-hant");
        assertThat(c.language()).isEqualTo("zh-TW");
        assertThat(c.reason()).isEqualTo("language parameter set to 'zh_tw'");
        assertThat(new ProfileSelector("bbc", "en_gb").choose("talk.srt", ENGLISH).language()).isEqualTo("en-GB");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            talk.zh-Hans.srt,           netflix-zh-hans, zh-Hans,    zh-Hans
            talk.zh_CN.srt,             netflix-zh-hans, zh-CN,      zh_CN
            talk.zh-CN.srt,             netflix-zh-hans, zh-CN,      zh-CN
            talk.zh.srt,                netflix-zh-hans, zh,         zh
            talk.zh-SG.srt,             netflix-zh-hans, zh-SG,      zh-SG
            talk.zh-TW.srt,             netflix-zh-hant, zh-TW,      zh-TW
            talk.zh-Hant.srt,           netflix-zh-hant, zh-Hant,    zh-Hant
            talk.zh_HK.srt,             netflix-zh-hant, zh-HK,      zh_HK
            talk.en.vtt,                netflix-en,      en,         en
            talk.en-GB.srt,             netflix-en,      en-GB,      en-GB
            talk.EN.srt,                netflix-en,      en,         EN
            talk.eng.srt,               netflix-en,      en,         eng
            talk.ja.srt,                netflix-ja,      ja,         ja
            talk.jpn.srt,               netflix-ja,      ja,         jpn
            talk.ko.srt,                netflix-ko,      ko,         ko
            talk.chi.srt,               netflix-zh-hans, zh,         chi
            talk.de.srt,                netflix-de,      de,         de
            talk.pt-BR.srt,             netflix-pt-br,   pt-BR,      pt-BR
            talk.fr-CA.srt,             netflix-fr-ca,   fr-CA,      fr-CA
            talk.es-MX.srt,             netflix-es,      es-MX,      es-MX
            subs/season.1/talk.ja.srt,  netflix-ja,      ja,         ja
            captions_ja.vtt,            netflix-ja,      ja,         ja
            Episode-ko.srt,             netflix-ko,      ko,         ko
            talk [ja].srt,              netflix-ja,      ja,         ja
            talk (ko).srt,              netflix-ko,      ko,         ko
            talk_zh-tw.srt,             netflix-zh-hant, zh-TW,      zh-tw
            talk-zh-hk.srt,             netflix-zh-hant, zh-HK,      zh-hk
            talk_zh_Hant_TW.srt,        netflix-zh-hant, zh-Hant-TW, zh_Hant_TW
            talk_zho.srt,               netflix-zh-hans, zh,         zho
            talk-jpn.srt,               netflix-ja,      ja,         jpn
            talk_kor.srt,               netflix-ko,      ko,         kor
            talk_eng.srt,               netflix-en,      en,         eng
            wwa_captions_en_test.vtt,   netflix-en,      en,         en
            movie.ja.forced.srt,        netflix-ja,      ja,         ja
            movie.en.hi.srt,            netflix-en,      en,         en
            itaccess_chapters_en.vtt,   netflix-en,      en,         en
            k_chapters_en.vtt,          netflix-en,      en,         en
            """)
    void aLanguageTagInTheFileName(String file, String profile, String language, String tagAsWritten) {
        ProfileChoice c = AUTO.choose(file, ENGLISH);
        assertThat(c.profile().name()).isEqualTo(profile);
        assertThat(c.language()).isEqualTo(language);
        assertThat(c.reason()).isEqualTo("language tag '" + tagAsWritten + "' in the file name");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            captions_es.vtt,               es,         es
            deadline_captions_pt-br.vtt,   pt-BR,      pt-br
            talk_pt_BR.srt,                pt-BR,      pt_BR
            Episode-fr.srt,                fr,         fr
            talk [de].srt,                 de,         de
            talk.sr-Latn.srt,              sr-Latn,    sr-Latn
            talk_spa.srt,                  es,         spa
            talk_fre.srt,                  fr,         fre
            talk_fra.srt,                  fr,         fra
            talk_ger.srt,                  de,         ger
            talk_deu.srt,                  de,         deu
            talk_por.srt,                  pt,         por
            talk_rus.srt,                  ru,         rus
            talk_ara.srt,                  ar,         ara
            talk_hin.srt,                  hi,         hin
            talk_ita.srt,                  it,         ita
            talk_swe.srt,                  sv,         swe
            deadline_captions_hi.vtt,      hi,         hi
            itaccess_subtitles_es.vtt,     es,         es
            """)
    void namingConventionsOfOtherLanguages(String file, String language, String tagAsWritten) {
        ProfileChoice c = AUTO.choose(file, CHINESE);
        assertThat(c.profile().name()).isEqualTo(Profiles.forLanguage(language).orElseThrow().name())
                .isNotEqualTo("netflix-en");
        assertThat(c.language()).isEqualTo(language);
        assertThat(c.confidence()).isNull();
        assertThat(c.reason()).isEqualTo("language tag '" + tagAsWritten + "' in the file name");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            es/episode1.srt,           es,     es
            subs/pt-BR/x.vtt,          pt-BR,  pt-BR
            subs/de_DE/x.vtt,          de-DE,  de_DE
            C:\\subs\\fr\\x.vtt,       fr,     fr
            """)
    void aLanguageFolder(String file, String language, String folder) {
        ProfileChoice c = AUTO.choose(file, CHINESE);
        assertThat(c.language()).isEqualTo(language);
        assertThat(c.profile().name()).isEqualTo(Profiles.forLanguage(language).orElseThrow().name());
        assertThat(c.reason()).isEqualTo("language tag '" + folder + "' in the folder name");
    }

    @Test
    void theFileNameWinsOverTheFolder() {
        ProfileChoice c = AUTO.choose("subs/es/episode1.ja.srt", CHINESE);
        assertThat(c.language()).isEqualTo("ja");
        assertThat(c.reason()).isEqualTo("language tag 'ja' in the file name");
    }

    @Test
    void aFileNameLanguageWithoutABuiltInProfile() {
        ProfileChoice c = AUTO.choose("talk.sw.srt", CHINESE);
        assertThat(c.profile().name()).isEqualTo("netflix-en");
        assertThat(c.language()).isEqualTo("sw");
        assertThat(c.reason()).isEqualTo("language tag 'sw' in the file name; no built-in profile for 'sw', using netflix-en's limits");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"episode.final.srt", "v2.srt", "talk.srt", "talk.v2.srt", "talk.xx.srt", "zh-Hans.srt",
            "talk.zh-Hans/episode.srt", "talk.final-cut.srt", "talk.12.srt", "it.srt", "no.srt", "the_end.srt",
            "and.srt", "my_video.srt", "k_chapters.vtt", "notes_the.srt", "talk_and.srt", "story_war.srt",
            "how_to_fish.srt", "captions_in.vtt", "in/episode.srt", "the/episode.srt", "talk_en_test_final.srt",
            "talk_Test.srt", "episode_cut.srt", "talk.final/episode.srt", "wwa_meta.vtt", "paulallen_meta.vtt"})
    void namesWithoutALanguageTagFallBackToTheText(String file) {
        ProfileChoice c = AUTO.choose(file, CHINESE);
        assertThat(c.profile().name()).isEqualTo("netflix-zh-hans");
        assertThat(c.reason()).isEqualTo("dominant script Han (100% of letters are CJK)");
    }

    @Test
    void theLanguageAWebVttFileDeclares() {
        ProfileChoice c = AUTO.choose("talk.vtt", declaring("ja", "Hello"));
        assertThat(c.profile().name()).isEqualTo("netflix-ja");
        assertThat(c.language()).isEqualTo("ja");
        assertThat(c.reason()).isEqualTo("language 'ja' declared in the file");
    }

    @Test
    void aFileNameTagWinsOverTheDeclaredLanguage() {
        ProfileChoice c = AUTO.choose("talk.ko.vtt", declaring("ja", "Hello"));
        assertThat(c.profile().name()).isEqualTo("netflix-ko");
        assertThat(c.reason()).isEqualTo("language tag 'ko' in the file name");
    }

    @Test
    void hanText() {
        ProfileChoice c = AUTO.choose("talk.srt", text("就是亚马逊这样的公司", "然后我们"));
        assertThat(c.profile().name()).isEqualTo("netflix-zh-hans");
        assertThat(c.language()).isEqualTo("zh-Hans");
        assertThat(c.reason()).isEqualTo("dominant script Han (100% of letters are CJK)");
    }

    @Test
    void hanTextWithLatinWords() {
        // 10 Han, 8 Latin letters: a Han character weighs about a Latin word
        ProfileChoice c = AUTO.choose("talk.srt", text("就是亚马逊Facebook这样的公司"));
        assertThat(c.profile().name()).isEqualTo("netflix-zh-hans");
        assertThat(c.reason()).isEqualTo("dominant script Han (56% of letters are CJK)");
    }

    @Test
    void kanaText() {
        ProfileChoice c = AUTO.choose("talk.srt", text("日本語の字幕です"));
        assertThat(c.profile().name()).isEqualTo("netflix-ja");
        assertThat(c.language()).isEqualTo("ja");
        assertThat(c.reason()).isEqualTo("dominant script Hiragana/Katakana (100% of letters are CJK)");
    }

    @Test
    void hangulText() {
        ProfileChoice c = AUTO.choose("talk.srt", text("안녕하세요", "감사합니다"));
        assertThat(c.profile().name()).isEqualTo("netflix-ko");
        assertThat(c.language()).isEqualTo("ko");
        assertThat(c.reason()).isEqualTo("dominant script Hangul (100% of letters are CJK)");
    }

    @Test
    void latinText() {
        ProfileChoice c = AUTO.choose("talk.srt", text("Hello there", "我"));
        assertThat(c.profile().name()).isEqualTo("netflix-en");
        assertThat(c.language()).isEqualTo("en");
        // 10 Latin letters, 1 Han: too few for the detector
        assertThat(c.confidence()).isNull();
        assertThat(c.reason()).isEqualTo("too little text to detect the language (11 letters); dominant script is not CJK"
                + " (91% of letters); using netflix-en");
    }

    @Test
    void theWebVttLangHeaderOfAblePlayerFiles() {
        SubtitleDocument d = new WebVttReader().read("WEBVTT\nkind: captions\nlang: ko\n\n00:00.000 --> 00:01.000\nHello\n",
                issue -> { });
        ProfileChoice c = AUTO.choose("wwa_captions.vtt", d);
        assertThat(c.profile().name()).isEqualTo("netflix-ko");
        assertThat(c.language()).isEqualTo("ko");
        assertThat(c.reason()).isEqualTo("language 'ko' declared in the file");
    }

    @Test
    void theDeclaredLanguageWinsOverTheText() {
        ProfileChoice c = AUTO.choose("talk.vtt", declaring("es", SPANISH));
        assertThat(c.profile().name()).isEqualTo("netflix-es");
        assertThat(c.reason()).isEqualTo("language 'es' declared in the file");
        assertThat(c.confidence()).isNull();
    }

    private static final String SPANISH = "¿Dónde está la estación de tren? Necesito llegar a Madrid antes de la noche.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            es | ¿Dónde está la estación de tren? Necesito llegar a Madrid antes de la noche.
            de | Wo ist der Bahnhof? Ich muss vor der Nacht in Berlin ankommen, sonst verpasse ich alles.
            fr | Où est la gare ? Je dois arriver à Paris avant la nuit, sinon je vais tout manquer.
            ru | Где вокзал? Мне нужно добраться до Москвы до наступления ночи, иначе я всё пропущу.
            ar | أين محطة القطار؟ يجب أن أصل إلى القاهرة قبل حلول الليل، وإلا سأفوت كل شيء هناك مع أصدقائي.
            hi | रेलवे स्टेशन कहाँ है? मुझे रात होने से पहले दिल्ली पहुँचना है, नहीं तो मैं अपने दोस्तों के साथ सब कुछ खो दूँगा और फिर कभी नहीं मिलूँगा।
            """)
    void theLanguageDetectedInTheText(String language, String line) {
        ProfileChoice c = AUTO.choose("talk.srt", text(line));
        assertThat(c.language()).isEqualTo(language);
        assertThat(c.profile().name()).isEqualTo("netflix-" + language);
        assertThat(c.confidence()).isGreaterThan(0.99);
        assertThat(c.reason()).isEqualTo("language detected from the text: " + language + " (confidence 1.00)");
    }

    @Test
    void detectedEnglishGetsItsProfile() {
        ProfileChoice c = AUTO.choose("talk.srt", text("Where is the railway station?", "I need to get to London before night falls, or I will miss it all."));
        assertThat(c.profile().name()).isEqualTo("netflix-en");
        assertThat(c.language()).isEqualTo("en");
        assertThat(c.confidence()).isGreaterThan(0.99);
        assertThat(c.reason()).isEqualTo("language detected from the text: en (confidence 1.00)");
    }

    @Test
    void belowTheConfidenceThresholdTheScriptDecides() {
        // chapter titles in four languages: the detector's best guess is Spanish at 0.71
        ProfileChoice c = AUTO.choose("talk.srt", text("Intro Einführung Introducción Introduction",
                "Chapitre Kapitel Capítulo Chapter"));
        assertThat(c.profile().name()).isEqualTo("netflix-en");
        assertThat(c.language()).isEqualTo("en");
        assertThat(c.confidence()).isNull();
        assertThat(c.reason()).isEqualTo("language detection unsure (es, confidence 0.71, below 0.80); dominant script is"
                + " not CJK (100% of letters); using netflix-en");
    }

    @Test
    void detectionIsTheSameEveryTime() {
        SubtitleDocument d = text("Intro Einführung Introducción Introduction", "Chapitre Kapitel Capítulo Chapter");
        String first = AUTO.choose("talk.srt", d).reason();
        for (int i = 0; i < 5; i++) {
            assertThat(AUTO.choose("talk.srt", d).reason()).isEqualTo(first);
        }
    }

    @Test
    void longerHanTextGetsTheDetectorsConfidence() {
        ProfileChoice c = AUTO.choose("talk.srt", text("我们一直坚信每个人都应该有机会获得高等教育", "这是我们的承诺，也是我们的责任"));
        assertThat(c.profile().name()).isEqualTo("netflix-zh-hans");
        assertThat(c.language()).isEqualTo("zh-Hans");
        assertThat(c.confidence()).isGreaterThan(0.99);
        assertThat(c.reason()).isEqualTo("language detected from the text: zh (confidence 1.00); dominant script Han"
                + " (100% of letters are CJK)");
    }

    @Test
    void traditionalHanTextIsZhHant() {
        ProfileChoice c = AUTO.choose("talk.srt", text("我們一直堅信每個人都應該有機會獲得高等教育", "這是我們的承諾，也是我們的責任"));
        assertThat(c.profile().name()).isEqualTo("netflix-zh-hant");
        assertThat(c.language()).isEqualTo("zh-Hant");
        assertThat(c.reason()).isEqualTo("language detected from the text: zh (confidence 1.00); dominant script Han"
                + " (100% of letters are CJK), traditional characters");
    }

    @Test
    void shortTraditionalHanText() {
        ProfileChoice c = AUTO.choose("talk.srt", text("這個們"));
        assertThat(c.language()).isEqualTo("zh-Hant");
        assertThat(c.confidence()).isNull();
        assertThat(c.reason()).isEqualTo("dominant script Han (100% of letters are CJK), traditional characters");
    }

    @Test
    void markupIsNotText() {
        ProfileChoice c = AUTO.choose("talk.srt", text("<font color=\"red\">中文</font>", "<v Somebody>字幕</v>"));
        assertThat(c.reason()).isEqualTo("dominant script Han (100% of letters are CJK)");
    }

    @Test
    void noLetters() {
        for (SubtitleDocument d : List.of(text("123 !!!", "♪ ♪"), text())) {
            ProfileChoice c = AUTO.choose("talk.srt", d);
            assertThat(c.profile().name()).isEqualTo("netflix-en");
            assertThat(c.language()).isNull();
            assertThat(c.reason()).isEqualTo("no letters to tell the language from; using netflix-en");
        }
    }

    @Test
    void anUnknownProfileListsTheKnownOnes() {
        assertThatThrownBy(() -> new ProfileSelector("netflix-xx", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown profile 'netflix-xx': use auto or one of netflix-en, netflix-en-children,"
                        + " netflix-zh-hans, netflix-zh-hans-children, netflix-zh-hant, netflix-zh-hant-children,"
                        + " netflix-ja, netflix-ko, netflix-ko-children, netflix-ar, netflix-ar-children, netflix-bg,")
                .hasMessageEndingWith(", netflix-zu, netflix-zu-children, bbc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not a tag!", "12", "e", "en--GB", "zh-Hans-", "toolonglanguage"})
    void aLanguageThatIsNotABcp47TagIsRefused(String language) {
        assertThatThrownBy(() -> new ProfileSelector("auto", language))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("language '" + language + "' is not a BCP 47 language tag: use a tag such as en, en-GB, fr,"
                        + " zh-Hans or ja, or leave language out to find it for each file");
    }

    @ParameterizedTest(name = "{0} -> {1}, {2}")
    @CsvSource(textBlock = """
            en,          en,          netflix-en
            en-GB,       en-GB,       netflix-en
            zh-Hans,     zh-Hans,     netflix-zh-hans
            zh_CN,       zh-CN,       netflix-zh-hans
            eng,         en,          netflix-en
            sr-Latn-RS,  sr-Latn-RS,  netflix-sr
            yue,         yue,         netflix-en
            """)
    void wellFormedLanguageTagsAreAcceptedAndWrittenAsBcp47(String language, String written, String profile) {
        ProfileChoice c = new ProfileSelector("auto", language).choose("talk.srt", text("Hello"));
        assertThat(c.language()).isEqualTo(written);
        assertThat(c.profile().name()).isEqualTo(profile);
        assertThat(c.reason()).startsWith("language parameter set to '" + language + "'");
    }
}

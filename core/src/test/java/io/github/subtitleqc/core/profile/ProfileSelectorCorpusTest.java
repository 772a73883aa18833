package io.github.subtitleqc.core.profile;

import io.github.subtitleqc.core.model.SubtitleDocument;
import io.github.subtitleqc.core.read.WebVttReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The language of each of the 55 real WebVTT files (core/src/test/corpus/real), as chosen with their
 * names and headers, and as found from their text alone (name and header withheld). The truth was
 * read from each file: every language in a name is right; two headers are wrong
 * ({@code wwa_captions_de.vtt} says {@code lang: en} over German text,
 * {@code itaccess-excerpt-subtitles_es.vtt} says {@code Language: en} over Spanish) and lose to the
 * name. From the text alone, the short chapter lists (fewer than 60 letters) fall back to the script,
 * which says en: right for the English ones, wrong for {@code frenchsong_chapters_fr},
 * {@code wwa_chapters_de}, {@code _es} and {@code _fr}, which their names settle.
 */
class ProfileSelectorCorpusTest {

    private static final Path REAL = Path.of("src/test/corpus/real");
    private static final ProfileSelector AUTO = new ProfileSelector("auto", null);

    private static SubtitleDocument read(String file) throws IOException {
        return new WebVttReader().read(Files.readString(REAL.resolve(file)), issue -> { });
    }

    @ParameterizedTest(name = "{0}: {1}, from the text {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            ableplayer/media/blocks4all_captions_en.vtt         | en    | en      | detected
            ableplayer/media/blocks4all_captions_es.vtt         | es    | es      | detected
            ableplayer/media/blocks4all_captions_ko.vtt         | ko    | ko      | detected
            ableplayer/media/blocks4all_captions_pt-br.vtt      | pt-BR | pt      | detected
            ableplayer/media/blocks4all_chapters.vtt            | en    | en      | too-little
            ableplayer/media/blocks4all_descriptions_en.vtt     | en    | en      | detected
            ableplayer/media/deadline_captions_ar.vtt           | ar    | ar      | detected
            ableplayer/media/deadline_captions_en.vtt           | en    | en      | detected
            ableplayer/media/deadline_captions_es.vtt           | es    | es      | detected
            ableplayer/media/deadline_captions_hi.vtt           | hi    | hi      | detected
            ableplayer/media/deadline_captions_it.vtt           | it    | it      | detected
            ableplayer/media/deadline_captions_pt-br.vtt        | pt-BR | pt      | detected
            ableplayer/media/deadline_descriptions_en.vtt       | en    | en      | detected
            ableplayer/media/frenchsong_captions_en.vtt         | en    | en      | detected
            ableplayer/media/frenchsong_captions_fr.vtt         | fr    | fr      | detected
            ableplayer/media/frenchsong_chapters_en.vtt         | en    | en      | too-little
            ableplayer/media/frenchsong_chapters_fr.vtt         | fr    | en      | too-little
            ableplayer/media/itaccess-excerpt-captions_en.vtt   | en    | en      | detected
            ableplayer/media/itaccess-excerpt-chapters_en.vtt   | en    | en      | too-little
            ableplayer/media/itaccess-excerpt-described-captions_en.vtt | en    | en      | detected
            ableplayer/media/itaccess-excerpt-described-chapters_en.vtt | en    | en      | too-little
            ableplayer/media/itaccess-excerpt-subtitles_es.vtt  | es    | es      | detected
            ableplayer/media/itaccess_captions_en.vtt           | en    | en      | detected
            ableplayer/media/itaccess_chapters_en.vtt           | en    | en      | unsure
            ableplayer/media/itaccess_description_en.vtt        | en    | en      | detected
            ableplayer/media/itaccess_subtitles_es.vtt          | es    | es      | detected
            ableplayer/media/itaccess_subtitles_zh-cn.vtt       | zh-CN | zh-Hans | detected
            ableplayer/media/k_chapters_en.vtt                  | en    | en      | too-little
            ableplayer/media/k_descriptions_en.vtt              | en    | en      | detected
            ableplayer/media/paulallen_de.vtt                   | de    | de      | detected
            ableplayer/media/paulallen_en.vtt                   | en    | en      | detected
            ableplayer/media/paulallen_meta.vtt                 | en    | en      | detected
            ableplayer/media/wwa_captions_de.vtt                | de    | de      | detected
            ableplayer/media/wwa_captions_en.vtt                | en    | en      | detected
            ableplayer/media/wwa_captions_en_test.vtt           | en    | en      | detected
            ableplayer/media/wwa_captions_es.vtt                | es    | es      | detected
            ableplayer/media/wwa_captions_fr.vtt                | fr    | fr      | detected
            ableplayer/media/wwa_captions_ja.vtt                | ja    | ja      | detected
            ableplayer/media/wwa_chapters_de.vtt                | de    | en      | too-little
            ableplayer/media/wwa_chapters_en.vtt                | en    | en      | too-little
            ableplayer/media/wwa_chapters_es.vtt                | es    | en      | too-little
            ableplayer/media/wwa_chapters_fr.vtt                | fr    | en      | too-little
            ableplayer/media/wwa_description_de.vtt             | de    | de      | detected
            ableplayer/media/wwa_description_en.vtt             | en    | en      | detected
            ableplayer/media/wwa_description_es.vtt             | es    | es      | detected
            ableplayer/media/wwa_description_fr.vtt             | fr    | fr      | detected
            ableplayer/media/wwa_description_ja.vtt             | ja    | ja      | detected
            ableplayer/media/wwa_meta.vtt                       | en    | en      | too-little
            videojs-elephantsdream/captions.ar.vtt              | ar    | ar      | detected
            videojs-elephantsdream/captions.en.vtt              | en    | en      | detected
            videojs-elephantsdream/captions.ja.vtt              | ja    | ja      | detected
            videojs-elephantsdream/captions.ru.vtt              | ru    | ru      | detected
            videojs-elephantsdream/captions.sv.vtt              | sv    | sv      | detected
            videojs-elephantsdream/chapters.en.vtt              | en    | en      | detected
            videojs-elephantsdream/descriptions.en.vtt          | en    | en      | detected
            """)
    void eachRealFilesLanguage(String file, String chosen, String fromText, String how) throws IOException {
        SubtitleDocument document = read(file);
        assertThat(AUTO.choose(file, document).language()).isEqualTo(chosen);

        ProfileChoice text = AUTO.choose("file.vtt",
                new SubtitleDocument(document.format(), document.cues(), Optional.empty()));
        assertThat(text.language()).isEqualTo(fromText);
        switch (how) {
            case "detected" -> {
                assertThat(text.reason()).contains("language detected from the text: ");
                assertThat(text.confidence()).isGreaterThanOrEqualTo(ProfileSelector.MIN_CONFIDENCE);
            }
            case "too-little" -> assertThat(text.reason()).startsWith("too little text to detect the language (");
            default -> assertThat(text.reason()).startsWith("language detection unsure (en, confidence 0.71, below 0.80)");
        }
    }

    @Test
    void theTableCoversEveryRealFile() throws IOException {
        try (Stream<Path> files = Files.walk(REAL)) {
            List<Path> vtt = files.filter(p -> p.toString().endsWith(".vtt")).toList();
            assertThat(vtt).hasSize(55);
        }
    }

    @Test
    void namelessFilesAreJudgedByTheirText() throws IOException {
        assertThat(AUTO.choose("ableplayer/media/paulallen_meta.vtt", read("ableplayer/media/paulallen_meta.vtt")).reason())
                .isEqualTo("language detected from the text: en (confidence 1.00)");
        assertThat(AUTO.choose("ableplayer/media/wwa_meta.vtt", read("ableplayer/media/wwa_meta.vtt")).reason())
                .isEqualTo("too little text to detect the language (45 letters); dominant script is not CJK (100% of"
                        + " letters); using netflix-en");
    }

    @Test
    void aWrongHeaderLosesToTheName() throws IOException {
        ProfileChoice c = AUTO.choose("ableplayer/media/wwa_captions_de.vtt", read("ableplayer/media/wwa_captions_de.vtt"));
        assertThat(c.language()).isEqualTo("de");
        assertThat(c.profile().name()).isEqualTo("netflix-de");
        assertThat(c.reason()).isEqualTo("language tag 'de' in the file name");
    }
}

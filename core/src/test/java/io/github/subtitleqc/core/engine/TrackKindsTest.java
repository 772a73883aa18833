package io.github.subtitleqc.core.engine;

import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Recognising a track's kind: by its declared Kind header, by JSON cues, by its name. */
class TrackKindsTest {

    private static final Path REAL = Path.of("src/test/corpus/real");

    private static FileResult check(String path, String content) {
        return new Engine(EngineConfig.defaults().withThreads(1), List.of())
                .check(path, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyRealFileGetsItsKind() throws IOException {
        Engine engine = new Engine(EngineConfig.defaults().withThreads(1), List.of());
        Map<String, String> kinds = new TreeMap<>();
        try (Stream<Path> files = Files.walk(REAL)) {
            files.filter(p -> p.toString().endsWith(".vtt")).forEach(p -> kinds.put(
                    REAL.relativize(p).toString().replace('\\', '/'),
                    engine.check(SourceFile.relativeTo(REAL.toAbsolutePath(), p.toAbsolutePath())).setup().kind()));
        }
        Map<String, String> expected = new TreeMap<>();
        String media = "ableplayer/media/";
        for (String f : List.of("blocks4all_captions_en", "blocks4all_captions_es", "blocks4all_captions_ko",
                "blocks4all_captions_pt-br", "deadline_captions_ar", "deadline_captions_en", "deadline_captions_es",
                "deadline_captions_hi", "deadline_captions_it", "deadline_captions_pt-br", "frenchsong_captions_en",
                "frenchsong_captions_fr", "itaccess-excerpt-captions_en",
                // captions of the described version, not a descriptions track
                "itaccess-excerpt-described-captions_en",
                // named subtitles, declares Kind: captions
                "itaccess-excerpt-subtitles_es",
                "itaccess_captions_en", "wwa_captions_de", "wwa_captions_en", "wwa_captions_en_test",
                "wwa_captions_es", "wwa_captions_fr", "wwa_captions_ja")) {
            expected.put(media + f + ".vtt", "captions");
        }
        for (String f : List.of("itaccess_subtitles_es", "itaccess_subtitles_zh-cn", "paulallen_de", "paulallen_en")) {
            expected.put(media + f + ".vtt", "subtitles");
        }
        for (String f : List.of("blocks4all_chapters", "frenchsong_chapters_en", "frenchsong_chapters_fr",
                "itaccess-excerpt-chapters_en", "itaccess-excerpt-described-chapters_en", "itaccess_chapters_en",
                "wwa_chapters_de", "wwa_chapters_en", "wwa_chapters_es", "wwa_chapters_fr")) {
            expected.put(media + f + ".vtt", "chapters");
        }
        for (String f : List.of("blocks4all_descriptions_en", "deadline_descriptions_en", "itaccess_description_en",
                "k_descriptions_en", "wwa_description_de", "wwa_description_en", "wwa_description_es",
                "wwa_description_fr", "wwa_description_ja",
                // named chapters, but declares Kind: descriptions: the declaration wins
                "k_chapters_en")) {
            expected.put(media + f + ".vtt", "descriptions");
        }
        expected.put(media + "paulallen_meta.vtt", "metadata");
        expected.put(media + "wwa_meta.vtt", "metadata");
        String videojs = "videojs-elephantsdream/";
        for (String lang : List.of("ar", "en", "ja", "ru", "sv")) {
            expected.put(videojs + "captions." + lang + ".vtt", "captions");
        }
        expected.put(videojs + "chapters.en.vtt", "chapters");
        expected.put(videojs + "descriptions.en.vtt", "descriptions");

        assertThat(kinds).hasSize(55).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "talk.srt, subtitles",
            "talk.en.vtt, subtitles",
            "talk_subtitles_en.vtt, subtitles",
            "talk.subs.fr.srt, subtitles",
            "talk_captions_en.vtt, captions",
            "talk.en.cc.vtt, captions",
            "talk-sdh.srt, captions",
            "media/talk_descriptions_en.vtt, descriptions",
            "talk_description_de.vtt, descriptions",
            "talk-described-captions_en.vtt, captions",
            "chapters.en.vtt, chapters",
            "Talk_Chapters.VTT, chapters",
            "talk_meta.vtt, metadata",
            "talk.metadata.vtt, metadata",
            "metadata/talk.en.vtt, subtitles",
            "captions/talk_chapters.vtt, chapters",
    })
    void byName(String path, String kind) {
        assertThat(TrackKinds.byName(path) == null ? "subtitles" : TrackKinds.byName(path)).isEqualTo(kind);
    }

    @Test
    void aDeclaredKindWinsOverTheName() {
        FileResult r = check("talk_chapters_en.vtt", """
                WEBVTT
                Kind: Captions

                00:00:01.000 --> 00:00:02.000
                Hello.
                """);
        assertThat(r.setup().kind()).isEqualTo("captions");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void aKindHeaderThatNamesNoKindIsIgnored() {
        assertThat(check("talk_chapters_en.vtt", """
                WEBVTT
                Kind: karaoke

                00:00:01.000 --> 00:00:02.000
                Hello.
                """).setup().kind()).isEqualTo("chapters");
    }

    @Test
    void jsonCuesAreMetadata() {
        FileResult r = check("talk.en.vtt", """
                WEBVTT

                00:00:01.000 --> 00:00:02.000
                {"slide": 1,
                 "title": "Intro"}

                00:00:03.000 --> 00:00:04.000
                ["next", 2]
                """);
        assertThat(r.setup().kind()).isEqualTo("metadata");
        assertThat(r.findings()).containsExactly(new Finding("track-kind", Severity.INFO, "talk.en.vtt", 0, 1, 0,
                "metadata track (its cues are JSON): not checked as subtitles; add metadata to <kinds> to check it",
                null, null));
    }

    @Test
    void oneCueThatIsNotJsonMakesItText() {
        assertThat(check("talk.en.vtt", """
                WEBVTT

                00:00:01.000 --> 00:00:02.000
                {"slide": 1}

                00:00:03.000 --> 00:00:04.000
                {Laughs}
                """).setup().kind()).isEqualTo("subtitles");
    }

    @Test
    void kindsParse() {
        assertThat(TrackKinds.parse(null)).containsExactlyInAnyOrder("subtitles", "captions");
        assertThat(TrackKinds.parse(" Captions, descriptions ,")).containsExactlyInAnyOrder("captions", "descriptions");
        assertThatThrownBy(() -> TrackKinds.parse("captions,chapter"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("unknown track kind 'chapter' in <kinds> (did you mean 'chapters'?): use some of"
                        + " subtitles, captions, descriptions, chapters, metadata");
    }
}

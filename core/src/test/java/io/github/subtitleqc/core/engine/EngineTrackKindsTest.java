package io.github.subtitleqc.core.engine;

import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.ProjectReporter;
import io.github.subtitleqc.core.rule.ProjectRule;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.rule.RuleContext;
import io.github.subtitleqc.core.rule.RuleDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** How each kind of track is checked: subtitles and captions fully, descriptions for timing, the rest not. */
class EngineTrackKindsTest {

    /** Two cues that overlap, the first 40 characters in 1 s. */
    private static final String CUES = """

            00:00:01.000 --> 00:00:02.000
            A boy plays the piano in a bright room.

            00:00:01.500 --> 00:00:03.000
            Chapter two
            """;

    /** A stand-in for the overlap rule: a timing rule descriptions keep. */
    static final class Overlap implements Rule {
        private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("overlap", Severity.ERROR, "overlaps");

        @Override
        public RuleDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public void check(CueView cue, RuleContext context) {
            if (context.previous() != null && context.previous().endMs() > cue.startMs()) {
                context.report(cue, "overlaps cue " + context.previous().ordinal());
            }
        }
    }

    /** Names, on the first file, the files it collected. */
    static final class Files implements ProjectRule<List<String>> {
        private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("files", Severity.INFO, "lists files");

        @Override
        public RuleDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public List<String> newSummary(RuleContext context) {
            List<String> s = new ArrayList<>();
            s.add(context.file());
            return s;
        }

        @Override
        public void collect(List<String> summary, CueView cue, RuleContext context) {
        }

        @Override
        public void finish(List<List<String>> summaries, ProjectReporter reporter) {
            List<String> all = summaries.stream().map(s -> s.get(0)).toList();
            reporter.report(all.get(0), 0, 1, 0, "files: " + String.join(", ", all), null, null);
        }
    }

    private static Engine engine(EngineConfig config) {
        return new Engine(config.withThreads(1), List.of(new TestRules.ReadingSpeed(), new Overlap()),
                List.of(new Files()));
    }

    private static FileResult check(EngineConfig config, String path, String header) {
        return engine(config).check(path, ("WEBVTT" + header + "\n" + CUES).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void captionsGetEveryRule() {
        FileResult r = check(EngineConfig.defaults(), "talk_captions_en.vtt", "");
        assertThat(r.setup().kind()).isEqualTo("captions");
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("files", "reading-speed", "overlap");
    }

    @Test
    void descriptionsGetTheTimingAndSpellingRulesOnly() {
        FileResult r = check(EngineConfig.defaults(), "talk_descriptions_en.vtt", "");
        assertThat(r.setup().kind()).isEqualTo("descriptions");
        assertThat(r.findings()).extracting(Finding::ruleId, Finding::severity, Finding::cue, Finding::message)
                .containsExactly(
                        tuple("track-kind", Severity.INFO, 0, "descriptions track (named so): its text is spoken, not"
                                + " read, so only its timing and spelling are checked (invalid-timing, overlap,"
                                + " empty-cue, glossary, term-consistency, term-near-miss); add descriptions to <kinds>"
                                + " to check it as subtitles"),
                        tuple("overlap", Severity.ERROR, 2, "overlaps cue 1"));
        assertThat(r.score().value()).isEqualTo(50.0);
    }

    @Test
    void chaptersAreNotChecked() {
        FileResult r = check(EngineConfig.defaults(), "talk.en.vtt", "\nKind: chapters");
        assertThat(r.setup().kind()).isEqualTo("chapters");
        assertThat(r.cues()).isEqualTo(2);
        assertThat(r.findings()).containsExactly(new Finding("track-kind", Severity.INFO, "talk.en.vtt", 0, 1, 0,
                "chapters track (declared Kind: chapters): not checked as subtitles; add chapters to <kinds> to check it",
                null, null));
        assertThat(r.score().value()).isEqualTo(100.0);
    }

    @Test
    void readerFindingsStayOnATrackNotChecked() {
        FileResult r = engine(EngineConfig.defaults()).check("talk_chapters.vtt",
                "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nIntro\n00:00:02.000 --> 00:00:03.000\nEnd\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("track-kind", "format");
    }

    @Test
    void theKindsParameterChecksMoreKindsAsSubtitles() {
        EngineConfig config = EngineConfig.defaults().withKinds(Set.of("subtitles", "captions", "chapters",
                "descriptions"));
        assertThat(check(config, "talk_chapters_en.vtt", "").findings()).extracting(Finding::ruleId)
                .containsExactly("files", "reading-speed", "overlap");
        assertThat(check(config, "talk_descriptions_en.vtt", "").findings()).extracting(Finding::ruleId)
                .containsExactly("files", "reading-speed", "overlap");
    }

    @Test
    void theKindsParameterCanLeaveCaptionsUnchecked() {
        FileResult r = check(EngineConfig.defaults().withKinds(Set.of("subtitles")), "talk_captions_en.vtt", "");
        assertThat(r.findings()).extracting(Finding::ruleId, Finding::message).containsExactly(tuple("track-kind",
                "captions track (named so): not checked as subtitles; add captions to <kinds> to check it"));
    }

    @Test
    void theTrackKindFindingCanBeSwitchedOff() {
        EngineConfig config = EngineConfig.defaults().withRules(List.of(new RuleOverride("track-kind", false, null,
                Map.of())));
        assertThat(check(config, "talk_meta.vtt", "").findings()).isEmpty();
    }

    @Test
    void tracksNotCheckedTakeNoPartInProjectRulesNorInTheBuildScore(@TempDir Path dir) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        for (String name : List.of("a_captions.vtt", "a_chapters.vtt", "a_descriptions.vtt", "b_subtitles.vtt")) {
            java.nio.file.Files.writeString(dir.resolve(name), "WEBVTT\n" + CUES);
            files.add(SourceFile.relativeTo(dir, dir.resolve(name)));
        }
        Report report = engine(EngineConfig.defaults()).check(files, (done, total, result) -> { });
        assertThat(report.findings().filter(f -> f.ruleId().equals("files")).map(Finding::message))
                .containsExactly("files: a_captions.vtt, b_subtitles.vtt");
        assertThat(report.files()).extracting(FileResult::path, f -> f.setup().kind(), f -> f.score().value())
                .containsExactly(tuple("a_captions.vtt", "captions", 0.0), tuple("a_chapters.vtt", "chapters", 100.0),
                        tuple("a_descriptions.vtt", "descriptions", 50.0), tuple("b_subtitles.vtt", "subtitles", 0.0));
        assertThat(report.files()).extracting(f -> f.setup().checked()).containsExactly(true, false, true, true);
        // over captions (0), descriptions (50) and subtitles (0), 2 cues each: the chapters' 100 does not count
        assertThat(report.score().value()).isEqualTo(16.6);
        // the console and report files tally the same: 4 files, 8 cues, the same score
        io.github.subtitleqc.core.report.RunSummary summary =
                io.github.subtitleqc.core.report.RunTally.of(report, Severity.ERROR);
        assertThat(summary.files()).isEqualTo(4);
        assertThat(summary.cues()).isEqualTo(8);
        assertThat(summary.score().value()).isEqualTo(16.6);
    }
}

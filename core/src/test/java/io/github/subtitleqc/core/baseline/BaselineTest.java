package io.github.subtitleqc.core.baseline;

import io.github.subtitleqc.core.engine.ConfigurationException;
import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.engine.ProgressListener;
import io.github.subtitleqc.core.engine.ResultSink;
import io.github.subtitleqc.core.engine.SourceFile;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.ProjectReporter;
import io.github.subtitleqc.core.rule.ProjectRule;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.rule.RuleContext;
import io.github.subtitleqc.core.rule.RuleDescriptor;
import io.github.subtitleqc.core.rule.SummaryCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A baseline leaves out the findings it recorded and no others, whatever is edited elsewhere in
 * the file: cues inserted above, renumbered or retimed.
 */
class BaselineTest {

    /** Reports every cue whose text has a '!', with its number in the message. */
    static final class Shout implements Rule {
        private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("shout", Severity.ERROR, "no shouting");

        @Override
        public RuleDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public void check(CueView cue, RuleContext context) {
            if (String.join(" ", cue.visibleLines()).contains("!")) {
                context.report(cue, "cue " + cue.ordinal() + " shouts at " + cue.startMs() + " ms");
            }
        }
    }

    /** A cross-file rule: after the last file, reports each cue with a '?' (its number in the message). */
    static final class Questions implements ProjectRule<Questions.Asked> {
        private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("questions", Severity.WARNING,
                "questions across files");

        record Asked(String file, List<int[]> cues) {
        }

        @Override
        public RuleDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public Asked newSummary(RuleContext context) {
            return new Asked(context.file(), new ArrayList<>());
        }

        @Override
        public void collect(Asked summary, CueView cue, RuleContext context) {
            if (String.join(" ", cue.visibleLines()).contains("?")) {
                summary.cues().add(new int[] {cue.ordinal(), cue.line()});
            }
        }

        @Override
        public SummaryCodec<Asked> summaryCodec() {
            return new SummaryCodec<>() {
                @Override
                public void write(Asked summary, DataOutput out) throws IOException {
                    out.writeUTF(summary.file());
                    out.writeInt(summary.cues().size());
                    for (int[] cue : summary.cues()) {
                        out.writeInt(cue[0]);
                        out.writeInt(cue[1]);
                    }
                }

                @Override
                public Asked read(DataInput in) throws IOException {
                    Asked asked = new Asked(in.readUTF(), new ArrayList<>());
                    for (int n = in.readInt(); n > 0; n--) {
                        asked.cues().add(new int[] {in.readInt(), in.readInt()});
                    }
                    return asked;
                }
            };
        }

        @Override
        public void finish(List<Asked> summaries, ProjectReporter reporter) {
            for (Asked asked : summaries) {
                for (int[] cue : asked.cues()) {
                    reporter.report(asked.file(), cue[0], cue[1], 0, "question in cue " + cue[0], null, null);
                }
            }
        }
    }

    private static final String FILM = """
            1
            00:00:01,000 --> 00:00:03,000
            Hello <i>there</i>!

            2
            00:00:04,000 --> 00:00:06,000
            Quiet words.

            3
            00:00:07,000 --> 00:00:09,000
            Yes!

            4
            00:00:10,000 --> 00:00:12,000
            Who is it?

            5
            00:00:13,000 --> 00:00:15,000
            Yes!
            """;

    /** FILM with a cue inserted at the top, every cue renumbered and retimed, and line breaks and spacing changed. */
    private static final String EDITED = """
            1
            00:00:00,100 --> 00:00:00,900
            A calm start.

            2
            00:00:01,500 --> 00:00:03,500
            Hello
            <i>there</i>!

            3
            00:00:04,500 --> 00:00:06,500
            Quiet words.

            4
            00:00:07,500 --> 00:00:09,500
            Yes!

            5
            00:00:10,500 --> 00:00:12,500
            Who  is it?

            6
            00:00:13,500 --> 00:00:15,500
            Yes!
            """;

    @TempDir
    Path dir;

    /** What a run gave: every finding that counts, and the baseline's counts. */
    record Run(List<FileResult> files, List<Finding> crossFile, long baselined, int fixed) {
        List<Finding> findings() {
            List<Finding> all = new ArrayList<>();
            files.forEach(f -> all.addAll(f.findings()));
            all.addAll(crossFile);
            return all;
        }
    }

    private Run run(Baseline baseline, String... namesAndContents) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            Path p = dir.resolve(namesAndContents[i]);
            Files.writeString(p, namesAndContents[i + 1], StandardCharsets.UTF_8);
            files.add(new SourceFile(p, namesAndContents[i]));
        }
        Engine engine = new Engine(EngineConfig.defaults().withThreads(2).withBaseline(baseline),
                List.of(new Shout()), List.of(new Questions()));
        List<FileResult> results = new ArrayList<>();
        List<Finding> crossFile = new ArrayList<>();
        long[] counts = {-1, -1};
        engine.run(files, ProgressListener.NONE, new ResultSink() {
            @Override
            public void file(FileResult result) {
                results.add(result);
            }

            @Override
            public void crossFile(List<Finding> findings) {
                crossFile.addAll(findings);
            }

            @Override
            public void baseline(long baselined, int fixed) {
                counts[0] = baselined;
                counts[1] = fixed;
            }
        });
        return new Run(results, crossFile, counts[0], (int) counts[1]);
    }

    /** The baseline a recorder writes for these files, read back from its file. */
    private Baseline recorded(String... namesAndContents) throws IOException {
        Baseline recorder = Baseline.recorder();
        Run all = run(recorder, namesAndContents);
        assertThat(all.baselined()).as("a recorder leaves nothing out").isEqualTo(-1);
        assertThat(recorder.recorded()).hasSize(all.findings().size());
        Path file = dir.resolve("baseline.json");
        Baseline.write(recorder.recorded(), file);
        return Baseline.read(file, "baseline.json");
    }

    @Test
    void withoutABaselineEveryFindingCounts() throws IOException {
        Run r = run(Baseline.NONE, "film.srt", FILM);
        assertThat(r.findings()).extracting(Finding::ruleId, Finding::cue, Finding::line).containsExactly(
                tuple("shout", 1, 2), tuple("shout", 3, 10), tuple("shout", 5, 18), tuple("questions", 4, 14));
        assertThat(r.baselined()).as("no baseline: no counts").isEqualTo(-1);
    }

    @Test
    void findingsStayBaselinedWhenACueIsInsertedAboveAndOthersAreRenumberedAndRetimed() throws IOException {
        Baseline baseline = recorded("film.srt", FILM);
        assertThat(baseline.size()).isEqualTo(4);

        Run same = run(baseline, "film.srt", FILM);
        assertThat(same.findings()).isEmpty();
        assertThat(same.files().get(0).baselined()).as("the file's own").isEqualTo(3);
        assertThat(same.baselined()).as("with the cross-file one").isEqualTo(4);
        assertThat(same.fixed()).isZero();
        assertThat(same.files().get(0).score().value()).as("baselined findings weigh nothing").isEqualTo(100.0);

        Run edited = run(baseline, "film.srt", EDITED);
        assertThat(edited.findings()).isEmpty();
        assertThat(edited.baselined()).isEqualTo(4);
        assertThat(edited.fixed()).isZero();
    }

    @Test
    void aNewViolationAnywhereCountsAndOnlyIt() throws IOException {
        Baseline baseline = recorded("film.srt", FILM);
        String louder = EDITED.replace("Quiet words.", "Quiet words!");
        Run r = run(baseline, "film.srt", louder);
        assertThat(r.findings()).extracting(Finding::ruleId, Finding::cue, Finding::line, Finding::message)
                .containsExactly(tuple("shout", 3, 11, "cue 3 shouts at 4500 ms"));
        assertThat(r.baselined()).isEqualTo(4);

        Run otherFile = run(baseline, "film.srt", FILM, "other.srt", FILM);
        assertThat(otherFile.findings()).as("the same text in another file is not in the baseline")
                .extracting(Finding::file).containsOnly("other.srt").hasSize(4);
    }

    @Test
    void aRepeatedTextIsCountedByOccurrence() throws IOException {
        Baseline baseline = recorded("film.srt", FILM);
        Baseline recorder = Baseline.recorder();
        run(recorder, "film.srt", FILM);
        assertThat(recorder.recorded()).filteredOn(e -> e.excerpt().equals("Yes!"))
                .extracting(BaselineEntry::rule, BaselineEntry::occurrence).containsExactly(
                        tuple("shout", 0), tuple("shout", 1));
        assertThat(recorder.recorded()).filteredOn(e -> e.excerpt().equals("Yes!"))
                .extracting(BaselineEntry::text).containsOnly(recorder.recorded().stream()
                        .filter(e -> e.excerpt().equals("Yes!")).findFirst().orElseThrow().text());

        String thirdYes = FILM + """

                6
                00:00:16,000 --> 00:00:18,000
                Yes!
                """;
        Run r = run(baseline, "film.srt", thirdYes);
        assertThat(r.findings()).as("a third Yes! is one more than the baseline knows")
                .extracting(Finding::ruleId, Finding::cue).containsExactly(tuple("shout", 6));
        assertThat(r.baselined()).isEqualTo(4);
    }

    @Test
    void entriesThatMatchNothingAreCountedAsFixed() throws IOException {
        Baseline baseline = recorded("film.srt", FILM, "gone.srt", FILM);
        String calmer = FILM.replace("Hello <i>there</i>!", "Hello there.").replace("Who is it?", "Who is it.");
        Run r = run(baseline, "film.srt", calmer);
        assertThat(r.findings()).isEmpty();
        assertThat(r.baselined()).isEqualTo(2);
        assertThat(r.fixed()).as("2 fixed in film.srt, 4 of a file no longer checked").isEqualTo(6);
    }

    @Test
    void aFileTakenFromTheCacheKeepsItsBaselinedCountAndAnotherBaselineChecksItAgain() throws IOException {
        Baseline baseline = recorded("film.srt", FILM);
        Path film = dir.resolve("film.srt");
        Files.writeString(film, EDITED.replace("Quiet words.", "Quiet words!"), StandardCharsets.UTF_8);
        Path cacheFile = dir.resolve("cache.bin");
        List<Integer> hits = new ArrayList<>();
        for (Baseline b : List.of(baseline, baseline, Baseline.NONE)) {
            Engine engine = new Engine(EngineConfig.defaults().withThreads(1).withBaseline(b), List.of(new Shout()),
                    List.of(new Questions()));
            List<FileResult> results = new ArrayList<>();
            try (var cache = engine.openCache(cacheFile, w -> { })) {
                engine.run(List.of(new SourceFile(film, "film.srt")), ProgressListener.NONE, new ResultSink() {
                    @Override
                    public void file(FileResult result) {
                        results.add(result);
                    }

                    @Override
                    public void crossFile(List<Finding> findings) {
                    }
                }, cache);
                hits.add(cache.hits());
            }
            if (b == baseline) {
                assertThat(results.get(0).findings()).extracting(Finding::cue).containsExactly(3);
                assertThat(results.get(0).baselined()).isEqualTo(3);
            } else {
                assertThat(results.get(0).findings()).extracting(Finding::cue).containsExactly(2, 3, 4, 6);
                assertThat(results.get(0).baselined()).isZero();
            }
        }
        assertThat(hits).as("the second run from the cache; without the baseline, checked again").containsExactly(0, 1, 0);
    }

    @Test
    void aFileLevelFindingIsMatchedByItsMessageWithoutNumbers() {
        Finding parseError = new Finding("parse-error", Severity.ERROR, "a.srt", 0, 7, 0,
                "line 7: expected a timecode, found '00:01'", null, null);
        Finding moved = new Finding("parse-error", Severity.ERROR, "a.srt", 0, 9, 0,
                "line 9: expected a timecode, found '00:02'", null, null);
        Finding other = new Finding("parse-error", Severity.ERROR, "a.srt", 0, 9, 0,
                "line 9: the file ends inside a cue", null, null);
        Baseline baseline = Baseline.of(FindingKeys.of(List.of(parseError), null));
        Baseline.Filtered f = baseline.filter(List.of(moved, other), null);
        assertThat(f.findings()).containsExactly(other);
        assertThat(f.baselined()).isEqualTo(1);
    }

    @Test
    void theFileIsTheSameBytesWhateverTheOrderOfTheFindings() throws IOException {
        BaselineEntry a = new BaselineEntry("b/film.srt", "shout", "00aa", 0, "Yes!");
        BaselineEntry b = new BaselineEntry("b/film.srt", "shout", "00aa", 1, "Yes!");
        BaselineEntry c = new BaselineEntry("a/\"quoted\".srt", "min-gap", "ffff", 0, "Line\tone é");
        byte[] one = Baseline.toJson(List.of(a, b, c));
        assertThat(Baseline.toJson(List.of(c, b, a, b))).isEqualTo(one);
        assertThat(new String(one, StandardCharsets.UTF_8)).endsWith("""
                  "entries": [
                    {"file": "a/\\"quoted\\".srt", "rule": "min-gap", "text": "ffff", "occurrence": 0, "excerpt": "Line\\tone é"},
                    {"file": "b/film.srt", "rule": "shout", "text": "00aa", "occurrence": 0, "excerpt": "Yes!"},
                    {"file": "b/film.srt", "rule": "shout", "text": "00aa", "occurrence": 1, "excerpt": "Yes!"}
                  ]
                }
                """).startsWith("{\n  \"version\": 1,\n  \"about\": \"subtitle-qc baseline: ");
        assertThat(Baseline.toJson(List.of())).asString(StandardCharsets.UTF_8).endsWith("\"entries\": []\n}\n");

        Path file = dir.resolve("sub/baseline.json");
        assertThat(Baseline.write(List.of(a, b, c), file)).isTrue();
        assertThat(Files.readAllBytes(file)).isEqualTo(one);
        assertThat(Baseline.write(List.of(c, a, b), file)).as("the same bytes: left as it is").isFalse();
        assertThat(Files.readAllBytes(file)).isEqualTo(one);
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("baseline.json");
        }
        Baseline read = Baseline.read(file, "sub/baseline.json");
        assertThat(read.size()).isEqualTo(3);
        assertThat(read.filter(List.of(new Finding("min-gap", Severity.WARNING, "a/\"quoted\".srt", 0, 1, 0, "x",
                null, null)), null).baselined()).as("a message key differs from text ffff").isZero();
    }

    @Test
    void aRecordedRunWrittenTwiceGivesTheSameBytes() throws IOException {
        Baseline first = Baseline.recorder();
        run(first, "film.srt", FILM, "other.srt", EDITED);
        Baseline second = Baseline.recorder();
        run(second, "other.srt", EDITED, "film.srt", FILM);
        assertThat(Baseline.toJson(second.recorded())).isEqualTo(Baseline.toJson(first.recorded()));
    }

    @Test
    void aFileThatIsNotABaselineIsAConfigurationErrorNamingIt() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"version\": 1, \"entries\": [");
        assertThatThrownBy(() -> Baseline.read(bad, "conf/bad.json")).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("the baseline file conf/bad.json is not a subtitle-qc baseline: malformed JSON")
                .hasMessageEndingWith("; delete it and write it again with the baseline goal");
        Files.writeString(bad, "{\"version\": 2, \"entries\": []}");
        assertThatThrownBy(() -> Baseline.read(bad, "conf/bad.json")).isInstanceOf(ConfigurationException.class)
                .hasMessage("the baseline file conf/bad.json is not a subtitle-qc baseline: its version is 2, and this"
                        + " subtitle-qc reads version 1; delete it and write it again with the baseline goal");
        Files.writeString(bad, "{\"version\": 1, \"entries\": [{\"file\": \"a.srt\", \"rule\": \"shout\", \"text\":"
                + " \"00aa\"}]}");
        assertThatThrownBy(() -> Baseline.read(bad, "conf/bad.json")).isInstanceOf(ConfigurationException.class)
                .hasMessage("the baseline file conf/bad.json is not a subtitle-qc baseline: entry 1 has no"
                        + " \"occurrence\" of 0 or more; delete it and write it again with the baseline goal");
        Files.writeString(bad, "[]");
        assertThatThrownBy(() -> Baseline.read(bad, "conf/bad.json")).hasMessageContaining("it is not a JSON object");
        Path directory = Files.createDirectory(dir.resolve("dir.json"));
        assertThatThrownBy(() -> Baseline.read(directory, "dir.json")).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("cannot read the baseline file dir.json (");
    }

    @Test
    void theCueTextIsMatchedAsSeenWithWhiteSpaceCollapsedAndCaseKept() {
        assertThat(FindingKeys.normalise(List.of("Hello ", "<i>there</i>!"))).isEqualTo("Hello there!");
        assertThat(FindingKeys.normalise(List.of("  Hello\u00a0\u00a0there!  "))).isEqualTo("Hello there!");
        assertThat(FindingKeys.normalise(List.of("Cafe\u0301 &amp; co"))).isEqualTo("Caf\u00e9 & co");
        assertThat(FindingKeys.normalise(List.of("HELLO there!"))).isNotEqualTo("Hello there!");
    }
}

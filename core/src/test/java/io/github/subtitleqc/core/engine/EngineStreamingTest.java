package io.github.subtitleqc.core.engine;

import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.ProjectReporter;
import io.github.subtitleqc.core.rule.ProjectRule;
import io.github.subtitleqc.core.rule.RuleContext;
import io.github.subtitleqc.core.rule.RuleDescriptor;
import io.github.subtitleqc.core.rule.RunRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Engine#run}: results reach the sink file by file in the files' order whatever the
 * threads, cross-file findings come once at the end and are in no file's result, and only a small
 * window of files is ever held.
 */
class EngineStreamingTest {

    /** One cue of 40 characters in 1 s: a reading-speed error under netflix-en (20 chars/s). */
    private static String fast(int cues) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= cues; i++) {
            text.append(i).append("\n00:00:01,000 --> 00:00:02,000\nA boy plays the piano in a bright room.\n\n");
        }
        return text.toString();
    }

    @TempDir
    Path dir;

    /** Reports, on the last file and on the first, how many files it saw. */
    static final class CountFiles implements ProjectRule<String> {
        private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("count-files", Severity.WARNING,
                "counts files");

        @Override
        public RuleDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public String newSummary(RuleContext context) {
            return context.file();
        }

        @Override
        public void collect(String summary, CueView cue, RuleContext context) {
        }

        @Override
        public void finish(List<String> summaries, ProjectReporter reporter) {
            reporter.report(summaries.get(summaries.size() - 1), 0, 1, 0, "last of " + summaries.size(), null, null);
            reporter.report(summaries.get(0), 0, 1, 0, "first of " + summaries.size(), null, null);
        }
    }

    /** Records what the sink is given, and when. */
    private static final class Recorder implements ResultSink {
        final List<FileResult> files = new ArrayList<>();
        List<Finding> crossFile;

        @Override
        public void file(FileResult result) {
            assertThat(crossFile).as("no file after the cross-file findings").isNull();
            files.add(result);
        }

        @Override
        public void crossFile(List<Finding> findings) {
            assertThat(crossFile).as("cross-file findings come once").isNull();
            crossFile = List.copyOf(findings);
        }
    }

    /** Twelve files; the first is by far the largest, so that on several threads it finishes last. */
    private List<SourceFile> files() throws IOException {
        List<SourceFile> files = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            String name = String.format("ep%02d.en.srt", i);
            String text = fast(i == 1 ? 20_000 : 1);
            Path p = Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
            files.add(new SourceFile(p, name));
        }
        return files;
    }

    private static Engine engine(int threads) {
        return new Engine(EngineConfig.defaults().withProfile("netflix-en").withThreads(threads),
                List.of(new TestRules.ReadingSpeed()), List.of(new CountFiles()));
    }

    @ParameterizedTest(name = "{0} thread(s)")
    @ValueSource(ints = {1, 2, 3})
    void resultsArriveInTheFilesOrderWithCrossFileFindingsAtTheEnd(int threads) throws IOException {
        List<SourceFile> files = files();
        Recorder sink = new Recorder();
        List<String> progress = new ArrayList<>();

        engine(threads).run(files, (done, total, file) -> progress.add(done + "/" + total + " " + file.path()), sink);

        assertThat(sink.files).extracting(FileResult::path)
                .containsExactlyElementsOf(files.stream().map(SourceFile::displayPath).toList());
        assertThat(progress).first().isEqualTo("1/12 ep01.en.srt");
        assertThat(progress).last().isEqualTo("12/12 ep12.en.srt");
        // a file's result holds its own findings only
        assertThat(sink.files.get(0).findings()).hasSize(20_000).extracting(Finding::ruleId).containsOnly("reading-speed");
        assertThat(sink.files.get(11).findings()).extracting(Finding::ruleId).containsExactly("reading-speed");
        // cross-file findings: grouped in file order, whatever order the rule reported them in
        assertThat(sink.crossFile).extracting(Finding::file, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ep01.en.srt", "first of 12"),
                org.assertj.core.groups.Tuple.tuple("ep12.en.srt", "last of 12"));
        assertThat(sink.crossFile).extracting(Finding::severity).containsOnly(Severity.WARNING);
    }

    @Test
    void checkGivesTheSameFindingsOnAnyNumberOfThreadsAndMergesCrossFileFindingsIntoTheirFiles() throws IOException {
        List<SourceFile> files = files();
        Report one = engine(1).check(files, ProgressListener.NONE);
        Report three = engine(3).check(files, ProgressListener.NONE);

        assertThat(three.files()).isEqualTo(one.files());
        assertThat(one.files().get(11).findings()).extracting(Finding::ruleId)
                .containsExactly("count-files", "reading-speed");
        // cross-file findings change no score: the file's score is its reading-speed error alone
        assertThat(one.files().get(11).score().costs()).containsOnlyKeys("reading-speed");
    }

    @ParameterizedTest(name = "{0} thread(s)")
    @ValueSource(ints = {2, 4})
    void onlyASmallWindowOfFilesIsEverHeld(int threads) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            files.add(new SourceFile(dir.resolve("f" + i), "f" + i));
        }
        AtomicInteger checked = new AtomicInteger();
        AtomicInteger handedOver = new AtomicInteger();
        AtomicInteger mostHeld = new AtomicInteger();
        OrderedChecks checks = new OrderedChecks(threads, f -> {
            int held = checked.incrementAndGet() - handedOver.get();
            mostHeld.accumulateAndGet(held, Math::max);
            // the first file of every ten is slow, so that later files pile up behind it
            if (f.displayPath().endsWith("0")) {
                sleep(20);
            }
            return result(f);
        }, f -> {
            throw new AssertionError("nothing runs out of memory here");
        });
        List<String> order = new ArrayList<>();
        checks.run(files, c -> {
            order.add(c.result().path());
            handedOver.incrementAndGet();
        });

        assertThat(order).containsExactlyElementsOf(files.stream().map(SourceFile::displayPath).toList());
        assertThat(mostHeld.get()).isBetween(2, threads * 4);
    }

    @Test
    void aFileThatRunsOutOfMemoryIsTriedAgainWhenNoOtherFileIsBeingChecked() throws IOException {
        List<SourceFile> files = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            files.add(new SourceFile(dir.resolve("f" + i), "f" + i));
        }
        AtomicInteger running = new AtomicInteger();
        Set<String> failedOnce = ConcurrentHashMap.newKeySet();
        List<Integer> runningAtRetry = new ArrayList<>();
        OrderedChecks checks = new OrderedChecks(2, f -> {
            running.incrementAndGet();
            try {
                sleep(5);
                return f.displayPath().equals("f3") && failedOnce.add("f3") ? null : result(f);
            } finally {
                running.decrementAndGet();
            }
        }, f -> {
            runningAtRetry.add(running.get());
            return result(f);
        });
        List<String> order = new ArrayList<>();
        checks.run(files, c -> order.add(c.result().path()));

        assertThat(order).containsExactlyElementsOf(files.stream().map(SourceFile::displayPath).toList());
        assertThat(runningAtRetry).containsExactly(0);
    }

    @Test
    void theRuleListNamesARuleThatOnlyAFileSetSwitchesOn() {
        FileSet kids = new FileSet("kids", List.of("kids/**"), List.of(), null, null, false,
                List.of(new RuleOverride("reading-speed", true, "warning", Map.of())));
        Engine engine = new Engine(EngineConfig.defaults().withFileSets(List.of(kids))
                .withRules(List.of(new RuleOverride("reading-speed", false, null, Map.of()))),
                List.of(new TestRules.ReadingSpeed(), new TestRules.MinGap()), List.of(new CountFiles()));

        assertThat(engine.rules()).extracting(RunRule::id).contains("reading-speed", "min-gap", "count-files");
        assertThat(engine.rules()).filteredOn(r -> r.id().equals("reading-speed")).extracting(RunRule::severity)
                .containsExactly(Severity.WARNING);
        assertThat(engine.rules().indexOf(engine.rules().stream().filter(r -> r.id().equals("reading-speed"))
                .findFirst().orElseThrow())).isLessThan(engine.rules().indexOf(engine.rules().stream()
                .filter(r -> r.id().equals("min-gap")).findFirst().orElseThrow()));
    }

    private static CheckedFile result(SourceFile f) {
        return new CheckedFile(new FileResult(f.displayPath(), "srt", "en", "netflix-en", "test", "UTF-8", 0,
                List.of(), new io.github.subtitleqc.core.score.Score(100, Map.of())), List.of());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

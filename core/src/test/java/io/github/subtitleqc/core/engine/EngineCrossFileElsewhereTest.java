package io.github.subtitleqc.core.engine;

import io.github.subtitleqc.core.cache.Binary;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.ProjectReporter;
import io.github.subtitleqc.core.rule.ProjectRule;
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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link Engine#checkForCrossFile} and {@link Engine#finishCrossFile}: the cross-file rules
 * decided from summaries that travelled as bytes (a Spark job's executors) give what
 * {@link Engine#run} gives.
 */
class EngineCrossFileElsewhereTest {

    /** Reports on the file with the most cues, naming the order it saw the files in. */
    static final class MostCues implements ProjectRule<MostCues.Count> {
        static final class Count {
            String file;
            int cues;
        }

        private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("most-cues", Severity.WARNING,
                "the file with the most cues");

        @Override
        public RuleDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public Count newSummary(RuleContext context) {
            Count c = new Count();
            c.file = context.file();
            return c;
        }

        @Override
        public void collect(Count summary, CueView cue, RuleContext context) {
            summary.cues++;
        }

        @Override
        public void finish(List<Count> summaries, ProjectReporter reporter) {
            Count most = summaries.get(0);
            List<String> order = new ArrayList<>();
            for (Count c : summaries) {
                order.add(c.file);
                most = c.cues > most.cues ? c : most;
            }
            reporter.report(most.file, 1, 1, 1, most.cues + " cues, most of " + order, (double) most.cues, null);
        }

        @Override
        public SummaryCodec<Count> summaryCodec() {
            return new SummaryCodec<>() {
                @Override
                public void write(Count summary, DataOutput out) throws IOException {
                    Binary.writeString(out, summary.file);
                    Binary.writeVarInt(out, summary.cues);
                }

                @Override
                public Count read(DataInput in) throws IOException {
                    Count c = new Count();
                    c.file = Binary.readString(in);
                    c.cues = Binary.readVarInt(in);
                    return c;
                }
            };
        }
    }

    /** The same without a codec: its summaries cannot leave the process. */
    static final class NoCodec implements ProjectRule<String> {
        @Override
        public RuleDescriptor descriptor() {
            return RuleDescriptor.of("no-codec", Severity.INFO, "keeps its summaries on the heap");
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
        }
    }

    @TempDir
    Path dir;

    private static String cues(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            text.append(i).append("\n00:00:0").append(i).append(",000 --> 00:00:0").append(i).append(",900\nHello.\n\n");
        }
        return text.toString();
    }

    @Test
    void summariesDecidedElsewhereGiveTheRunsFindings() throws IOException {
        Map<String, Integer> files = Map.of("a.srt", 2, "b.srt", 5, "c.srt", 3);
        List<SourceFile> sources = new ArrayList<>();
        for (String name : List.of("a.srt", "b.srt", "c.srt")) {
            Files.writeString(dir.resolve(name), cues(files.get(name)), StandardCharsets.UTF_8);
            sources.add(SourceFile.relativeTo(dir, dir.resolve(name)));
        }
        EngineConfig config = EngineConfig.defaults().withThreads(1)
                .withRules(List.of(new RuleOverride("most-cues", null, "error", Map.of())));
        Engine engine = new Engine(config, List.of(), List.of(new MostCues()));
        List<Finding> inRun = engine.check(sources, ProgressListener.NONE).files().stream()
                .flatMap(f -> f.findings().stream()).filter(f -> f.ruleId().equals("most-cues")).toList();

        assertThat(engine.crossFileRuleIds()).containsExactly("most-cues");
        List<String> paths = new ArrayList<>();
        List<byte[]> summaries = new ArrayList<>();
        for (String name : List.of("a.srt", "b.srt", "c.srt")) {
            Engine.Summarised s = engine.checkForCrossFile(name, Files.readAllBytes(dir.resolve(name)));
            assertThat(s.result().findings()).noneMatch(f -> f.ruleId().equals("most-cues"));
            paths.add(name);
            summaries.add(s.summaries().get(0));
        }
        List<Finding> elsewhere = new Engine(config, List.of(), List.of(new MostCues())).finishCrossFile(0, paths, summaries);

        assertThat(elsewhere).containsExactlyElementsOf(inRun);
        assertThat(elsewhere).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo("b.srt");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("5 cues, most of [a.srt, b.srt, c.srt]");
        });
    }

    @Test
    void aRuleWithoutACodecCannotSendItsSummaries() {
        Engine engine = new Engine(EngineConfig.defaults(), List.of(), List.of(new NoCodec()));
        assertThatThrownBy(() -> engine.checkForCrossFile("a.srt", cues(1).getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-codec");
    }
}

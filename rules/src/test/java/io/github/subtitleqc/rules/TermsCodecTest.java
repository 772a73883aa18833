package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.engine.ProgressListener;
import io.github.subtitleqc.core.engine.RuleRegistry;
import io.github.subtitleqc.core.engine.SourceFile;
import io.github.subtitleqc.core.rule.ProjectReporter;
import io.github.subtitleqc.core.rule.ProjectRule;
import io.github.subtitleqc.core.rule.SummaryCodec;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link TermsCodec}: the term rules' {@code finish} over decoded summaries gives exactly the
 * findings it gives over the originals — over real files: the seed and the term rules' case files,
 * whose spellings differ in case, hyphens, spaces, width, language and by a letter or two — and so
 * does a run where only some files come from the cache.
 */
class TermsCodecTest {

    private static final Path CASES = Path.of("src/test/resources/io/github/subtitleqc/rules");
    private static final Path SEED = Path.of("../seeds/src/main/subtitles/big-tech-llm-anecdotes.zh-Hans.srt");

    /** Each term rule's findings over the original summaries, all decoded, and every other one decoded. */
    private record Findings(List<String> original, List<String> decoded, List<String> mixed) {
    }

    /**
     * A term rule as the engine sees it, whose {@code finish} also runs over its summaries encoded
     * and decoded, and records all three lists of findings.
     */
    private static class RoundTripping<S> extends ForwardingProjectRule<S> {
        private final List<String> original = new ArrayList<>();
        private final List<String> decoded = new ArrayList<>();
        private final List<String> mixed = new ArrayList<>();
        private long bytes;

        RoundTripping(ProjectRule<S> rule) {
            super(rule);
        }

        @Override
        public void finish(List<S> summaries, ProjectReporter reporter) {
            SummaryCodec<S> codec = rule.summaryCodec();
            List<S> all = new ArrayList<>();
            List<S> some = new ArrayList<>();
            try {
                for (int i = 0; i < summaries.size(); i++) {
                    byte[] encoded = codec.encode(summaries.get(i));
                    bytes += encoded.length;
                    S back = codec.decode(encoded);
                    all.add(back);
                    some.add(i % 2 == 0 ? back : summaries.get(i));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            rule.finish(summaries, recorder(original));
            rule.finish(all, recorder(decoded));
            rule.finish(some, recorder(mixed));
            rule.finish(summaries, reporter);
        }

        private ProjectReporter recorder(List<String> into) {
            return (file, cue, line, column, message, value, limit) -> into.add(descriptor().id() + " " + file + " ["
                    + line + "," + column + "] (cue " + cue + ") " + message + " " + value + " " + limit);
        }

        Findings findings() {
            return new Findings(original, decoded, mixed);
        }
    }

    private static List<SourceFile> caseFiles() throws IOException {
        List<SourceFile> files = new ArrayList<>();
        files.add(new SourceFile(SEED, "seed/" + SEED.getFileName()));
        for (String rule : List.of("term-consistency", "term-near-miss")) {
            for (Path p : CaseSubtitles.under(CASES.resolve(rule))) {
                files.add(new SourceFile(p, CASES.relativize(p).toString().replace('\\', '/')));
            }
        }
        return files;
    }

    @Test
    void finishOverDecodedSummariesGivesExactlyTheFindingsOfTheOriginals() throws IOException {
        RoundTripping<Terms> consistency = new RoundTripping<>(new TermConsistencyRule());
        RoundTripping<TermNearMissRule.Summary> nearMiss = new RoundTripping<>(new TermNearMissRule());
        EngineConfig config = EngineConfig.defaults().withThreads(2).withGlossaries(List.of(
                Path.of("../seeds/glossary.csv"), CASES.resolve("term-consistency/support/terms.csv")));
        List<SourceFile> files = caseFiles();

        new Engine(config, RuleRegistry.discover(getClass().getClassLoader()), List.of(consistency, nearMiss))
                .check(files, ProgressListener.NONE);

        assertThat(files).hasSizeGreaterThan(20);
        for (RoundTripping<?> rule : List.of(consistency, nearMiss)) {
            Findings f = rule.findings();
            assertThat(f.decoded()).as(rule.descriptor().id() + " over decoded summaries")
                    .containsExactlyElementsOf(f.original());
            assertThat(f.mixed()).as(rule.descriptor().id() + " with every other file decoded")
                    .containsExactlyElementsOf(f.original());
        }
        // the runs found what the case files are about (judged in their .expected files), so the
        // comparison above compared something
        if (Boolean.getBoolean("printTerms")) {
            consistency.findings().original().forEach(System.out::println);
            nearMiss.findings().original().forEach(System.out::println);
        }
        assertThat(consistency.findings().original()).containsExactly(
                "term-consistency term-consistency/common-word-case.en.srt [19,6] (cue 5) 'ALlen' is also written 'Allen' (1 time in this file): use one spelling null null",
                "term-consistency term-consistency/common-word-case.en.srt [19,38] (cue 5) 'Aws' is also written 'AWS' (3 times in this file): use one spelling null null",
                "term-consistency term-consistency/width.zh-Hans.srt [11,4] (cue 3) 'ＡＷＳ' is also written 'AWS' (7 times: seed/big-tech-llm-anecdotes.zh-Hans.srt 2, term-consistency/common-word-case.en.srt 3, this file 2): use one spelling null null",
                "term-consistency term-consistency/support/episode.fr.srt [3,38] (cue 1) 'Blocks4all' is also written 'Blocks4All' (4 times: term-consistency/across-languages.en.srt 2, term-near-miss/across-languages.en.srt 2): use one spelling null null",
                "term-consistency term-consistency/support/episode2.en.srt [3,6] (cue 1) 'Deepseek' is also written 'DeepSeek' (4 times: term-consistency/across-files.en.srt 2, term-consistency/ttml-columns.en.ttml 2): use one spelling null null",
                // the TTML case: a decoded summary keeps the column in the XML source
                "term-consistency term-consistency/ttml-columns.en.ttml [7,55] (cue 3) 'Deepseek' is also written 'DeepSeek' (4 times: term-consistency/across-files.en.srt 2, this file 2): use one spelling null null",
                "term-consistency term-consistency/hyphen-space.en.srt [11,13] (cue 3) 'finetune' is also written 'fine-tune' (3 times: seed/big-tech-llm-anecdotes.zh-Hans.srt 1, this file 2): use one spelling null null",
                "term-consistency term-consistency/hyphen-space.en.srt [15,8] (cue 4) 'fine tune' is also written 'fine-tune' (3 times: seed/big-tech-llm-anecdotes.zh-Hans.srt 1, this file 2): use one spelling null null",
                "term-consistency seed/big-tech-llm-anecdotes.zh-Hans.srt [1231,1] (cue 308) 'infra' is also written 'Infra' (5 times: this file 4, term-consistency/width.zh-Hans.srt 1): use one spelling null null",
                "term-consistency seed/big-tech-llm-anecdotes.zh-Hans.srt [1371,10] (cue 343) 'insights' is also written 'Insights' (4 times: this file 2, term-consistency/seed-insights.zh-Hans.srt 2): use one spelling null null",
                "term-consistency term-consistency/seed-insights.zh-Hans.srt [11,10] (cue 3) 'insights' is also written 'Insights' (4 times: seed/big-tech-llm-anecdotes.zh-Hans.srt 2, this file 2): use one spelling null null",
                "term-consistency term-consistency/glossary-case.en.srt [7,16] (cue 2) 'python' is also written 'Python' (2 times in this file): use one spelling null null",
                "term-consistency seed/big-tech-llm-anecdotes.zh-Hans.srt [1495,3] (cue 374) 'superintelligence' is also written 'Superintelligence' (3 times in this file): use one spelling null null");
        assertThat(nearMiss.findings().original()).containsExactly(
                "term-near-miss term-near-miss/antropic.en.srt [11,5] (cue 3) 'Antropic' looks like a misspelling of 'Anthropic' (5 times: seed/big-tech-llm-anecdotes.zh-Hans.srt 3, this file 2): check the spelling null null",
                "term-near-miss term-near-miss/support/episode.es.srt [7,17] (cue 2) 'Blocks4Alll' looks like a misspelling of 'Blocks4All' (5 times: term-consistency/across-languages.en.srt 2, term-consistency/support/episode.fr.srt 1, term-near-miss/across-languages.en.srt 2): check the spelling null null");
        if (Boolean.getBoolean("printTerms")) {
            System.out.printf("%d files: term-consistency %d findings, %d summary bytes; term-near-miss %d findings,"
                            + " %d summary bytes%n", files.size(), consistency.findings().original().size(),
                    consistency.bytes, nearMiss.findings().original().size(), nearMiss.bytes);
        }
    }

    @Test
    void aDecodedSummaryEncodesToTheSameBytes() throws IOException {
        RoundTripping<Terms> consistency = new RoundTripping<>(new TermConsistencyRule()) {
            @Override
            public void finish(List<Terms> summaries, ProjectReporter reporter) {
                try {
                    for (Terms t : summaries) {
                        byte[] once = TermsCodec.TERMS.encode(t);
                        byte[] twice = TermsCodec.TERMS.encode(TermsCodec.TERMS.decode(once));
                        assertThat(TermsCodec.TERMS.decode(twice).byKey.keySet()).as(t.file).isEqualTo(t.byKey.keySet());
                        assertThat(twice.length).as(t.file).isEqualTo(once.length);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                super.finish(summaries, reporter);
            }
        };
        new Engine(EngineConfig.defaults().withThreads(1), RuleRegistry.discover(getClass().getClassLoader()),
                List.of(consistency)).check(List.of(new SourceFile(SEED, "seed.zh-Hans.srt")), ProgressListener.NONE);

        assertThat(consistency.findings().original()).hasSize(3);
    }

    @Test
    void aTruncatedSummaryIsAnError() throws IOException {
        Terms terms = new Terms("a.srt", "en", java.util.Set.of("anthropic"));
        terms.lowerKeys.add("music");
        byte[] bytes = TermsCodec.TERMS.encode(terms);

        assertThat(TermsCodec.TERMS.decode(bytes).glossaryKeys).containsExactly("anthropic");
        for (int n = 0; n < bytes.length; n++) {
            byte[] prefix = java.util.Arrays.copyOf(bytes, n);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> TermsCodec.TERMS.decode(prefix))
                    .as("first %d of %d bytes", n, bytes.length).isInstanceOf(IOException.class);
        }
    }

    /**
     * term-near-miss reads the keys a file writes in lower case (a common word is no name), so its
     * summaries keep them; term-consistency does not read them, and its summaries leave them out.
     */
    @Test
    void onlyTheNearMissSummaryKeepsTheLowerCaseKeys() throws IOException {
        Terms terms = new Terms("a.srt", "en", java.util.Set.of());
        terms.lowerKeys.add("music");
        terms.lowerKeys.add("bedrock");

        TermNearMissRule.Summary nearMiss = TermsCodec.NEAR_MISS.decode(
                TermsCodec.NEAR_MISS.encode(new TermNearMissRule.Summary(terms, 4, 2)));
        assertThat(nearMiss.terms().lowerKeys).containsExactly("music", "bedrock");
        assertThat(TermsCodec.TERMS.decode(TermsCodec.TERMS.encode(terms)).lowerKeys).isEmpty();
        assertThat(TermsCodec.TERMS.encode(terms).length).isLessThan(TermsCodec.WITH_LOWER_KEYS.encode(terms).length);
        // another form, another version: a cache written with the old form is not read with this one
        assertThat(TermsCodec.TERMS.version()).isNotEqualTo(TermsCodec.WITH_LOWER_KEYS.version());
    }
}

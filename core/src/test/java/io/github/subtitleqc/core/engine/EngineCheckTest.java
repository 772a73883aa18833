package io.github.subtitleqc.core.engine;

import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.time.FrameRate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Checking files: findings, the profile each file gets, rule isolation, unreadable input, order. */
class EngineCheckTest {

    /** Cue 1 at line 2 (1 s, 14 CJK characters), cue 2 at line 6, cue 3 at line 10. */
    private static final String CHINESE = """
            1
            00:00:01,000 --> 00:00:02,000
            就是亚马逊Facebook这样的公司

            2
            00:00:02,083 --> 00:00:05,000
            然后我们

            3
            00:00:05,062 --> 00:00:08,000
            好
            """;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Engine engine(List<Rule> rules, RuleOverride... overrides) {
        return new Engine(EngineConfig.defaults().withThreads(1).withRules(List.of(overrides)), rules);
    }

    private static List<Finding> of(FileResult r, String rule) {
        return r.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    @Test
    void checksAFileAgainstItsProfile() {
        FileResult r = engine(TestRules.standard()).check("subs/talk.zh-Hans.srt", utf8(CHINESE));
        assertThat(r.path()).isEqualTo("subs/talk.zh-Hans.srt");
        assertThat(r.format()).isEqualTo("srt");
        assertThat(r.language()).isEqualTo("zh-Hans");
        assertThat(r.profile()).isEqualTo("netflix-zh-hans");
        assertThat(r.profileReason()).isEqualTo("language tag 'zh-Hans' in the file name");
        assertThat(r.encoding()).isEqualTo("UTF-8");
        assertThat(r.cues()).isEqualTo(3);
        assertThat(of(r, "reading-speed")).containsExactly(new Finding("reading-speed", Severity.ERROR,
                "subs/talk.zh-Hans.srt", 1, 2, 1, "14 chars/s, limit 9 (netflix-zh-hans)", 14.0, 9.0));
        // gaps: 83 ms is 2 frames at 23.976 and passes the profile's 2f; 62 ms is 1 frame
        assertThat(of(r, "min-gap")).containsExactly(new Finding("min-gap", Severity.WARNING,
                "subs/talk.zh-Hans.srt", 3, 10, 1, "gap 62 ms is 1 at 23.976, limit 2 frames", 62.0, 83.0));
        // 1 error and 1 warning in 3 cues: 100 - 125/3
        assertThat(r.score().value()).isEqualTo(58.3);
        // 41.7 points lost, shared 4 : 1 (33.36, 8.34): the costs add up to 100 - 58.3
        assertThat(r.score().costs()).containsExactly(Map.entry("reading-speed", 33.4), Map.entry("min-gap", 8.3));
    }

    @Test
    void rulesSeeTheirContext() {
        FileResult r = engine(TestRules.standard()).check("talk.zh-Hans.srt", utf8(CHINESE));
        assertThat(of(r, "every-cue")).extracting(Finding::severity, Finding::cue, Finding::line, Finding::column,
                Finding::message).containsExactly(
                tuple(Severity.INFO, 1, 2, 1, "cue 1 after none, netflix-zh-hans, language zh-Hans, first line counts 14"),
                tuple(Severity.INFO, 2, 6, 1, "cue 2 after cue 1, netflix-zh-hans, language zh-Hans, first line counts 4"),
                tuple(Severity.INFO, 3, 10, 1, "cue 3 after cue 2, netflix-zh-hans, language zh-Hans, first line counts 1"));
    }

    @Test
    void findingsAreInReportOrder() {
        FileResult r = engine(TestRules.standard()).check("talk.zh-Hans.srt", utf8(CHINESE));
        assertThat(r.findings()).extracting(Finding::line, Finding::ruleId).containsExactly(
                tuple(2, "every-cue"), tuple(2, "reading-speed"), tuple(6, "every-cue"),
                tuple(10, "every-cue"), tuple(10, "min-gap"));
        assertThat(r.findings()).isSortedAccordingTo(Finding.ORDER);
    }

    @Test
    void thePomOverridesTheProfile() {
        FileResult r = engine(TestRules.standard(),
                new RuleOverride("reading-speed", null, null, Map.of("maxCps", "14")),
                new RuleOverride("min-gap", null, null, Map.of("minGap", "62ms"))).check("talk.zh-Hans.srt", utf8(CHINESE));
        assertThat(of(r, "reading-speed")).isEmpty();
        assertThat(of(r, "min-gap")).isEmpty();
    }

    @Test
    void theFileNameTagDecidesTheLimits() {
        // netflix-en: 20 chars/s counting every grapheme 1 — 18 passes
        FileResult r = engine(TestRules.standard()).check("talk.en.srt", utf8(CHINESE));
        assertThat(r.profile()).isEqualTo("netflix-en");
        assertThat(of(r, "reading-speed")).isEmpty();
        assertThat(of(r, "every-cue").get(0).message()).endsWith("first line counts 18");
    }

    @Test
    void theFrameRateIsTheConfiguredOne() {
        Engine at25 = new Engine(EngineConfig.defaults().withThreads(1).withFrameRate(FrameRate.parse("25")),
                TestRules.standard());
        // at 25 fps, 62 ms is 1.55 frames: 2, which passes 2f
        assertThat(of(at25.check("talk.zh-Hans.srt", utf8(CHINESE)), "min-gap")).isEmpty();
    }

    @Test
    void aDisabledRuleReportsNothing() {
        FileResult r = engine(TestRules.standard(), new RuleOverride("reading-speed", false, null, null),
                new RuleOverride("every-cue", false, "warning", null)).check("talk.zh-Hans.srt", utf8(CHINESE));
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("min-gap");
    }

    @Test
    void aSeverityOverrideApplies() {
        FileResult r = engine(TestRules.standard(), new RuleOverride("reading-speed", null, "warning", null),
                new RuleOverride("min-gap", null, "ERROR", null),
                new RuleOverride("every-cue", true, "warn", null)).check("talk.zh-Hans.srt", utf8(CHINESE));
        assertThat(of(r, "reading-speed")).extracting(Finding::severity).containsExactly(Severity.WARNING);
        assertThat(of(r, "min-gap")).extracting(Finding::severity).containsExactly(Severity.ERROR);
        assertThat(of(r, "every-cue")).extracting(Finding::severity).containsOnly(Severity.WARNING).hasSize(3);
        // 3 warnings of every-cue + 1 of reading-speed + 1 error: 100 - (4 × 0.25 + 1) × 100/3
        assertThat(r.score().value()).isEqualTo(33.3);
    }

    @Test
    void readerFindingsTakeTheConfiguredSeverityOrAreSwitchedOff() {
        String noIndex = "00:00:01,000 --> 00:00:02,000\nHello\n";
        FileResult asIs = engine(List.of()).check("talk.srt", utf8(noIndex));
        assertThat(asIs.findings()).extracting(Finding::ruleId, Finding::severity, Finding::cue, Finding::line)
                .containsExactly(tuple("format", Severity.INFO, 1, 1));
        FileResult warned = engine(List.of(), new RuleOverride("format", null, "warning", null))
                .check("talk.srt", utf8(noIndex));
        assertThat(warned.findings()).extracting(Finding::severity).containsExactly(Severity.WARNING);
        FileResult off = engine(List.of(), new RuleOverride("format", false, null, null)).check("talk.srt", utf8(noIndex));
        assertThat(off.findings()).isEmpty();
    }

    @Test
    void aRuleThatThrowsIsIsolated() {
        Engine engine = engine(List.of(new TestRules.Boom(), new TestRules.EveryCue()));
        FileResult first = engine.check("a.zh-Hans.srt", utf8(CHINESE));
        assertThat(of(first, "boom")).extracting(Finding::severity, Finding::cue, Finding::line, Finding::column,
                Finding::message).containsExactly(
                tuple(Severity.INFO, 1, 2, 1, "boom saw cue 1"),
                // one error, naming the rule and the exception; the rule is not called for cue 3
                tuple(Severity.ERROR, 2, 6, 0, "rule boom failed on this cue (java.lang.IllegalStateException: kaboom)"
                        + " and was skipped for the rest of the file: report this to the rule's author"));
        // the other rule still ran on every cue
        assertThat(of(first, "every-cue")).extracting(Finding::cue).containsExactly(1, 2, 3);
        // and the next file is checked again from its first cue
        FileResult second = engine.check("b.zh-Hans.srt", utf8(CHINESE));
        assertThat(of(second, "boom")).extracting(Finding::cue, Finding::severity)
                .containsExactly(tuple(1, Severity.INFO), tuple(2, Severity.ERROR));
    }

    /** A cross-file rule that throws while collecting: one error at that cue, no later cue, no fileDone; it still decides. */
    @Test
    void aCrossFileRuleThatThrowsWhileCollectingIsIsolated() {
        List<Integer> seen = new ArrayList<>();
        List<String> done = new ArrayList<>();
        io.github.subtitleqc.core.rule.ProjectRule<List<Integer>> boom = new io.github.subtitleqc.core.rule.ProjectRule<>() {
            @Override
            public io.github.subtitleqc.core.rule.RuleDescriptor descriptor() {
                return io.github.subtitleqc.core.rule.RuleDescriptor.of("boom-across", Severity.INFO, "throws at cue 2");
            }

            @Override
            public List<Integer> newSummary(io.github.subtitleqc.core.rule.RuleContext context) {
                return new ArrayList<>();
            }

            @Override
            public void collect(List<Integer> summary, io.github.subtitleqc.core.rule.CueView cue,
                                io.github.subtitleqc.core.rule.RuleContext context) {
                seen.add(cue.ordinal());
                if (cue.ordinal() == 2) {
                    throw new IllegalStateException("kaboom");
                }
                summary.add(cue.ordinal());
            }

            @Override
            public void fileDone(List<Integer> summary) {
                done.add("fileDone");
            }

            @Override
            public void finish(List<List<Integer>> summaries, io.github.subtitleqc.core.rule.ProjectReporter reporter) {
                done.add("finish " + summaries);
            }
        };
        FileResult r = new Engine(EngineConfig.defaults().withThreads(1), List.of(new TestRules.EveryCue()), List.of(boom))
                .check("a.zh-Hans.srt", utf8(CHINESE));
        assertThat(of(r, "boom-across")).extracting(Finding::severity, Finding::cue, Finding::line, Finding::message)
                .containsExactly(tuple(Severity.ERROR, 2, 6, "rule boom-across failed on this cue"
                        + " (java.lang.IllegalStateException: kaboom) and was skipped for the rest of the file:"
                        + " report this to the rule's author"));
        assertThat(seen).containsExactly(1, 2);
        assertThat(done).containsExactly("finish [[1]]");
        assertThat(of(r, "every-cue")).extracting(Finding::cue).containsExactly(1, 2, 3);
    }

    @Test
    void aRuleThatThrowsIsAnErrorWhateverItsSeverity() {
        FileResult r = engine(List.of(new TestRules.Boom()), new RuleOverride("boom", null, "info", null))
                .check("a.srt", utf8(CHINESE));
        assertThat(of(r, "boom")).extracting(Finding::severity).containsExactly(Severity.INFO, Severity.ERROR);
    }

    @Test
    void anUnsupportedExtensionIsAParseError() {
        FileResult r = engine(TestRules.standard()).check("notes/readme.txt", utf8("Hello"));
        assertThat(r.format()).isEqualTo("unknown");
        assertThat(r.cues()).isZero();
        assertThat(r.encoding()).isNull();
        assertThat(r.profile()).isEqualTo("netflix-en");
        assertThat(r.findings()).containsExactly(new Finding("parse-error", Severity.ERROR, "notes/readme.txt", 0, 1, 0,
                "no reader for this file's extension: subtitle-qc reads .srt, .vtt, .ttml, .dfxp, .ass, .ssa and TTML saved as"
                + " .xml; change <includes> to leave it out", null, null));
        assertThat(r.score().value()).isEqualTo(0.0);
    }

    @Test
    void anXmlFileThatIsNotTtmlIsAParseErrorThatSaysWhy() {
        FileResult r = engine(TestRules.standard()).check("config/pom.xml",
                utf8("<?xml version=\"1.0\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\"/>\n"));
        assertThat(r.format()).isEqualTo("unknown");
        assertThat(r.findings()).extracting(Finding::ruleId, Finding::message).containsExactly(org.assertj.core.groups.Tuple.tuple(
                "parse-error", "not a TTML document (its root element is {http://maven.apache.org/POM/4.0.0}project): an .xml"
                        + " file is read only when its root is tt in the TTML namespace (http://www.w3.org/ns/ttml);"
                        + " change <includes> to leave it out"));
        FileResult garbage = engine(TestRules.standard()).check("x.XML", utf8("not xml"));
        assertThat(garbage.findings()).extracting(Finding::message).singleElement().asString()
                .startsWith("not a TTML document (not well-formed XML)");
    }

    @Test
    void aMissingFileIsAParseError(@TempDir Path dir) {
        Path missing = dir.resolve("missing.ja.srt");
        FileResult r = engine(TestRules.standard()).check(new SourceFile(missing, "subs/missing.ja.srt"));
        assertThat(r.path()).isEqualTo("subs/missing.ja.srt");
        assertThat(r.format()).isEqualTo("srt");
        assertThat(r.profile()).isEqualTo("netflix-ja");
        assertThat(r.cues()).isZero();
        assertThat(r.findings()).containsExactly(new Finding("parse-error", Severity.ERROR, "subs/missing.ja.srt", 0, 1,
                0, "cannot read the file: it no longer exists (was it deleted while the build ran?)", null, null));
    }

    @Test
    void aBrokenSymbolicLinkIsAParseErrorThatNamesItsTarget(@TempDir Path dir) throws Exception {
        Path link = java.nio.file.Files.createSymbolicLink(dir.resolve("y.srt"), Path.of("gone/y.srt"));
        FileResult r = engine(TestRules.standard()).check(new SourceFile(link, "subs/y.srt"));
        assertThat(r.cues()).isZero();
        assertThat(r.findings()).containsExactly(new Finding("parse-error", Severity.ERROR, "subs/y.srt", 0, 1, 0,
                "cannot read the file: it is a symbolic link to 'gone/y.srt', which does not exist; correct or remove"
                        + " the link, or leave it out with <excludes>", null, null));
    }

    @Test
    void unreadableInputFollowsTheParseErrorConfiguration(@TempDir Path dir) {
        Engine warn = engine(List.of(), new RuleOverride("parse-error", null, "warning", null));
        assertThat(warn.check(new SourceFile(dir.resolve("x.srt"), "x.srt")).findings())
                .extracting(Finding::severity).containsExactly(Severity.WARNING);
        Engine off = engine(List.of(), new RuleOverride("parse-error", false, null, null));
        FileResult r = off.check("readme.txt", utf8("x"));
        assertThat(r.findings()).isEmpty();
        assertThat(r.score().value()).isEqualTo(100.0);
    }

    /**
     * A plain UTF-8 SubRip file is read from its bytes without decoding the whole file; with a
     * byte order mark, or with a byte that does not decode, the result is what decoding it first
     * gives: the same findings, the encoding named, the undecodable byte reported at its line.
     */
    @Test
    void aPlainUtf8FileGivesWhatDecodingItFirstGives() {
        String plain = "1\n00:00:01,000 --> 00:00:03,000\nCaf\u00e9 cr\u00e8me\n\n2\n00:00:04,000 --> 00:00:06,000\n就是 Bedrock\n";
        Engine engine = new Engine(EngineConfig.defaults().withThreads(1), List.of(new TestRules.EveryCue()));
        FileResult quick = engine.check("cafe.srt", utf8(plain));
        assertThat(quick.encoding()).isEqualTo("UTF-8");
        assertThat(quick.cues()).isEqualTo(2);
        assertThat(quick.findings()).extracting(Finding::message).containsExactly(
                "cue 1 after none, netflix-en, language en, first line counts 10",
                "cue 2 after cue 1, netflix-en, language en, first line counts 10");
        byte[] bom = ("\uFEFF" + plain).getBytes(StandardCharsets.UTF_8);
        FileResult withBom = engine.check("cafe.srt", bom);
        assertThat(withBom.encoding()).isEqualTo("UTF-8");
        assertThat(withBom.findings()).isEqualTo(quick.findings());
        // a byte that is no UTF-8 right after "Café crème" (line 3, column 11)
        int after = plain.indexOf("\n\n2\n");
        byte[] head = utf8(plain.substring(0, after));
        byte[] tail = utf8(plain.substring(after));
        byte[] broken = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, broken, 0, head.length);
        broken[head.length] = (byte) 0xFF;
        System.arraycopy(tail, 0, broken, head.length + 1, tail.length);
        FileResult undecodable = engine.check("cafe.srt", broken);
        assertThat(undecodable.encoding()).isEqualTo("UTF-8");
        assertThat(of(undecodable, "encoding")).extracting(Finding::line, Finding::column).containsExactly(tuple(3, 11));
        assertThat(of(undecodable, "every-cue")).hasSize(2);
    }

    @Test
    void readsFilesFromDiskWithTheConfiguredEncoding(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cafe.srt");
        Files.write(file, "1\n00:00:01,000 --> 00:00:03,000\nCaf\u00e9 cr\u00e8me\n".getBytes(StandardCharsets.ISO_8859_1));
        Engine latin1 = new Engine(EngineConfig.defaults().withThreads(1).withEncoding(StandardCharsets.ISO_8859_1),
                List.of(new TestRules.EveryCue()));
        FileResult r = latin1.check(SourceFile.relativeTo(dir, file));
        assertThat(r.path()).isEqualTo("cafe.srt");
        assertThat(r.encoding()).isEqualTo("ISO-8859-1");
        assertThat(r.findings()).extracting(Finding::message)
                .containsExactly("cue 1 after none, netflix-en, language en, first line counts 10");
    }

    @Test
    void checksManyFilesInParallelAndKeepsTheirOrder(@TempDir Path dir) throws IOException {
        TestRules.Slow slow = new TestRules.Slow();
        Engine engine = new Engine(EngineConfig.defaults().withThreads(4), List.of(slow));
        int n = 12;
        List<SourceFile> files = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // earlier files sleep longer, so they finish later
            String path = "f" + i + ".srt";
            paths.add(path);
            Files.write(dir.resolve(path), utf8("1\n00:00:01,000 --> 00:00:02,000\n" + (n - i) * 15 + "\n"));
            files.add(new SourceFile(dir.resolve(path), path));
        }
        List<int[]> calls = Collections.synchronizedList(new ArrayList<>());
        List<String> done = Collections.synchronizedList(new ArrayList<>());
        Report report = engine.check(files, (d, total, file) -> {
            calls.add(new int[] {d, total});
            done.add(file.path());
        });
        assertThat(report.files()).extracting(FileResult::path).containsExactlyElementsOf(paths);
        assertThat(report.cues()).isEqualTo(n);
        // once per file, counting up to the total
        assertThat(done).containsExactlyInAnyOrderElementsOf(paths);
        assertThat(calls).extracting(c -> c[0]).containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.rangeClosed(1, n).boxed().toList());
        assertThat(calls).extracting(c -> c[1]).containsOnly(n);
        // and it really ran on more than one thread
        assertThat(slow.threads).hasSizeGreaterThan(1);
        assertThat(slow.threads).allMatch(t -> t.startsWith("subtitle-qc#"));
    }

    @Test
    void checksFilesOneByOneWithOneThread(@TempDir Path dir) {
        Engine engine = engine(TestRules.standard());
        List<SourceFile> files = List.of(new SourceFile(dir.resolve("b.srt"), "b.srt"),
                new SourceFile(dir.resolve("a.srt"), "a.srt"));
        List<String> done = new ArrayList<>();
        Report report = engine.check(files, (d, total, file) -> done.add(d + "/" + total + " " + file.path()));
        assertThat(done).containsExactly("1/2 b.srt", "2/2 a.srt");
        assertThat(report.files()).extracting(FileResult::path).containsExactly("b.srt", "a.srt");
        // unreadable files are findings, not exceptions
        assertThat(report.count(Severity.ERROR)).isEqualTo(2);
        assertThat(report.score().value()).isEqualTo(0.0);
    }

    @Test
    void anEmptyListOfFiles() {
        Report report = engine(TestRules.standard()).check(List.of(), ProgressListener.NONE);
        assertThat(report.files()).isEmpty();
        assertThat(report.score().value()).isEqualTo(100.0);
    }

    /** Throws what the JVM throws when a file does not fit: on every cue whose text holds "BIG", or only the first time. */
    static class RunsOutOfMemory implements Rule {
        private static final io.github.subtitleqc.core.rule.RuleDescriptor DESCRIPTOR =
                io.github.subtitleqc.core.rule.RuleDescriptor.of("memory-hog", Severity.INFO, "needs memory");
        final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        private final int failures;

        /** @param failures how many times it throws before it lets the file through ({@code MAX_VALUE}: always) */
        RunsOutOfMemory(int failures) {
            this.failures = failures;
        }

        @Override
        public io.github.subtitleqc.core.rule.RuleDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public void check(io.github.subtitleqc.core.rule.CueView cue, io.github.subtitleqc.core.rule.RuleContext context) {
            if (cue.cue().text().contains("BIG") && calls.incrementAndGet() <= failures) {
                throw new OutOfMemoryError("Java heap space");
            }
        }
    }

    private static List<SourceFile> bigAndGoodFiles(Path dir) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        for (String name : List.of("a.en.srt", "big.srt", "good.en.srt", "z.en.srt")) {
            Files.write(dir.resolve(name), utf8("1\n00:00:01,000 --> 00:00:03,000\n"
                    + (name.equals("big.srt") ? "BIG" : "Hello there.") + "\n"));
            files.add(new SourceFile(dir.resolve(name), name));
        }
        return files;
    }

    /**
     * A file that does not fit in memory, twice (once with the others, once alone), is a parse-error
     * on that file saying so; every other file is checked and reported; progress counts every file.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "threads={0}")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 4})
    void aFileThatDoesNotFitInMemoryIsAFindingAndTheOthersAreChecked(int threads, @TempDir Path dir) throws IOException {
        RunsOutOfMemory hog = new RunsOutOfMemory(Integer.MAX_VALUE);
        Engine engine = new Engine(EngineConfig.defaults().withThreads(threads), List.of(hog));
        List<String> done = Collections.synchronizedList(new ArrayList<>());

        Report report = engine.check(bigAndGoodFiles(dir), (d, total, file) -> done.add(d + "/" + total));

        assertThat(report.files()).extracting(FileResult::path)
                .containsExactly("a.en.srt", "big.srt", "good.en.srt", "z.en.srt");
        FileResult big = report.files().get(1);
        assertThat(big.cues()).isZero();
        assertThat(big.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("parse-error");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.line()).isEqualTo(1);
            assertThat(f.message()).matches("not enough memory to check this file \\(1 KB; the JVM may use \\d+ MB\\):"
                    + " give Maven more memory \\(MAVEN_OPTS=-Xmx\\d+g\\) or leave the file out with <excludes>");
        });
        assertThat(hog.calls).hasValue(2); // tried with the others, then once more alone
        for (int i : new int[] {0, 2, 3}) {
            assertThat(report.files().get(i).cues()).isEqualTo(1);
            assertThat(report.files().get(i).findings()).isEmpty();
        }
        assertThat(done).containsExactlyInAnyOrder("1/4", "2/4", "3/4", "4/4");
    }

    /** Another file checked at the same time may have held the memory: alone, the file fits and is checked. */
    @Test
    void aFileThatRunsOutOfMemoryOnceIsCheckedAgainAlone(@TempDir Path dir) throws IOException {
        RunsOutOfMemory hog = new RunsOutOfMemory(1);
        Engine engine = new Engine(EngineConfig.defaults().withThreads(4), List.of(hog));

        Report report = engine.check(bigAndGoodFiles(dir), ProgressListener.NONE);

        assertThat(report.files()).extracting(FileResult::path, FileResult::cues, r -> r.findings().size())
                .containsExactly(tuple("a.en.srt", 1, 0), tuple("big.srt", 1, 0), tuple("good.en.srt", 1, 0),
                        tuple("z.en.srt", 1, 0));
        assertThat(hog.calls).hasValue(2);
    }

    @Test
    void contentThatDoesNotFitInMemoryIsAFinding() {
        Engine engine = new Engine(EngineConfig.defaults().withThreads(1), List.of(new RunsOutOfMemory(Integer.MAX_VALUE)));

        FileResult r = engine.check("big.srt", utf8("1\n00:00:01,000 --> 00:00:03,000\nBIG\n"));

        assertThat(r.findings()).extracting(Finding::ruleId, Finding::line).containsExactly(tuple("parse-error", 1));
        assertThat(r.findings().get(0).message()).startsWith("not enough memory to check this file (1 KB; the JVM may use ");
    }

    /** An error the rule guard does not catch (here a stack overflow) is a finding on that file, not the end of the run. */
    @Test
    void aFileTheEngineFailsOnIsAFindingAndTheOthersAreChecked(@TempDir Path dir) throws IOException {
        Rule overflow = new RunsOutOfMemory(0) {
            @Override
            public void check(io.github.subtitleqc.core.rule.CueView cue, io.github.subtitleqc.core.rule.RuleContext context) {
                if (cue.cue().text().contains("BIG")) {
                    throw new StackOverflowError();
                }
            }
        };
        Engine engine = new Engine(EngineConfig.defaults().withThreads(4), List.of(overflow));

        Report report = engine.check(bigAndGoodFiles(dir), ProgressListener.NONE);

        assertThat(report.files()).extracting(FileResult::path, FileResult::cues)
                .containsExactly(tuple("a.en.srt", 1), tuple("big.srt", 0), tuple("good.en.srt", 1), tuple("z.en.srt", 1));
        assertThat(report.files().get(1).findings()).extracting(Finding::ruleId, Finding::line, Finding::message)
                .containsExactly(tuple("parse-error", 1, "subtitle-qc failed on this file (java.lang.StackOverflowError)"
                        + " and could not check it: report this with the file; the other files were checked"));
    }
}

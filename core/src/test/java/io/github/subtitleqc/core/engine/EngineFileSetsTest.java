package io.github.subtitleqc.core.engine;

import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** File sets: which one applies to a file, what it changes, what it leaves out, and its validation. */
class EngineFileSetsTest {

    /** One cue of 18 characters in 1 s: over the children's 17 chars/s, under the adults' 20. */
    private static final byte[] EIGHTEEN_CPS = """
            1
            00:00:01,000 --> 00:00:02,000
            Hello there, world
            """.getBytes(StandardCharsets.UTF_8);

    private static FileSet set(String id, String includes, String profile, RuleOverride... rules) {
        return new FileSet(id, List.of(includes.split(",")), List.of(), profile, null, false, List.of(rules));
    }

    private static Engine engine(List<RuleOverride> rules, FileSet... sets) {
        return new Engine(EngineConfig.defaults().withThreads(1).withRules(rules).withFileSets(List.of(sets)),
                TestRules.standard());
    }

    private static List<Finding> of(FileResult r, String rule) {
        return r.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    @ParameterizedTest
    @CsvSource({
            "**/kids/**, src/main/subtitles/kids/ep1.srt, true",
            "**/kids/**, kids/ep1.srt, true",
            "**/kids/**, src/main/subtitles/Kids/EP1.SRT, true",
            "**/kids/**, src/main/subtitles/kidsclub/ep1.srt, false",
            "src/main/subtitles/kids/, src/main/subtitles/kids/a/ep1.srt, true",
            "src/**/ep1.srt, src/ep1.srt, true",
            "src/**/ep1.srt, src/main/subtitles/ep1.srt, true",
            "**/*.srt, talk.srt, true",
            "*.srt, subs/talk.srt, false",
            "**/talk?.vtt, a/talk1.vtt, true",
    })
    void antPatternsMatchTheReportPathWithoutRegardToCase(String pattern, String path, boolean matches) {
        assertThat(set(null, pattern, null).matches(path)).isEqualTo(matches);
    }

    @Test
    void excludesWinOverIncludes() {
        FileSet kids = new FileSet("kids", List.of("**/kids/**"), List.of("**/kids/old/**"), null, null, false, List.of());
        assertThat(kids.matches("subs/kids/ep1.srt")).isTrue();
        assertThat(kids.matches("subs/kids/old/ep1.srt")).isFalse();
    }

    @Test
    void aFileSetsProfileAppliesToItsFilesAndTheJsonNamesIt() {
        Engine engine = engine(List.of(), set("kids", "**/kids/**", "netflix-en-children"));
        FileResult kids = engine.check("subs/kids/ep1.srt", EIGHTEEN_CPS);
        assertThat(kids.profile()).isEqualTo("netflix-en-children");
        assertThat(kids.setup().fileSet()).isEqualTo("kids");
        assertThat(of(kids, "reading-speed")).extracting(Finding::message)
                .containsExactly("18 chars/s, limit 17 (netflix-en-children)");
        FileResult adults = engine.check("subs/ep1.srt", EIGHTEEN_CPS);
        assertThat(adults.profile()).isEqualTo("netflix-en");
        assertThat(adults.setup().fileSet()).isNull();
        assertThat(of(adults, "reading-speed")).isEmpty();
    }

    @Test
    void theFirstFileSetThatMatchesApplies() {
        Engine engine = engine(List.of(), set("kids", "**/kids/**", "netflix-en-children"),
                set("all", "**/*.srt", "netflix-zh-hans"));
        assertThat(engine.check("subs/kids/ep1.srt", EIGHTEEN_CPS).setup().fileSet()).isEqualTo("kids");
        assertThat(engine.check("subs/ep1.srt", EIGHTEEN_CPS).setup().fileSet()).isEqualTo("all");
        assertThat(engine.check("subs/ep1.srt", EIGHTEEN_CPS).profile()).isEqualTo("netflix-zh-hans");
    }

    @Test
    void fileSetsWithoutIdAreNumbered() {
        EngineConfig config = EngineConfig.defaults().withFileSets(List.of(set(null, "a/**", null),
                set("b", "b/**", null), set(" ", "c/**", null)));
        assertThat(config.fileSets()).extracting(FileSet::id).containsExactly("fileSet-1", "b", "fileSet-3");
    }

    @Test
    void aFileSetsLanguageApplies() {
        FileSet zh = new FileSet("zh", List.of("zh/**"), List.of(), null, "zh-Hans", false, List.of());
        FileResult r = engine(List.of(), zh).check("zh/talk.srt", EIGHTEEN_CPS);
        assertThat(r.language()).isEqualTo("zh-Hans");
        assertThat(r.profile()).isEqualTo("netflix-zh-hans");
        assertThat(r.profileReason()).isEqualTo("language parameter set to 'zh-Hans'");
    }

    @Test
    void aFileSetsRulesAreMergedOverTheRunsOnes() {
        List<RuleOverride> run = List.of(new RuleOverride("reading-speed", null, "warning", Map.of("maxCps", "30")),
                new RuleOverride("every-cue", false, null, null));
        Engine engine = engine(run, set("kids", "kids/**", null,
                new RuleOverride("reading-speed", null, null, Map.of("maxCps", "10")),
                new RuleOverride("every-cue", true, "warning", null)));
        FileResult kids = engine.check("kids/ep1.srt", EIGHTEEN_CPS);
        // the run's severity stays, the file set's maxCps wins; every-cue is switched back on
        assertThat(kids.findings()).extracting(Finding::ruleId, Finding::severity, Finding::message).containsExactly(
                tuple("every-cue", Severity.WARNING, "cue 1 after none, netflix-en, language en, first line counts 18"),
                tuple("reading-speed", Severity.WARNING, "18 chars/s, limit 10 (netflix-en)"));
        assertThat(engine.check("ep1.srt", EIGHTEEN_CPS).findings()).isEmpty();
    }

    @Test
    void merge() {
        Map<String, RuleOverride> merged = Engine.merge(
                Map.of("a", new RuleOverride("a", false, "info", Map.of("x", "1", "y", "2")),
                        "b", new RuleOverride("b", null, null, Map.of())),
                Map.of("a", new RuleOverride("a", null, "error", Map.of("y", "3")),
                        "c", new RuleOverride("c", false, null, null)));
        assertThat(merged).containsOnly(
                Map.entry("a", new RuleOverride("a", false, "error", Map.of("x", "1", "y", "3"))),
                Map.entry("b", new RuleOverride("b", null, null, Map.of())),
                Map.entry("c", new RuleOverride("c", false, null, null)));
    }

    @Test
    void aSkippedFileSetLeavesItsFilesOut(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("drafts"));
        Files.write(dir.resolve("drafts/a.srt"), EIGHTEEN_CPS);
        Files.write(dir.resolve("b.srt"), EIGHTEEN_CPS);
        FileSet drafts = new FileSet("drafts", List.of("drafts/**"), List.of(), null, null, true, List.of());
        Engine engine = engine(List.of(), drafts);
        assertThat(engine.skips("drafts/a.srt")).isTrue();
        assertThat(engine.skips("b.srt")).isFalse();
        Report report = engine.check(List.of(SourceFile.relativeTo(dir, dir.resolve("drafts/a.srt")),
                SourceFile.relativeTo(dir, dir.resolve("b.srt"))), (done, total, result) -> { });
        assertThat(report.files()).extracting(FileResult::path).containsExactly("b.srt");
    }

    @Test
    void anUnknownProfileInAFileSetIsNamed() {
        assertThatThrownBy(() -> engine(List.of(), set("kids", "kids/**", "netflix-en-kids")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("file set 'kids': unknown profile 'netflix-en-kids': use auto or one of ");
    }

    @Test
    void anUnknownRuleInAFileSetIsNamed() {
        assertThatThrownBy(() -> engine(List.of(), set(null, "kids/**", null,
                new RuleOverride("reading-sped", null, null, null))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("file set 'fileSet-1': unknown rule id 'reading-sped' in the rules configuration (did you"
                        + " mean 'reading-speed'?); known rules: encoding, parse-error, format, track-kind,"
                        + " reading-speed, min-gap, every-cue");
    }

    @Test
    void anUnknownParameterInAFileSetIsNamed() {
        assertThatThrownBy(() -> engine(List.of(), set("kids", "kids/**", null,
                new RuleOverride("reading-speed", null, null, Map.of("maxCPS", "10")))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("file set 'kids': rule 'reading-speed' has no parameter 'maxCPS' (did you mean 'maxCps'?);"
                        + " its parameters: maxCps, countSpaces");
    }

    @Test
    void aBadValueInAFileSetIsNamed() {
        assertThatThrownBy(() -> engine(List.of(), set("kids", "kids/**", null,
                new RuleOverride("reading-speed", null, "loud", Map.of()))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("file set 'kids': rule 'reading-speed': ");
        assertThatThrownBy(() -> engine(List.of(), set("kids", "kids/**", null,
                new RuleOverride("reading-speed", null, null, Map.of("maxCps", "fast")))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("file set 'kids': rule 'reading-speed': ");
    }

    @Test
    void aFileSetNeedsIncludesAndItsOwnId() {
        assertThatThrownBy(() -> engine(List.of(), new FileSet("kids", List.of(" "), List.of(), null, null, false,
                List.of())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("file set 'kids': no <includes>: name the files it applies to, such as **/kids/**");
        assertThatThrownBy(() -> engine(List.of(), set("kids", "a/**", null), set("kids", "b/**", null)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("two file sets have the id 'kids': give each its own");
        assertThatThrownBy(() -> engine(List.of(), set("kids", "a/{b", null)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("file set 'kids': pattern 'a/{b' does not parse: ");
    }
}

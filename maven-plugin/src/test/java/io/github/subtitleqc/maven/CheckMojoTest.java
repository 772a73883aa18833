package io.github.subtitleqc.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The check goal in-process, through the plugin descriptor, as Maven configures it. */
@MojoTest
class CheckMojoTest {

    private static final String OVERLAP = "src/test/resources/unit/overlap";
    private static final String CLEAN = "src/test/resources/unit/clean";
    private static final String BAD_INPUT = "src/test/resources/unit/bad-input";
    private static final String FILE_SETS = "src/test/resources/unit/file-sets";

    @TempDir
    Path out;
    /** Where the result cache goes, apart from the reports. */
    @TempDir
    Path cacheDir;

    @Test
    @Basedir(OVERLAP)
    @InjectMojo(goal = "check", pom = "pom.xml")
    void anOverlapFailsTheBuildWithOneSentence(CheckMojo mojo) throws Exception {
        reportTo(mojo);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("subtitle-qc failed: 1 error in 1 file, more than the 0 allowed by maxAllowedViolations"
                        + " (the first: src/main/subtitles/talk.en.srt:[6,1] overlap); see " + json() + " for every finding.");
        JsonNode finding = readJson().at("/files/0/findings/0");
        assertThat(finding.get("rule").asText()).isEqualTo("overlap");
        assertThat(finding.get("cue").asInt()).isEqualTo(2);
        assertThat(finding.get("line").asInt()).isEqualTo(6);
        assertThat(finding.get("value").asDouble()).isEqualTo(500.0);
    }

    @Test
    @Basedir(OVERLAP)
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "failOnViolation", value = "false")
    void failOnViolationFalsePassesAndStillWritesTheReport(CheckMojo mojo) throws Exception {
        reportTo(mojo);
        mojo.execute();
        assertThat(readJson().at("/summary/errors").asInt()).isEqualTo(1);
    }

    @Test
    @Basedir(OVERLAP)
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "maxAllowedViolations", value = "1")
    void maxAllowedViolationsAllowsThatMany(CheckMojo mojo) throws Exception {
        reportTo(mojo);
        mojo.execute();
        assertThat(readJson().at("/summary/errors").asInt()).isEqualTo(1);
    }

    @Test
    @Basedir(CLEAN)
    @InjectMojo(goal = "check", pom = "pom.xml")
    void withDebugOutputItTellsWhereItsTimeWent(CheckMojo mojo) throws Exception {
        reportTo(mojo);
        List<String> debug = new java.util.ArrayList<>();
        mojo.setLog(new org.apache.maven.plugin.logging.SystemStreamLog() {
            @Override
            public boolean isDebugEnabled() {
                return true;
            }

            @Override
            public void debug(CharSequence content) {
                debug.add(content.toString());
            }
        });
        mojo.execute();
        assertThat(debug).anySatisfy(line -> assertThat(line).matches("subtitle-qc: \\d+ ms to set up \\(parameters, rules,"
                + " profiles, finding the files\\), \\d+ ms to open the result cache, \\d+ ms to check and report 2 files"));
    }

    @Test
    @Basedir(OVERLAP)
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "skip", value = "true")
    void skipChecksAndWritesNothing(CheckMojo mojo) throws Exception {
        reportTo(mojo);
        mojo.execute();
        assertThat(out).isEmptyDirectory();
    }

    @Test
    @Basedir(CLEAN)
    @InjectMojo(goal = "check", pom = "pom.xml")
    void theResultCacheIsWrittenWhereCacheFileSaysAndNotAtAllWhenItIsEmpty(CheckMojo mojo) throws Exception {
        reportTo(mojo);
        mojo.execute();
        String first = java.nio.file.Files.readString(out.resolve("subtitle-qc.json"));
        assertThat(cacheDir.resolve("cache.bin")).isRegularFile();
        mojo.execute(); // from the cache
        assertThat(out.resolve("subtitle-qc.json")).hasContent(first);

        java.nio.file.Files.delete(cacheDir.resolve("cache.bin"));
        java.nio.file.Files.delete(cacheDir.resolve("cache.bin.reports")); // the reports' stamp, beside it
        MojoExtension.setVariableValueToObject(mojo, "cacheFile", "");
        mojo.execute();
        assertThat(cacheDir).isEmptyDirectory();
        assertThat(out.resolve("subtitle-qc.json")).hasContent(first);
    }

    @Test
    @Basedir(CLEAN)
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "formats", value = "console,json,sarif")
    void aReRunWithNothingChangedLeavesTheReportFilesAsTheyAreAndAnotherSettingWritesThem(CheckMojo mojo)
            throws Exception {
        reportTo(mojo);
        mojo.execute();
        Path json = out.resolve("subtitle-qc.json");
        Path sarif = out.resolve("subtitle-qc.sarif");
        String report = Files.readString(json);
        String sarifReport = Files.readString(sarif);
        // the same size and time of change, other bytes: only a run that writes the files changes them back
        java.nio.file.attribute.FileTime written = Files.getLastModifiedTime(json);
        java.nio.file.attribute.FileTime sarifWritten = Files.getLastModifiedTime(sarif);
        Files.writeString(json, report.replace("\"files\"", "\"FILES\""));
        Files.setLastModifiedTime(json, written);
        Files.writeString(sarif, sarifReport.replace("\"runs\"", "\"RUNS\""));
        // each file gets its own time back: the two may have been written in different milliseconds
        Files.setLastModifiedTime(sarif, sarifWritten);

        mojo.execute();
        assertThat(Files.readString(json)).as("not written again").contains("\"FILES\"").doesNotContain("\"files\"");

        MojoExtension.setVariableValueToObject(mojo, "minScore", 50.0); // the gate is in the reports
        mojo.execute();
        assertThat(Files.readString(json)).contains("\"files\"").doesNotContain("\"FILES\"");
        assertThat(Files.readString(sarif)).contains("\"runs\"").doesNotContain("\"RUNS\"");
    }

    @Test
    @Basedir(CLEAN)
    @InjectMojo(goal = "check", pom = "pom.xml")
    void cleanFilesPass(CheckMojo mojo) throws Exception {
        reportTo(mojo);
        mojo.execute();
        JsonNode report = readJson();
        assertThat(report.at("/summary/files").asInt()).isEqualTo(2);
        assertThat(report.at("/summary/cues").asInt()).isEqualTo(4);
        assertThat(report.at("/summary/score").asDouble()).isEqualTo(100.0);
        assertThat(report.at("/files/0/path").asText()).isEqualTo("src/main/subtitles/talk.en.srt");
        assertThat(report.at("/files/1/path").asText()).isEqualTo("src/main/subtitles/talk.en.vtt");
        assertThat(report.at("/files/1/profile").asText()).isEqualTo("netflix-en");
    }

    @Test
    @Basedir(CLEAN)
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "minScore", value = "100")
    void minScoreOfACleanProjectPasses(CheckMojo mojo) throws Exception {
        reportTo(mojo);
        mojo.execute();
    }

    @Test
    @Basedir(OVERLAP)
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "maxAllowedViolations", value = "5")
    @MojoParameter(name = "minScore", value = "60")
    void aScoreBelowMinScoreFails(CheckMojo mojo) throws Exception {
        reportTo(mojo);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessage("subtitle-qc failed: the subtitle score 50 is below minScore 60; see " + json()
                        + " for every finding.");
    }

    @Test
    @Basedir(CLEAN)
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "includes", value = "**/*.vtt")
    void includesSelectFiles(CheckMojo mojo) throws Exception {
        reportTo(mojo);
        mojo.execute();
        assertThat(readJson().at("/summary/files").asInt()).isEqualTo(1);
    }

    @Test
    @Basedir(CLEAN)
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "excludes", value = "**/*.vtt")
    void excludesLeaveFilesOut(CheckMojo mojo) throws Exception {
        reportTo(mojo);
        mojo.execute();
        assertThat(readJson().at("/files/0/path").asText()).isEqualTo("src/main/subtitles/talk.en.srt");
        assertThat(readJson().at("/summary/files").asInt()).isEqualTo(1);
    }

    @Test
    @Basedir(CLEAN)
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "formats", value = "console")
    void consoleOnlyWritesNoFile(CheckMojo mojo) throws Exception {
        reportTo(mojo);
        mojo.execute();
        assertThat(out).isEmptyDirectory();
    }

    @Test
    @Basedir(CLEAN)
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "profile", value = "netflix-xx")
    void anUnknownProfileIsAConfigurationError(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("subtitle-qc: unknown profile 'netflix-xx': use auto or one of netflix-en, ");
    }

    @Test
    @Basedir(CLEAN)
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "frameRate", value = "fast")
    void aBadFrameRateIsAConfigurationError(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("subtitle-qc: frameRate: invalid frame rate 'fast'");
    }

    @Test
    @Basedir(CLEAN)
    @InjectMojo(goal = "check", pom = "pom.xml")
    void aFrameRateOfZeroOrBelowIsRefusedWithoutJdkText(CheckMojo mojo) throws Exception {
        for (String rate : List.of("0", "-25", "abc")) {
            MojoExtension.setVariableValueToObject(mojo, "frameRate", rate);
            assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                    .hasMessage("subtitle-qc: frameRate: invalid frame rate '" + rate + "': use a positive number such as"
                            + " 23.976, 24, 25, 29.97 or a fraction such as 24000/1001")
                    .hasNoCause(); // Maven prints a cause's message after ours
        }
    }

    @Test
    @Basedir(CLEAN)
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "maxAllowedViolations", value = "-1")
    void aNegativeMaxAllowedViolationsIsRefused(CheckMojo mojo) throws Exception {
        reportTo(mojo);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("subtitle-qc: maxAllowedViolations is -1: use 0 or more (0 fails the build on the first violation)");
        assertThat(out).as("refused before any file is read").isEmptyDirectory();
    }

    @Test
    @Basedir(CLEAN)
    @InjectMojo(goal = "check", pom = "pom.xml")
    void aMinScoreOutside0To100IsRefused(CheckMojo mojo) throws Exception {
        for (String score : List.of("150", "-1", "100.5")) {
            MojoExtension.setVariableValueToObject(mojo, "minScore", Double.parseDouble(score));
            assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                    .hasMessage("subtitle-qc: minScore is " + score
                            + ": use a score from 0 to 100 (0 never fails the build on its score)");
        }
    }

    @Test
    @Basedir(CLEAN)
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "consoleFindingsPerRule", value = "-5")
    void consoleFindingsPerRuleBelowMinusOneIsRefused(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("subtitle-qc: consoleFindingsPerRule is -5: use 0 or more, or -1 to print every finding");
    }

    @Test
    @Basedir(CLEAN)
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "language", value = "not a tag!")
    void aLanguageThatIsNotATagIsRefused(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("subtitle-qc: language 'not a tag!' is not a BCP 47 language tag: use a tag such as en, en-GB,"
                        + " fr, zh-Hans or ja, or leave language out to find it for each file")
                .hasNoCause();
    }

    @Test
    @Basedir(CLEAN)
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "violationSeverity", value = "fatal")
    void aBadViolationSeverityIsAConfigurationError(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("subtitle-qc: violationSeverity: unknown severity 'fatal': use one of info, warning, error");
    }

    @Test
    @Basedir(OVERLAP)
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "formats", value = "sarif,checkstyle")
    @MojoParameter(name = "failOnViolation", value = "false")
    void sarifAndCheckstyleAreWrittenWhenAsked(CheckMojo mojo) throws Exception {
        reportTo(mojo);
        mojo.execute();
        JsonNode result = new ObjectMapper().readTree(out.resolve("subtitle-qc.sarif").toFile()).at("/runs/0/results/0");
        assertThat(result.get("ruleId").asText()).isEqualTo("overlap");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("src/main/subtitles/talk.en.srt");
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(6);
        assertThat(Files.readString(out.resolve("subtitle-qc-checkstyle.xml")))
                .contains("<file name=\"src/main/subtitles/talk.en.srt\">")
                .contains("<error line=\"6\" column=\"1\" severity=\"error\"")
                .contains("source=\"subtitle-qc.overlap\"/>");
        assertThat(out.resolve("subtitle-qc.json")).doesNotExist();
    }

    @Test
    @Basedir(CLEAN)
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "formats", value = "console,pdf")
    void anUnknownFormatIsAConfigurationError(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("subtitle-qc: unknown report format 'pdf' in formats: use any of console, json, sarif, checkstyle,"
                        + " junit, html, separated by commas");
    }

    @Test
    @Basedir(OVERLAP)
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "formats", value = "console,html")
    void theHtmlFormatGetsEachCueToDraw(CheckMojo mojo) throws Exception {
        reportTo(mojo);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(out.resolve("subtitle-qc.html").toFile(), "UTF-8");
        assertThat(page.select("#file-1 figure.timeline rect.cue").eachAttr("data-cue")).containsExactly("1", "2");
        assertThat(page.select("#file-1 figure.timeline rect.cue[data-rule]").eachAttr("data-rule"))
                .containsExactly("overlap");
        assertThat(page.select("#file-1 figure.histogram line.limit").attr("data-limit")).isEqualTo("20");
        assertThat(page.select("#file-1 table.findings td.text").eachText()).containsExactly("General Kenobi.");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("subtitle-qc.html");
        }
    }

    @Test
    @Basedir(CLEAN)
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "encoding", value = "klingon-8")
    void anUnknownEncodingIsAConfigurationError(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("subtitle-qc: unknown encoding 'klingon-8'");
    }

    @Test
    @Basedir(CLEAN)
    @InjectMojo(goal = "check", pom = "pom.xml")
    void anUnknownRuleIdIsAConfigurationError(CheckMojo mojo) throws Exception {
        RuleConfiguration rule = new RuleConfiguration();
        rule.setId("reading-sped");
        MojoExtension.setVariableValueToObject(mojo, "rules", List.of(rule));
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("subtitle-qc: unknown rule id 'reading-sped' in the rules configuration"
                        + " (did you mean 'reading-speed'?); known rules: ");
    }

    @Test
    @Basedir(OVERLAP)
    @InjectMojo(goal = "check", pom = "pom.xml")
    void aRuleCanBeSwitchedOffOrRetuned(CheckMojo mojo) throws Exception {
        RuleConfiguration off = new RuleConfiguration();
        off.setId("overlap");
        off.setEnabled(false);
        RuleConfiguration strict = new RuleConfiguration();
        strict.setId("reading-speed");
        strict.setSeverity("warning");
        strict.setParameters(Map.of("maxCps", "5"));
        MojoExtension.setVariableValueToObject(mojo, "rules", List.of(off, strict));
        reportTo(mojo);
        mojo.execute();
        JsonNode findings = readJson().at("/files/0/findings");
        assertThat(findings).hasSize(2);
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.get("rule").asText()).isEqualTo("reading-speed");
            assertThat(f.get("severity").asText()).isEqualTo("warning");
            assertThat(f.get("limit").asDouble()).isEqualTo(5.0);
        });
    }

    @Test
    @Basedir(BAD_INPUT)
    @InjectMojo(goal = "check", pom = "pom.xml")
    void badInputBecomesFindingsAndEveryFileIsChecked(CheckMojo mojo) throws Exception {
        reportTo(mojo);
        Map<String, String> before = hashes(Path.of(MojoExtension.getBasedir()));
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        JsonNode files = readJson().get("files");
        assertThat(files).extracting(f -> f.get("path").asText()).containsExactly(
                "src/main/subtitles/empty.srt", "src/main/subtitles/garbage.srt",
                "src/main/subtitles/good.en.srt", "src/main/subtitles/utf16-bom.srt");
        assertThat(files.get(0).get("cues").asInt()).isZero();
        assertThat(files.get(0).get("findings")).extracting(f -> f.get("rule").asText() + ": " + f.get("message").asText())
                .containsExactly("parse-error: no SubRip cue in this file: it is empty");
        assertThat(files.get(1).get("findings")).isNotEmpty();
        assertThat(files.get(2).get("cues").asInt()).isEqualTo(2);
        assertThat(files.get(2).get("findings")).isEmpty();
        assertThat(files.get(3).get("encoding").asText()).isEqualTo("UTF-16LE");
        assertThat(files.get(3).get("cues").asInt()).isEqualTo(2);
        assertThat(files.get(3).get("findings")).isEmpty();
        assertThat(hashes(Path.of(MojoExtension.getBasedir()))).as("the checked files are never written").isEqualTo(before);
    }

    @Test
    @Basedir(FILE_SETS)
    @InjectMojo(goal = "check", pom = "pom.xml")
    void fileSetsApplyTheirProfileAndSkipTheirFiles(CheckMojo mojo) throws Exception {
        reportTo(mojo);
        mojo.execute();
        JsonNode files = readJson().get("files");
        // drafts/wip.srt is left out by the second file set
        assertThat(files).extracting(f -> f.get("path").asText() + " " + f.get("fileSet").asText() + " "
                + f.get("kind").asText() + " " + f.get("profile").asText()).containsExactly(
                "src/main/subtitles/kids/ep1.en.srt kids subtitles netflix-en-children",
                "src/main/subtitles/talk.en.srt null subtitles netflix-en",
                "src/main/subtitles/talk_chapters_en.vtt null chapters netflix-en");
        assertThat(files.get(0).get("findings")).extracting(f -> f.get("rule").asText() + " " + f.get("limit").asDouble())
                .containsExactly("reading-speed 17.0");
        assertThat(files.get(1).get("findings")).isEmpty();
        assertThat(files.get(2).get("findings")).extracting(f -> f.get("rule").asText() + ": " + f.get("message").asText())
                .containsExactly("track-kind: chapters track (named so): not checked as subtitles; add chapters to"
                        + " <kinds> to check it");
        assertThat(files.get(2).get("cues").asInt()).isEqualTo(2);
        assertThat(files.get(2).get("score").asDouble()).isEqualTo(100.0);
    }

    @Test
    @Basedir(FILE_SETS)
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "kinds", value = "subtitles, captions, chapters")
    void kindsChecksChaptersAsSubtitlesWhenAsked(CheckMojo mojo) throws Exception {
        reportTo(mojo);
        mojo.execute();
        JsonNode chapters = readJson().at("/files/2");
        assertThat(chapters.get("path").asText()).isEqualTo("src/main/subtitles/talk_chapters_en.vtt");
        assertThat(chapters.get("findings")).extracting(f -> f.get("rule").asText() + " " + f.get("cue").asInt())
                .containsExactly("max-duration 1", "min-gap 1", "max-duration 2");
    }

    @Test
    @Basedir(FILE_SETS)
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "kinds", value = "subtitles,chapter")
    void anUnknownKindIsAConfigurationError(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("subtitle-qc: unknown track kind 'chapter' in <kinds> (did you mean 'chapters'?): use some"
                        + " of subtitles, captions, descriptions, chapters, metadata");
    }

    @Test
    @Basedir(FILE_SETS)
    @InjectMojo(goal = "check", pom = "pom.xml")
    void aFileSetsConfigurationIsCheckedBeforeAnyFileIsRead(CheckMojo mojo) throws Exception {
        FileSetConfiguration kids = new FileSetConfiguration();
        kids.setIncludes("**/kids/**");
        RuleConfiguration rule = new RuleConfiguration();
        rule.setId("reading-speed");
        rule.setParameters(Map.of("maxCPS", "15"));
        kids.setRules(List.of(rule));
        MojoExtension.setVariableValueToObject(mojo, "fileSets", List.of(kids));
        reportTo(mojo);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("subtitle-qc: file set 'fileSet-1': rule 'reading-speed' has no parameter"
                        + " 'maxCPS' (did you mean 'maxCps'?)");
        assertThat(out.resolve("subtitle-qc.json")).doesNotExist();
    }

    @Test
    @Basedir(BAD_INPUT)
    @InjectMojo(goal = "check", pom = "pom.xml")
    void theReportIsTheSameWhateverTheNumberOfThreads(CheckMojo mojo) throws Exception {
        reportTo(mojo);
        MojoExtension.setVariableValueToObject(mojo, "failOnViolation", false);
        MojoExtension.setVariableValueToObject(mojo, "threads", 1);
        mojo.execute();
        String one = Files.readString(out.resolve("subtitle-qc.json"));
        MojoExtension.setVariableValueToObject(mojo, "threads", 4);
        mojo.execute();
        assertThat(Files.readString(out.resolve("subtitle-qc.json"))).isEqualTo(one).contains("utf16-bom.srt");
    }

    @Test
    @Basedir(CLEAN)
    @InjectMojo(goal = "check", pom = "pom.xml")
    @MojoParameter(name = "threads", value = "-2")
    void aNegativeNumberOfThreadsIsRefused(CheckMojo mojo) {
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessage("subtitle-qc: threads is -2: use 1 or more, or 0 for one thread per processor");
    }

    private void reportTo(CheckMojo mojo) throws IllegalAccessException {
        MojoExtension.setVariableValueToObject(mojo, "outputDirectory", out.toFile());
        // the test projects are under src/test/resources: the result cache goes to a directory of its own
        MojoExtension.setVariableValueToObject(mojo, "cacheFile", cacheDir.resolve("cache.bin").toString());
    }

    private String json() {
        return out.resolve("subtitle-qc.json").toString();
    }

    private JsonNode readJson() throws IOException {
        return new ObjectMapper().readTree(out.resolve("subtitle-qc.json").toFile());
    }

    private static Map<String, String> hashes(Path dir) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
                hashes.put(dir.relativize(p) + " " + Files.getLastModifiedTime(p), HexFormat.of().formatHex(digest));
            }
        }
        return hashes;
    }

}

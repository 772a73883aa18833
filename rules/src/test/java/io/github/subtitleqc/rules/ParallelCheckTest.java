package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.engine.ProgressListener;
import io.github.subtitleqc.core.engine.Report;
import io.github.subtitleqc.core.engine.RuleRegistry;
import io.github.subtitleqc.core.engine.SourceFile;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.rule.ProjectRule;
import io.github.subtitleqc.core.rule.Rule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One engine checking many files on many threads finds what it finds on one: rules keep no state
 * between cues of different files.
 */
class ParallelCheckTest {

    private static final int COPIES = 8;

    @Test
    void manyThreadsFindWhatOneThreadFinds() throws Exception {
        List<SourceFile> files = caseFiles();
        EngineConfig config = EngineConfig.defaults().withGlossaries(List.of(
                Path.of(ParallelCheckTest.class.getResource("/io/github/subtitleqc/rules/glossary/support/seed.csv").toURI())));
        List<Rule> rules = RuleRegistry.discover(getClass().getClassLoader());
        List<ProjectRule<?>> projectRules = RuleRegistry.discoverProjectRules(getClass().getClassLoader());

        Report sequential = new Engine(config.withThreads(1), rules, projectRules).check(files, ProgressListener.NONE);

        List<String> ids = new ArrayList<>(rules.stream().map(r -> r.descriptor().id()).toList());
        projectRules.forEach(r -> ids.add(r.descriptor().id()));
        assertThat(sequential.findings().map(Finding::ruleId).collect(Collectors.toSet()))
                .as("the case files give findings of every rule, so every rule is exercised")
                .containsAll(ids);
        Engine parallel = new Engine(config.withThreads(8), rules, projectRules);
        for (int run = 0; run < 3; run++) {
            Report report = parallel.check(files, ProgressListener.NONE);
            assertThat(report.files()).hasSameSizeAs(sequential.files());
            for (int i = 0; i < files.size(); i++) {
                FileResult expected = sequential.files().get(i);
                assertThat(report.files().get(i)).as("result for %s, run %d", expected.path(), run)
                        .isEqualTo(expected);
            }
            assertThat(report.score()).isEqualTo(sequential.score());
        }
    }

    /** Every case file of every rule, {@value #COPIES} times under different names. */
    private static List<SourceFile> caseFiles() throws IOException, URISyntaxException {
        Path base = Path.of(ParallelCheckTest.class.getResource("/io/github/subtitleqc/rules/").toURI());
        List<Path> subtitles = CaseSubtitles.under(base);
        assertThat(subtitles).hasSizeGreaterThan(50);
        List<SourceFile> files = new ArrayList<>();
        for (int copy = 0; copy < COPIES; copy++) {
            for (Path p : subtitles) {
                files.add(new SourceFile(p, "copy" + copy + "/" + base.relativize(p).toString().replace('\\', '/')));
            }
        }
        return files;
    }
}

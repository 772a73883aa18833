package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.engine.RuleRegistry;
import io.github.subtitleqc.core.read.Readers;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The case files are in order: one folder per rule, each subtitle file beside its .expected file. */
class CaseFilesTest {

    @Test
    void everyCaseHasItsExpectationAndEveryExpectationItsCase() throws IOException, URISyntaxException {
        Path base = Path.of(CaseFilesTest.class.getResource("/io/github/subtitleqc/rules/").toURI());
        List<String> ruleIds = new ArrayList<>(RuleRegistry.discover(getClass().getClassLoader()).stream()
                .map(r -> r.descriptor().id()).toList());
        RuleRegistry.discoverProjectRules(getClass().getClassLoader()).forEach(r -> ruleIds.add(r.descriptor().id()));
        List<String> folders;
        try (Stream<Path> list = Files.list(base)) {
            folders = list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(folders).as("case folders, one per rule").containsExactlyInAnyOrderElementsOf(ruleIds);

        List<String> problems = new ArrayList<>();
        for (String folder : folders) {
            List<String> names;
            try (Stream<Path> list = Files.list(base.resolve(folder))) {
                names = list.map(p -> p.getFileName().toString()).sorted().toList();
            }
            for (String name : names) {
                if (name.equals("support")) {
                    continue; // glossaries and other files that cases name in their headers
                }
                String stem = name.substring(0, name.lastIndexOf('.'));
                if (name.endsWith(".expected")) {
                    long cases = names.stream().filter(n -> !n.endsWith(".expected") && n.startsWith(stem + ".")
                            && Readers.forFileName(n).isPresent()).count();
                    if (cases != 1) {
                        problems.add(folder + "/" + name + " has " + cases + " case files (" + stem + " with one extension a reader reads)");
                    }
                } else if (Readers.forFileName(name).isEmpty()) {
                    problems.add(folder + "/" + name + " is neither a case (.srt, .vtt, .ttml, .dfxp, .ass, .ssa) nor an .expected file");
                } else if (!names.contains(stem + ".expected")) {
                    problems.add(folder + "/" + name + " has no " + stem + ".expected");
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}

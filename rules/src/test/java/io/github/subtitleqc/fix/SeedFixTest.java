package io.github.subtitleqc.fix;

import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.fix.FixResult;
import io.github.subtitleqc.core.fix.Fixer;
import io.github.subtitleqc.core.fix.UnifiedDiff;
import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.read.DecodedText;
import io.github.subtitleqc.core.read.SrtReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed, fixed as {@code mvn subtitle-qc:fix} would with the seed's glossary: what the README shows. */
class SeedFixTest {

    private static final Path SEED = Path.of("../seeds/src/main/subtitles/big-tech-llm-anecdotes.zh-Hans.srt");
    private static final String NAME = "src/main/subtitles/big-tech-llm-anecdotes.zh-Hans.srt";

    @Test
    void fixRemovesEveryMinGapFindingItCanAndChangesNoTextButSpacesAndTerms() throws Exception {
        Engine engine = Engine.withDiscoveredRules(EngineConfig.defaults()
                .withGlossaries(List.of(Path.of("../seeds/glossary.csv"))), getClass().getClassLoader());
        byte[] bytes = Files.readAllBytes(SEED);
        long before = count(engine.check(NAME, bytes), "min-gap");
        FixResult result = new Fixer(engine, Fixer.parseRules(Fixer.DEFAULT_RULES + ",glossary")).fix(NAME, bytes);
        long after = count(engine.check(NAME, result.after()), "min-gap");
        long notFixable = result.notFixed().stream().filter(n -> n.ruleId().equals("min-gap")).count();
        if (Boolean.getBoolean("subtitleqc.printFix")) {
            System.out.println("min-gap before " + before + ", after " + after + "; fixed " + result.fixed());
            result.notFixed().forEach(System.out::println);
            UnifiedDiff.of(NAME, result.beforeText(), result.afterText()).forEach(System.out::println);
        }
        assertThat(result.status()).isEqualTo(FixResult.Status.CHANGED);
        // the README's figures
        assertThat(before).isEqualTo(539);
        assertThat(after).isEqualTo(72).isEqualTo(notFixable);
        assertThat(result.fixed()).containsEntry("min-gap", 467).containsEntry("glossary", 8);
        List<Cue> was = new SrtReader().read(new DecodedText(result.beforeText(), StandardCharsets.UTF_8, false, List.of()), i -> { }).cues();
        List<Cue> now = new SrtReader().read(new DecodedText(result.afterText(), StandardCharsets.UTF_8, false, List.of()), i -> { }).cues();
        assertThat(now).hasSameSizeAs(was);
        for (int i = 0; i < was.size(); i++) {
            assertThat(now.get(i).startMs()).isEqualTo(was.get(i).startMs());
            assertThat(now.get(i).endMs()).isLessThanOrEqualTo(was.get(i).endMs() + 833);
            // the text changes only where the glossary names a forbidden variant
            assertThat(now.get(i).lines()).as("cue %d", i + 1).isEqualTo(was.get(i).lines().stream()
                    .map(l -> l.replace("bedrock", "Bedrock").replace("betawork", "Bedrock").replace("公质引擎", "工质引擎"))
                    .toList());
        }
        assertThat(result.afterText()).contains("包括Bedrock团队").doesNotContain("公质引擎");
        // docs/seed-fix.diff is what the dry run prints for the seed
        Path diffFile = Path.of("../docs/seed-fix.diff");
        String diff = String.join("\n", UnifiedDiff.of(NAME, result.beforeText(), result.afterText())) + "\n";
        if (Boolean.getBoolean("subtitleqc.writeSeeds")) {
            Files.writeString(diffFile, diff, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(diffFile, StandardCharsets.UTF_8)).as("run with -Dsubtitleqc.writeSeeds=true to write it")
                .isEqualTo(diff);
    }

    private static long count(FileResult result, String rule) {
        return result.findings().stream().filter(f -> f.ruleId().equals(rule)).count();
    }
}

package io.github.subtitleqc.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.subtitleqc.core.baseline.Baseline;
import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.engine.ProgressListener;
import io.github.subtitleqc.core.engine.SourceFile;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.rule.RuleContext;
import io.github.subtitleqc.core.rule.RuleDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** With a baseline, every report says how many findings it left out and how many of its entries are fixed. */
class BaselineReportsTest {

    private static final ReportFormats FORMATS = ReportFormats.discover(BaselineReportsTest.class.getClassLoader());
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reports every cue whose text has a '!'. */
    static final class Shout implements Rule {
        private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("shout", Severity.ERROR, "no shouting");

        @Override
        public RuleDescriptor descriptor() {
            return DESCRIPTOR;
        }

        @Override
        public void check(CueView cue, RuleContext context) {
            if (String.join(" ", cue.visibleLines()).contains("!")) {
                context.report(cue, "this cue shouts: write it calmly");
            }
        }
    }

    private static final String BEFORE = """
            1
            00:00:01,000 --> 00:00:03,000
            Hello!

            2
            00:00:04,000 --> 00:00:06,000
            Go!

            3
            00:00:07,000 --> 00:00:09,000
            Stop!
            """;

    /** A new shouting cue at the top; cue "Hello!" calmed down. */
    private static final String AFTER = """
            1
            00:00:00,000 --> 00:00:00,900
            New!

            2
            00:00:01,000 --> 00:00:03,000
            Hello.

            3
            00:00:04,000 --> 00:00:06,000
            Go!

            4
            00:00:07,000 --> 00:00:09,000
            Stop!
            """;

    @TempDir
    Path dir;

    private Verdict run(Baseline baseline, RunStart.BaselineFile named, List<ConsoleLine> console) throws IOException {
        Engine engine = new Engine(EngineConfig.defaults().withThreads(1).withBaseline(baseline), List.of(new Shout()));
        RunStart start = new RunStart("1.2.3", null, 1, engine.rules(), Severity.ERROR).withBaseline(named);
        ReportTarget target = new ReportTarget(dir.resolve("out"), ReportTarget.BASE_NAME, console::add, 10, null);
        try (OpenWriters writers = OpenWriters.open(FORMATS.select("console,json,sarif,html"), target)) {
            return new ReportRun(start, new Gate(true, Severity.ERROR, 0, 0), null, writers.list()).run(engine,
                    List.of(new SourceFile(dir.resolve("film.srt"), "film.srt")), ProgressListener.NONE);
        }
    }

    @Test
    void everyReportCarriesTheBaselinedAndFixedCounts() throws IOException {
        Files.writeString(dir.resolve("film.srt"), BEFORE, StandardCharsets.UTF_8);
        Baseline recorder = Baseline.recorder();
        new Engine(EngineConfig.defaults().withThreads(1).withBaseline(recorder), List.of(new Shout()))
                .check(new SourceFile(dir.resolve("film.srt"), "film.srt"));
        assertThat(recorder.recorded()).hasSize(3);
        Files.writeString(dir.resolve("film.srt"), AFTER, StandardCharsets.UTF_8);

        List<ConsoleLine> console = new ArrayList<>();
        Verdict verdict = run(Baseline.of(recorder.recorded()),
                new RunStart.BaselineFile("subtitle-qc-baseline.json", "mvn subtitle-qc:baseline"), console);

        assertThat(verdict.failed()).isTrue();
        assertThat(verdict.violations()).as("only the new shout").isEqualTo(1);
        assertThat(console).extracting(ConsoleLine::text).contains(
                "film.srt:[2,1] shout: this cue shouts: write it calmly (cue 1)",
                "subtitle-qc: 2 findings are in the baseline subtitle-qc-baseline.json and were left out; 1 baseline"
                        + " entry matches nothing any more (fixed): run mvn subtitle-qc:baseline to write a smaller"
                        + " baseline")
                .noneMatch(line -> line.contains("(cue 3)") || line.contains("(cue 4)"));

        JsonNode json = JSON.readTree(dir.resolve("out/subtitle-qc.json").toFile());
        assertThat(json.at("/summary/errors").intValue()).isEqualTo(1);
        assertThat(json.at("/summary/baselined").intValue()).isEqualTo(2);
        assertThat(json.at("/summary/baselineFixed").intValue()).isEqualTo(1);
        assertThat(json.at("/files/0/findings").size()).isEqualTo(1);
        assertThat(json.at("/files/0/score").doubleValue()).as("1 error in 4 cues; the baselined weigh nothing")
                .isEqualTo(75.0);

        String sarif = Files.readString(dir.resolve("out/subtitle-qc.sarif"));
        assertThat(SarifReportWriterTest.schemaErrors(sarif)).isEmpty();
        JsonNode run = JSON.readTree(sarif).at("/runs/0");
        assertThat(run.get("results").size()).isEqualTo(1);
        assertThat(run.at("/results/0/baselineState").textValue()).isEqualTo("new");
        assertThat(run.at("/results/0/locations/0/physicalLocation/region/startLine").intValue()).isEqualTo(2);
        assertThat(run.at("/properties/baselineFile").textValue()).isEqualTo("subtitle-qc-baseline.json");
        assertThat(run.at("/properties/baselined").intValue()).isEqualTo(2);
        assertThat(run.at("/properties/baselineFixed").intValue()).isEqualTo(1);

        assertThat(Files.readString(dir.resolve("out/subtitle-qc.html")))
                .contains("2 findings in the baseline subtitle-qc-baseline.json left out, 1 of its entries fixed");
    }

    @Test
    void withoutABaselineNoResultHasABaselineState() throws IOException {
        Files.writeString(dir.resolve("film.srt"), AFTER, StandardCharsets.UTF_8);
        List<ConsoleLine> console = new ArrayList<>();
        run(Baseline.NONE, null, console);
        String sarif = Files.readString(dir.resolve("out/subtitle-qc.sarif"));
        JsonNode run = JSON.readTree(sarif).at("/runs/0");
        assertThat(run.get("results").size()).isEqualTo(3);
        assertThat(run.findValues("baselineState")).isEmpty();
        assertThat(run.has("properties")).isFalse();
        assertThat(console).extracting(ConsoleLine::text).noneMatch(line -> line.contains("baseline"));
        assertThat(JSON.readTree(dir.resolve("out/subtitle-qc.json").toFile()).at("/summary/baselined").intValue())
                .isZero();
    }
}

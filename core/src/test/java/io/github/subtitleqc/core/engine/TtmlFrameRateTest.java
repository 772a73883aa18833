package io.github.subtitleqc.core.engine;

import io.github.subtitleqc.core.model.Finding;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A TTML file's ttp:frameRate is the rate its limits in frames are measured at, whatever the frameRate parameter. */
class TtmlFrameRateTest {

    /** The cues of EngineCheckTest's CHINESE file: gaps of 83 ms and 62 ms. */
    private static byte[] ttml(String parameters) {
        return ("<tt xmlns=\"http://www.w3.org/ns/ttml\" xmlns:ttp=\"http://www.w3.org/ns/ttml#parameter\""
                + " xml:lang=\"zh-Hans\"" + parameters + "><body><div>\n"
                + "<p begin=\"00:00:01.000\" end=\"00:00:02.000\">就是亚马逊Facebook这样的公司</p>\n"
                + "<p begin=\"00:00:02.083\" end=\"00:00:05.000\">然后我们</p>\n"
                + "<p begin=\"00:00:05.062\" end=\"00:00:08.000\">好</p>\n"
                + "</div></body></tt>\n").getBytes(StandardCharsets.UTF_8);
    }

    private static List<Finding> of(FileResult r, String rule) {
        return r.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    @Test
    void theFilesFrameRateWinsAndIsReported() {
        // configured 23.976 fps (the default); the file says 25: 62 ms is 1.55 frames at 25 fps, 2, which passes 2f
        Engine engine = new Engine(EngineConfig.defaults().withThreads(1), TestRules.standard());
        FileResult r = engine.check("talk.zh-Hans.ttml", ttml(" ttp:frameRate=\"25\""));
        assertThat(of(r, "min-gap")).isEmpty();
        assertThat(of(r, "format")).extracting(Finding::line, Finding::column, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, 0, "the file's frame rate is 25 fps (ttp:frameRate), the"
                        + " frameRate parameter is 23.976: limits in frames are measured at the file's 25 fps"));
    }

    @Test
    void aFrameRateThatAgreesIsNoFinding() {
        // 24 × 1000/1001 is the configured 24000/1001: no finding; 62 ms is 1.49 frames, 1, below 2f
        Engine engine = new Engine(EngineConfig.defaults().withThreads(1), TestRules.standard());
        FileResult r = engine.check("talk.zh-Hans.ttml", ttml(" ttp:frameRate=\"24\" ttp:frameRateMultiplier=\"1000 1001\""));
        assertThat(of(r, "format")).isEmpty();
        assertThat(of(r, "min-gap")).extracting(Finding::line).containsExactly(4);
        assertThat(of(r, "min-gap").get(0).message()).contains("at 23.976");
    }

    @Test
    void withoutAFrameRateTheParameterCounts() {
        Engine engine = new Engine(EngineConfig.defaults().withThreads(1), TestRules.standard());
        FileResult r = engine.check("talk.zh-Hans.ttml", ttml(""));
        assertThat(of(r, "format")).isEmpty();
        assertThat(of(r, "min-gap")).hasSize(1);
    }
}

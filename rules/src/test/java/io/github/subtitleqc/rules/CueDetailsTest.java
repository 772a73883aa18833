package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.engine.CueDetails;
import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.engine.RuleOverride;
import io.github.subtitleqc.core.model.Finding;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine keeps each cue's timing, reading speed and text only when asked to. */
class CueDetailsTest {

    private static final String SRT = """
            1
            00:00:01,000 --> 00:00:02,000
            <i>你好</i>世界

            2
            00:00:03,000 --> 00:00:04,000
            一二三四五
            六七八九十

            3
            00:00:05,000 --> 00:00:05,000
            A &amp; B
            """;

    private static FileResult check(EngineConfig config) {
        return Engine.withDiscoveredRules(config.withThreads(1), CueDetailsTest.class.getClassLoader())
                .check("talk.zh-Hans.srt", SRT.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void offByDefault() {
        assertThat(check(EngineConfig.defaults()).cueDetails()).isNull();
    }

    @Test
    void keepsTimingSpeedAsTheRuleCountsItAndVisibleText() {
        FileResult result = check(EngineConfig.defaults().withCueDetails(true));
        CueDetails cues = result.cueDetails();

        assertThat(cues.size()).isEqualTo(3);
        assertThat(cues.startMs(1)).isEqualTo(3000);
        assertThat(cues.endMs(1)).isEqualTo(4000);
        assertThat(cues.text(0)).isEqualTo("你好世界");
        assertThat(cues.text(1)).isEqualTo("一二三四五\n六七八九十");
        assertThat(cues.text(2)).isEqualTo("A & B");
        assertThat(cues.cps(0)).isEqualTo(4.0);
        assertThat(cues.cps(1)).isEqualTo(10.0);
        assertThat(cues.cps(2)).isNaN();
        assertThat(cues.cpsLimit()).isEqualTo(9.0);
        Finding speed = result.findings().stream().filter(f -> f.ruleId().equals("reading-speed")).findFirst().orElseThrow();
        assertThat(speed.cue()).isEqualTo(2);
        assertThat(speed.value()).isEqualTo(cues.cps(1));
    }

    @Test
    void limitIsTheConfiguredOneOrNoneWhenTheRuleIsOff() {
        RuleOverride twelve = new RuleOverride("reading-speed", null, null, Map.of("maxCps", "12"));
        assertThat(check(EngineConfig.defaults().withCueDetails(true).withRules(List.of(twelve))).cueDetails().cpsLimit())
                .isEqualTo(12.0);
        RuleOverride off = new RuleOverride("reading-speed", false, null, Map.of());
        CueDetails withoutRule = check(EngineConfig.defaults().withCueDetails(true).withRules(List.of(off))).cueDetails();
        assertThat(withoutRule.cpsLimit()).isNull();
        assertThat(withoutRule.cps(1)).isEqualTo(10.0);
    }
}

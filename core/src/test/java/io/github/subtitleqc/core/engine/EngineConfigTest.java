package io.github.subtitleqc.core.engine;

import io.github.subtitleqc.core.time.FrameRate;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EngineConfigTest {

    @Test
    void defaultsFollowTheSpec() {
        EngineConfig c = EngineConfig.defaults();
        assertThat(c.profile()).isEqualTo("auto");
        assertThat(c.language()).isNull();
        assertThat(c.frameRate()).isEqualTo(new FrameRate(24000, 1001));
        assertThat(c.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(c.rules()).isEmpty();
        assertThat(c.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void withersChangeOneThing() {
        EngineConfig c = EngineConfig.defaults().withProfile("bbc").withLanguage("en-GB")
                .withFrameRate(FrameRate.parse("25")).withEncoding(StandardCharsets.ISO_8859_1)
                .withRules(List.of(new RuleOverride("min-gap", false, null, null))).withThreads(3);
        assertThat(c).isEqualTo(new EngineConfig("bbc", "en-GB", new FrameRate(25, 1), StandardCharsets.ISO_8859_1,
                List.of(new RuleOverride("min-gap", false, null, Map.of())), 3));
    }

    @Test
    void atLeastOneThread() {
        assertThat(EngineConfig.defaults().withThreads(0).threads()).isEqualTo(1);
        assertThat(EngineConfig.defaults().withThreads(-4).threads()).isEqualTo(1);
    }
}

package io.github.subtitleqc.core.profile;

import io.github.subtitleqc.core.text.Counting;
import io.github.subtitleqc.core.time.TimeLimit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in profiles carry SPEC §5's numbers. */
class ProfilesTest {

    @Test
    void allProfilesInDocumentationOrder() {
        assertThat(Profiles.all()).extracting(Profile::name).containsExactly(
                "netflix-en", "netflix-en-children", "netflix-zh-hans", "netflix-zh-hans-children",
                "netflix-zh-hant", "netflix-ja", "netflix-ko", "bbc");
        assertThat(Profiles.AUTO).isEqualTo("auto");
        assertThat(Profiles.byName("auto")).isEmpty();
        assertThat(Profiles.byName("Netflix-EN")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            netflix-en,               en,      ALL_ONE,      20, 42, 833ms
            netflix-en-children,      en,      ALL_ONE,      17, 42, 833ms
            netflix-zh-hans,          zh-Hans, CJK_WEIGHTED,  9, 16, 833ms
            netflix-zh-hans-children, zh-Hans, CJK_WEIGHTED,  7, 16, 833ms
            netflix-zh-hant,          zh-Hant, CJK_WEIGHTED,  9, 16, 833ms
            netflix-ja,               ja,      CJK_WEIGHTED,  4, 13, 500ms
            netflix-ko,               ko,      CJK_WEIGHTED, 12, 16, 833ms
            """)
    void netflixProfiles(String name, String language, Counting counting, String maxCps, String maxChars,
                         String minDuration) {
        Profile p = Profiles.byName(name).orElseThrow();
        assertThat(p.name()).isEqualTo(name);
        assertThat(p.language()).isEqualTo(language);
        assertThat(p.counting()).isEqualTo(counting);
        assertThat(p.parameters()).isEqualTo(Map.of(
                "maxCps", maxCps,
                "maxChars", maxChars,
                "maxLines", "2",
                "minDuration", minDuration,
                "maxDuration", "7000ms",
                "minGap", "2f"));
        assertThat(TimeLimit.parse(p.parameters().get("minGap"))).isEqualTo(TimeLimit.ofFrames(2));
        assertThat(TimeLimit.parse(p.parameters().get("maxDuration"))).isEqualTo(TimeLimit.ofMillis(7000));
        assertThat(p.source()).startsWith("https://partnerhelp.netflixstudios.com/");
    }

    @Test
    void bbcLimitsWordsPerMinuteAndHasNoCharactersPerSecond() {
        Profile bbc = Profiles.byName("bbc").orElseThrow();
        assertThat(bbc.language()).isEqualTo("en-GB");
        assertThat(bbc.counting()).isEqualTo(Counting.ALL_ONE);
        // no maxCps on purpose: the BBC measures reading speed in words per minute
        assertThat(bbc.parameters()).isEqualTo(Map.of(
                "maxWpm", "180",
                "maxChars", "37",
                "maxLines", "2",
                "minDuration", "0ms",
                "minDurationPerWord", "300ms",
                "maxDuration", "7000ms",
                "minGap", "0ms"));
        assertThat(bbc.parameters()).doesNotContainKey("maxCps");
        assertThat(bbc.source()).startsWith("https://www.bbc.co.uk/accessibility/");
    }

    @Test
    void everyProfileSaysWhereItsNumbersComeFromAndWhen() {
        for (Profile p : Profiles.all()) {
            assertThat(p.source()).as(p.name()).isNotBlank();
            assertThat(LocalDate.parse(p.checked())).as(p.name()).isNotNull();
        }
    }
}

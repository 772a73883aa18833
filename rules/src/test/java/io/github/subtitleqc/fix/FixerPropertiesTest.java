package io.github.subtitleqc.fix;

import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.fix.FixResult;
import io.github.subtitleqc.core.fix.Fixer;
import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.read.DecodedText;
import io.github.subtitleqc.core.read.Lines;
import io.github.subtitleqc.core.read.SrtReader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code fix} on generated SubRip files whose cues overlap, sit too close, are too short and hold
 * stray spaces: it keeps the cues in their order, never shortens a cue below the minimum duration,
 * changes nothing but end times and spaces, and a second fix changes nothing.
 */
class FixerPropertiesTest {

    private static final Engine ENGINE = Engine.withDiscoveredRules(EngineConfig.defaults().withProfile("netflix-en"),
            FixerPropertiesTest.class.getClassLoader());
    private static final Fixer FIXER = new Fixer(ENGINE, Fixer.parseRules(null));
    private static final long MIN_DURATION = 833;

    @Provide
    Arbitrary<String> files() {
        Arbitrary<String> word = Arbitraries.of("Hi", "there", "you", "<i>so</i>", "你好", "世界", "<b>", "</b>", "ok");
        Arbitrary<String> space = Arbitraries.of("", " ", " ", "  ", "   ", "\t", "\u3000");
        Arbitrary<String> mark = Arbitraries.of("", "", ",", "!", "?", ".", "，", "...");
        Arbitrary<String> line = Combinators.combine(space, word.list().ofMinSize(1).ofMaxSize(4), space.list().ofSize(4),
                mark, space).as((lead, words, gaps, m, trail) -> {
                    StringBuilder s = new StringBuilder(lead);
                    for (int i = 0; i < words.size(); i++) {
                        s.append(i == 0 ? "" : gaps.get(i) + (gaps.get(i).isEmpty() ? " " : "")).append(words.get(i));
                    }
                    return s + (m.isEmpty() ? "" : gaps.get(0) + m) + trail;
                });
        Arbitrary<long[]> timing = Combinators.combine(Arbitraries.longs().between(-800, 900),
                Arbitraries.longs().between(100, 3000)).as((gap, length) -> new long[] {gap, length});
        Arbitrary<List<String>> lines = line.list().ofMinSize(1).ofMaxSize(2);
        return Combinators.combine(timing.list().ofMinSize(2).ofMaxSize(8), lines.list().ofSize(8),
                Arbitraries.of("\n", "\r\n"), Arbitraries.of(",", "."), Arbitraries.of(true, false))
                .as((timings, texts, eol, separator, bom) -> {
                    StringBuilder s = new StringBuilder(bom ? "\uFEFF" : "");
                    long end = 1000;
                    long start = 1000;
                    for (int i = 0; i < timings.size(); i++) {
                        // in time order (starts never go back): cues out of order are invalid-timing's
                        start = Math.max(i == 0 ? 1000 : end + timings.get(i)[0], start);
                        end = start + timings.get(i)[1];
                        s.append(i + 1).append(eol).append(time(start, separator)).append(" --> ")
                                .append(time(end, separator)).append(eol);
                        for (String l : texts.get(i)) {
                            s.append(l).append(eol);
                        }
                        s.append(eol);
                    }
                    return s.toString();
                });
    }

    private static String time(long ms, String separator) {
        return String.format(java.util.Locale.ROOT, "%02d:%02d:%02d%s%03d", ms / 3_600_000, ms / 60_000 % 60,
                ms / 1000 % 60, separator, ms % 1000);
    }

    private static List<Cue> cues(String text) {
        return new SrtReader().read(new DecodedText(text.startsWith("\uFEFF") ? text.substring(1) : text,
                StandardCharsets.UTF_8, false, List.of()), i -> { }).cues();
    }

    private static FixResult fix(String file) {
        return FIXER.fix("a.en.srt", file.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 300)
    void neverReordersCuesAndNeverShortensACueBelowTheMinimumDuration(@ForAll("files") String file) {
        FixResult r = fix(file);
        List<Cue> before = cues(file);
        List<Cue> after = cues(new String(r.after(), StandardCharsets.UTF_8));
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            Cue b = before.get(i);
            Cue a = after.get(i);
            assertThat(a.id()).isEqualTo(b.id());
            assertThat(a.startMs()).isEqualTo(b.startMs());
            if (a.endMs() < b.endMs()) {
                assertThat(a.durationMs()).as("cue %d shortened", b.ordinal()).isGreaterThanOrEqualTo(MIN_DURATION);
            }
            if (b.durationMs() >= MIN_DURATION) {
                assertThat(a.durationMs()).isGreaterThanOrEqualTo(MIN_DURATION);
            }
        }
    }

    @Property(tries = 300)
    void changesNothingButEndTimesAndSpaces(@ForAll("files") String file) {
        FixResult r = fix(file);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertThat(java.util.Arrays.equals(r.after(), 0, 3, bom, 0, 3)).isEqualTo(file.startsWith("\uFEFF"));
        String after = new String(r.after(), StandardCharsets.UTF_8);
        assertThat(after.chars().filter(c -> c == '\n').count()).isEqualTo(file.chars().filter(c -> c == '\n').count());
        assertThat(after.chars().filter(c -> c == '\r').count()).isEqualTo(file.chars().filter(c -> c == '\r').count());
        List<String> was = Lines.split(file);
        List<String> now = Lines.split(after);
        assertThat(now).hasSameSizeAs(was);
        for (int i = 0; i < was.size(); i++) {
            String w = was.get(i);
            String n = now.get(i);
            if (w.contains(" --> ")) {
                assertThat(n.substring(0, n.indexOf(" --> ") + 5)).isEqualTo(w.substring(0, w.indexOf(" --> ") + 5));
                assertThat(n).hasSameSizeAs(w);
            } else {
                assertThat(n.replaceAll("[ \t\u3000]", "")).isEqualTo(w.replaceAll("[ \t\u3000]", ""));
            }
        }
    }

    @Property(tries = 300)
    void aSecondFixChangesNothing(@ForAll("files") String file) {
        FixResult first = fix(file);
        FixResult second = FIXER.fix("a.en.srt", first.after());
        assertThat(second.status()).isIn(FixResult.Status.UNCHANGED);
        assertThat(second.notFixed()).isEqualTo(first.notFixed());
    }

    @Property(tries = 200)
    void checkAfterFixFindsOnlyWhatFixNamedAsNotFixable(@ForAll("files") String file) {
        FixResult r = fix(file);
        List<String> left = ENGINE.check("a.en.srt", r.after()).findings().stream()
                .filter(f -> FIXER.rules().contains(f.ruleId()))
                .map(f -> f.ruleId() + "@" + f.line() + ":" + f.column()).toList();
        assertThat(left).isEqualTo(r.notFixed().stream().map(n -> n.ruleId() + "@" + n.line() + ":" + n.column()).toList());
        r.notFixed().forEach(n -> assertThat(n.reason()).doesNotStartWith("still reported"));
    }
}

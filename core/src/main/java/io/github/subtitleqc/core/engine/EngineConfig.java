package io.github.subtitleqc.core.engine;

import io.github.subtitleqc.core.profile.Profiles;
import io.github.subtitleqc.core.time.FrameRate;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * How to check: the knobs of SPEC §8 that concern findings (not reports or pass/fail).
 *
 * @param profile   a profile name or {@code auto}
 * @param language  a BCP 47 tag for every file, or {@code null} to find it per file
 * @param frameRate the rate limits in frames are measured at
 * @param encoding  the encoding of files without a byte order mark
 * @param rules     the user's rule configuration
 * @param threads   how many files to check at once (at least 1)
 */
public record EngineConfig(String profile, String language, FrameRate frameRate, Charset encoding,
                           List<RuleOverride> rules, int threads) {

    public EngineConfig {
        rules = List.copyOf(rules);
        threads = Math.max(1, threads);
    }

    /** The defaults: {@code auto} profile, 23.976 fps, UTF-8, all rules as built, all processors. */
    public static EngineConfig defaults() {
        return new EngineConfig(Profiles.AUTO, null, FrameRate.FILM_NTSC, StandardCharsets.UTF_8, List.of(),
                Runtime.getRuntime().availableProcessors());
    }

    public EngineConfig withProfile(String newProfile) {
        return new EngineConfig(newProfile, language, frameRate, encoding, rules, threads);
    }

    public EngineConfig withLanguage(String newLanguage) {
        return new EngineConfig(profile, newLanguage, frameRate, encoding, rules, threads);
    }

    public EngineConfig withFrameRate(FrameRate newFrameRate) {
        return new EngineConfig(profile, language, newFrameRate, encoding, rules, threads);
    }

    public EngineConfig withEncoding(Charset newEncoding) {
        return new EngineConfig(profile, language, frameRate, newEncoding, rules, threads);
    }

    public EngineConfig withRules(List<RuleOverride> newRules) {
        return new EngineConfig(profile, language, frameRate, encoding, newRules, threads);
    }

    public EngineConfig withThreads(int newThreads) {
        return new EngineConfig(profile, language, frameRate, encoding, rules, newThreads);
    }
}

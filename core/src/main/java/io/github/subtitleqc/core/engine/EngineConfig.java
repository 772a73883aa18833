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
 * @param encoding  the encoding of files without a byte order mark; with {@code detectEncoding},
 *                  the one used when no guess is good enough
 * @param rules     the user's rule configuration
 * @param threads   how many files to check at once (at least 1)
 * @param detectEncoding {@code encoding=auto}: files without a byte order mark that are not valid
 *                  UTF-8 are decoded with the encoding ICU4J guesses, named in a {@code format} finding
 */
public record EngineConfig(String profile, String language, FrameRate frameRate, Charset encoding,
                           List<RuleOverride> rules, int threads, boolean detectEncoding) {

    /** The value of the {@code encoding} parameter that asks for detection. */
    public static final String AUTO_ENCODING = "auto";

    public EngineConfig {
        rules = List.copyOf(rules);
        threads = Math.max(1, threads);
    }

    /** A configuration with a fixed encoding. */
    public EngineConfig(String profile, String language, FrameRate frameRate, Charset encoding,
                        List<RuleOverride> rules, int threads) {
        this(profile, language, frameRate, encoding, rules, threads, false);
    }

    /** The defaults: {@code auto} profile, 23.976 fps, UTF-8, all rules as built, all processors. */
    public static EngineConfig defaults() {
        return new EngineConfig(Profiles.AUTO, null, FrameRate.FILM_NTSC, StandardCharsets.UTF_8, List.of(),
                Runtime.getRuntime().availableProcessors());
    }

    public EngineConfig withProfile(String newProfile) {
        return new EngineConfig(newProfile, language, frameRate, encoding, rules, threads, detectEncoding);
    }

    public EngineConfig withLanguage(String newLanguage) {
        return new EngineConfig(profile, newLanguage, frameRate, encoding, rules, threads, detectEncoding);
    }

    public EngineConfig withFrameRate(FrameRate newFrameRate) {
        return new EngineConfig(profile, language, newFrameRate, encoding, rules, threads, detectEncoding);
    }

    /** A fixed encoding for files without a byte order mark. */
    public EngineConfig withEncoding(Charset newEncoding) {
        return new EngineConfig(profile, language, frameRate, newEncoding, rules, threads, false);
    }

    /**
     * The encoding parameter as a user writes it: {@code auto} (detect, UTF-8 when unsure), a Java
     * charset name, or blank for UTF-8.
     *
     * @throws ConfigurationException for a name Java does not know
     */
    public EngineConfig withEncoding(String name) {
        if (name == null || name.isBlank()) {
            return withEncoding(StandardCharsets.UTF_8);
        }
        if (name.strip().equalsIgnoreCase(AUTO_ENCODING)) {
            return new EngineConfig(profile, language, frameRate, StandardCharsets.UTF_8, rules, threads, true);
        }
        try {
            return withEncoding(Charset.forName(name.strip()));
        } catch (RuntimeException e) {
            throw new ConfigurationException("unknown encoding '" + name + "': use auto, or a Java charset name such"
                    + " as UTF-8, GBK, Big5, Shift_JIS or windows-1252", e);
        }
    }

    public EngineConfig withRules(List<RuleOverride> newRules) {
        return new EngineConfig(profile, language, frameRate, encoding, newRules, threads, detectEncoding);
    }

    public EngineConfig withThreads(int newThreads) {
        return new EngineConfig(profile, language, frameRate, encoding, rules, newThreads, detectEncoding);
    }
}

package io.github.subtitleqc.core.engine;

import io.github.subtitleqc.core.baseline.Baseline;
import io.github.subtitleqc.core.profile.Profiles;
import io.github.subtitleqc.core.time.FrameRate;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * How to check: the knobs of SPEC §8 that concern findings (not reports or pass/fail).
 *
 * @param profile        a profile name or {@code auto}
 * @param language       a BCP 47 tag for every file, or {@code null} to find it per file
 * @param frameRate      the rate limits in frames are measured at
 * @param encoding       the encoding of files without a byte order mark; with {@code detectEncoding},
 *                       the one used when no guess is good enough
 * @param detectEncoding {@code encoding=auto}: files without a byte order mark that are not valid
 *                       UTF-8 are decoded with the encoding ICU4J guesses, named in a {@code format} finding
 * @param rules          the user's rule configuration
 * @param threads        how many files to check at once (at least 1)
 * @param glossaries     glossary files (CSV, TSV, TBX) whose terms the {@code glossary} rule enforces
 * @param cueDetails     whether each {@link FileResult} keeps its cues' timing, reading speed and text
 *                       ({@link CueDetails}), for reports that draw them; off by default, so that a run
 *                       whose reports only list findings holds nothing per cue
 * @param fileSets       settings for some of the files ({@link FileSet}), the first that matches a
 *                       file applying; each has an id (given ones are kept, others are {@code fileSet-<n>})
 * @param kinds          the kinds of track ({@link TrackKinds}) checked as subtitles; other
 *                       descriptions tracks get timing rules only, other kinds no rules
 * @param baseline       the findings left out of the run ({@link Baseline}); {@link Baseline#NONE} for none
 */
public record EngineConfig(String profile, String language, FrameRate frameRate, Charset encoding,
                           boolean detectEncoding, List<RuleOverride> rules, int threads, List<Path> glossaries,
                           boolean cueDetails, List<FileSet> fileSets, java.util.Set<String> kinds,
                           Baseline baseline) {

    /** The value of the {@code encoding} parameter that asks for detection. */
    public static final String AUTO_ENCODING = "auto";

    public EngineConfig {
        rules = List.copyOf(rules);
        threads = Math.max(1, threads);
        glossaries = List.copyOf(glossaries);
        List<FileSet> named = new java.util.ArrayList<>();
        if (fileSets != null) {
            for (int i = 0; i < fileSets.size(); i++) {
                FileSet f = fileSets.get(i);
                named.add(f.id() == null ? f.withId("fileSet-" + (i + 1)) : f);
            }
        }
        fileSets = List.copyOf(named);
        kinds = kinds == null ? TrackKinds.CHECKED_BY_DEFAULT : java.util.Set.copyOf(kinds);
        baseline = baseline == null ? Baseline.NONE : baseline;
    }

    /** A configuration without a baseline. */
    public EngineConfig(String profile, String language, FrameRate frameRate, Charset encoding,
                        boolean detectEncoding, List<RuleOverride> rules, int threads, List<Path> glossaries,
                        boolean cueDetails, List<FileSet> fileSets, java.util.Set<String> kinds) {
        this(profile, language, frameRate, encoding, detectEncoding, rules, threads, glossaries, cueDetails, fileSets,
                kinds, null);
    }

    /** A configuration without file sets, checking subtitles and captions. */
    public EngineConfig(String profile, String language, FrameRate frameRate, Charset encoding,
                        boolean detectEncoding, List<RuleOverride> rules, int threads, List<Path> glossaries,
                        boolean cueDetails) {
        this(profile, language, frameRate, encoding, detectEncoding, rules, threads, glossaries, cueDetails, null, null);
    }

    /** A configuration without cue details. */
    public EngineConfig(String profile, String language, FrameRate frameRate, Charset encoding,
                        boolean detectEncoding, List<RuleOverride> rules, int threads, List<Path> glossaries) {
        this(profile, language, frameRate, encoding, detectEncoding, rules, threads, glossaries, false);
    }

    /** A configuration with a fixed encoding and no glossary. */
    public EngineConfig(String profile, String language, FrameRate frameRate, Charset encoding,
                        List<RuleOverride> rules, int threads) {
        this(profile, language, frameRate, encoding, false, rules, threads, List.of());
    }

    /** The defaults: {@code auto} profile, 23.976 fps, UTF-8, all rules as built, all processors. */
    public static EngineConfig defaults() {
        return new EngineConfig(Profiles.AUTO, null, FrameRate.FILM_NTSC, StandardCharsets.UTF_8, List.of(),
                Runtime.getRuntime().availableProcessors());
    }

    public EngineConfig withProfile(String newProfile) {
        return new EngineConfig(newProfile, language, frameRate, encoding, detectEncoding, rules, threads, glossaries, cueDetails, fileSets, kinds, baseline);
    }

    public EngineConfig withLanguage(String newLanguage) {
        return new EngineConfig(profile, newLanguage, frameRate, encoding, detectEncoding, rules, threads, glossaries, cueDetails, fileSets, kinds, baseline);
    }

    public EngineConfig withFrameRate(FrameRate newFrameRate) {
        return new EngineConfig(profile, language, newFrameRate, encoding, detectEncoding, rules, threads, glossaries, cueDetails, fileSets, kinds, baseline);
    }

    /** A fixed encoding for files without a byte order mark. */
    public EngineConfig withEncoding(Charset newEncoding) {
        return new EngineConfig(profile, language, frameRate, newEncoding, false, rules, threads, glossaries, cueDetails, fileSets, kinds, baseline);
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
            return new EngineConfig(profile, language, frameRate, StandardCharsets.UTF_8, true, rules, threads, glossaries, cueDetails, fileSets, kinds, baseline);
        }
        try {
            return withEncoding(Charset.forName(name.strip()));
        } catch (RuntimeException e) {
            throw new ConfigurationException("unknown encoding '" + name + "': use auto, or a Java charset name such"
                    + " as UTF-8, GBK, Big5, Shift_JIS or windows-1252", e);
        }
    }

    public EngineConfig withRules(List<RuleOverride> newRules) {
        return new EngineConfig(profile, language, frameRate, encoding, detectEncoding, newRules, threads, glossaries, cueDetails, fileSets, kinds, baseline);
    }

    public EngineConfig withThreads(int newThreads) {
        return new EngineConfig(profile, language, frameRate, encoding, detectEncoding, rules, newThreads, glossaries, cueDetails, fileSets, kinds, baseline);
    }

    public EngineConfig withGlossaries(List<Path> newGlossaries) {
        return new EngineConfig(profile, language, frameRate, encoding, detectEncoding, rules, threads, newGlossaries, cueDetails, fileSets, kinds, baseline);
    }

    /** Whether results keep their cues' details ({@link CueDetails}), for reports that draw them. */
    public EngineConfig withCueDetails(boolean keep) {
        return new EngineConfig(profile, language, frameRate, encoding, detectEncoding, rules, threads, glossaries, keep, fileSets, kinds, baseline);
    }

    /** Settings for some of the files; the first file set that matches a file applies. */
    public EngineConfig withFileSets(List<FileSet> newFileSets) {
        return new EngineConfig(profile, language, frameRate, encoding, detectEncoding, rules, threads, glossaries, cueDetails,
                newFileSets, kinds, baseline);
    }

    /** The kinds of track checked as subtitles ({@link TrackKinds#ALL}); null for subtitles and captions. */
    public EngineConfig withKinds(java.util.Set<String> newKinds) {
        return new EngineConfig(profile, language, frameRate, encoding, detectEncoding, rules, threads, glossaries, cueDetails,
                fileSets, newKinds, baseline);
    }

    /**
     * The findings left out of the run: {@link Baseline#NONE}, a baseline read from a file, or a
     * {@link Baseline#recorder()} that records every finding's entry.
     */
    public EngineConfig withBaseline(Baseline newBaseline) {
        return new EngineConfig(profile, language, frameRate, encoding, detectEncoding, rules, threads, glossaries, cueDetails,
                fileSets, kinds, newBaseline);
    }
}

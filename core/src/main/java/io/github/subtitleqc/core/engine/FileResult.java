package io.github.subtitleqc.core.engine;

import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.score.Score;

import java.util.List;

/**
 * What checking one file gave.
 *
 * @param path          the display path
 * @param format        {@code srt}, {@code vtt}, or {@code unknown}
 * @param language      the language found for it, or {@code null}
 * @param profile       the profile it was checked against
 * @param profileReason why that profile
 * @param encoding      the encoding it was decoded with, or {@code null} when it was not read
 * @param cues          the number of cues read
 * @param findings      its findings in report order
 * @param score         its score
 * @param cueDetails    each cue's timing, reading speed and text, when the engine was asked to keep
 *                      them ({@link EngineConfig#withCueDetails}); else {@code null}
 * @param setup         the track's kind, the file set that applied, the language detector's confidence
 * @param baselined     how many of its own findings the baseline left out ({@link EngineConfig#baseline()});
 *                      they are not in {@code findings} and not in the score
 */
public record FileResult(String path, String format, String language, String profile, String profileReason,
                         String encoding, int cues, List<Finding> findings, Score score, CueDetails cueDetails,
                         FileSetup setup, int baselined) {

    public FileResult {
        findings = List.copyOf(findings);
        setup = setup == null ? FileSetup.DEFAULT : setup;
    }

    /** A result of which the baseline left nothing out. */
    public FileResult(String path, String format, String language, String profile, String profileReason,
                      String encoding, int cues, List<Finding> findings, Score score, CueDetails cueDetails,
                      FileSetup setup) {
        this(path, format, language, profile, profileReason, encoding, cues, findings, score, cueDetails, setup, 0);
    }

    /** A result with the default setup. */
    public FileResult(String path, String format, String language, String profile, String profileReason,
                      String encoding, int cues, List<Finding> findings, Score score, CueDetails cueDetails) {
        this(path, format, language, profile, profileReason, encoding, cues, findings, score, cueDetails, null);
    }

    /** A result without cue details, with the default setup. */
    public FileResult(String path, String format, String language, String profile, String profileReason,
                      String encoding, int cues, List<Finding> findings, Score score) {
        this(path, format, language, profile, profileReason, encoding, cues, findings, score, null, null);
    }

    /** The same result with other findings and score (cross-file findings added). */
    public FileResult withFindings(List<Finding> all, Score newScore) {
        return new FileResult(path, format, language, profile, profileReason, encoding, cues, all, newScore, cueDetails,
                setup, baselined);
    }

    /** The number of findings of exactly this severity. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}

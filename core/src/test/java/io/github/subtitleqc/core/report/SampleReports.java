package io.github.subtitleqc.core.report;

import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.engine.Report;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.score.Scoring;

import java.util.List;

/** Reports built by hand, so that report tests do not depend on readers or rules. */
final class SampleReports {

    static final String ZH = "subs/talk.zh-Hans.srt";
    static final String EN = "subs/talk.en.srt";
    static final String WHERE = "target/subtitle-qc/subtitle-qc.json";

    static final Finding WHITESPACE = new Finding("whitespace", Severity.INFO, ZH, 2, 7, 4,
            "two spaces in a row: write one", null, null);
    static final Finding SPEED_3 = new Finding("reading-speed", Severity.ERROR, ZH, 3, 10, 1,
            "reading speed 10.3 chars/s exceeds 9 (netflix-zh-hans): lengthen the cue to ≥ 2.23 s or shorten the text",
            10.345, 9.0);
    static final Finding GAP_5 = new Finding("min-gap", Severity.WARNING, ZH, 5, 18, 0,
            "gap of 41 ms (1 frame) to the previous cue is below 2 frames", 41.0, 83.0);
    static final Finding SPEED_7 = new Finding("reading-speed", Severity.ERROR, ZH, 7, 26, 1,
            "reading speed 9.04 chars/s exceeds 9 (netflix-zh-hans): lengthen the cue to ≥ 3.02 s or shorten the text",
            9.04, 9.0);

    private SampleReports() {
    }

    /** A test input file beside these classes (src/test/resources/io/github/subtitleqc/core/report), as UTF-8 text. */
    static String resource(String name) {
        try (java.io.InputStream in = SampleReports.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static FileResult file(String path, String language, String profile, String reason, int cues, Finding... findings) {
        return new FileResult(path, "srt", language, profile, reason, "UTF-8", cues, List.of(findings),
                Scoring.file(cues, List.of(findings)));
    }

    /**
     * Two files: {@link #ZH} (10 cues: 2 errors, 1 warning, 1 info; score 77.5) and {@link #EN}
     * (30 cues, clean). Build score (10 × 77.5 + 30 × 100) / 40 = 94.375: 94.3.
     */
    static Report twoFiles() {
        return Engine.report(List.of(
                file(ZH, "zh-Hans", "netflix-zh-hans", "language tag 'zh-Hans' in the file name", 10,
                        WHITESPACE, SPEED_3, GAP_5, SPEED_7),
                file(EN, "en", "netflix-en", "language tag 'en' in the file name", 30)));
    }

    /** One file of 10 cues with one error: score 90. */
    static Report oneError() {
        return Engine.report(List.of(file(ZH, "zh-Hans", "netflix-zh-hans", "language tag 'zh-Hans' in the file name",
                10, SPEED_3)));
    }

    static Report clean() {
        return Engine.report(List.of(file(EN, "en", "netflix-en", "language tag 'en' in the file name", 30)));
    }
}

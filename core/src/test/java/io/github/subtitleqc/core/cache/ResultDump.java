package io.github.subtitleqc.core.cache;

import io.github.subtitleqc.core.engine.CueDetails;
import io.github.subtitleqc.core.engine.FileResult;

/**
 * Everything in a {@link FileResult} as text, to compare two results exactly: the record's own
 * text (findings, score with its costs in their order, setup) and each cue's details, which
 * {@link CueDetails} does not compare by value.
 */
final class ResultDump {

    private ResultDump() {
    }

    static String of(FileResult r) {
        StringBuilder s = new StringBuilder(new FileResult(r.path(), r.format(), r.language(), r.profile(),
                r.profileReason(), r.encoding(), r.cues(), r.findings(), r.score(), null, r.setup()).toString());
        s.append("\ncosts in order: ").append(r.score().costs().entrySet());
        CueDetails d = r.cueDetails();
        if (d == null) {
            return s.append("\nno cue details").toString();
        }
        s.append("\ncue details: ").append(d.size()).append(" cues, limit ").append(d.cpsLimit());
        for (int i = 0; i < d.size(); i++) {
            s.append('\n').append(d.startMs(i)).append(' ').append(d.endMs(i)).append(' ')
                    .append(Float.floatToRawIntBits((float) d.cps(i))).append(' ').append(d.text(i));
        }
        return s.toString();
    }
}

package io.github.subtitleqc.core.read;

import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.rule.RuleDescriptor;

import java.util.List;

/**
 * The rules whose findings come from reading a file rather than from checking its cues. They can
 * be switched off or given another severity like any rule, but have no parameters.
 */
public final class ReaderRules {

    /** Bytes that do not decode in the file's encoding. */
    public static final RuleDescriptor ENCODING = RuleDescriptor.of("encoding", Severity.ERROR,
            "bytes that do not decode in the file's encoding");

    /** A block that could not be read; reading goes on with the next block. */
    public static final RuleDescriptor PARSE_ERROR = RuleDescriptor.of("parse-error", Severity.ERROR,
            "a block that could not be read");

    /** A deviation from the format that was read anyway (missing index, '.' before milliseconds...). */
    public static final RuleDescriptor FORMAT = RuleDescriptor.of("format", Severity.INFO,
            "a deviation from the format that was read leniently");

    /**
     * A track that is not checked as subtitles, or only for its timing: a chapters, metadata or
     * descriptions track (see the {@code kinds} parameter).
     */
    public static final RuleDescriptor TRACK_KIND = RuleDescriptor.of("track-kind", Severity.INFO,
            "a chapters, descriptions or metadata track, not checked as subtitles");

    /** All of them, in report order. */
    public static final List<RuleDescriptor> ALL = List.of(ENCODING, PARSE_ERROR, FORMAT, TRACK_KIND);

    private ReaderRules() {
    }
}

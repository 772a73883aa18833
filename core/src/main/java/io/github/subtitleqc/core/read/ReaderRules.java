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

    /** All of them, in report order. */
    public static final List<RuleDescriptor> ALL = List.of(ENCODING, PARSE_ERROR, FORMAT);

    private ReaderRules() {
    }
}

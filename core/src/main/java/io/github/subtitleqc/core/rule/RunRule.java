package io.github.subtitleqc.core.rule;

import io.github.subtitleqc.core.model.Severity;

/**
 * A rule that runs, with the severity its findings get in this run.
 *
 * @param descriptor its id, default severity, description and parameters
 * @param severity   the configured severity, else its default
 * @param crossFile  true for a rule that compares files ({@link ProjectRule}): its findings reach
 *                   writers only when the run ends, never in a file's result, so a writer that
 *                   lists each file's rules (JUnit's test cases) leaves it out there
 */
public record RunRule(RuleDescriptor descriptor, Severity severity, boolean crossFile) {

    /** A rule that looks at one file at a time (a reader or per-cue rule). */
    public RunRule(RuleDescriptor descriptor, Severity severity) {
        this(descriptor, severity, false);
    }

    /** The rule's id. */
    public String id() {
        return descriptor.id();
    }
}

package io.github.subtitleqc.core.rule;

import io.github.subtitleqc.core.model.Severity;

/**
 * A rule that runs, with the severity its findings get in this run.
 *
 * @param descriptor its id, default severity, description and parameters
 * @param severity   the configured severity, else its default
 */
public record RunRule(RuleDescriptor descriptor, Severity severity) {

    /** The rule's id. */
    public String id() {
        return descriptor.id();
    }
}

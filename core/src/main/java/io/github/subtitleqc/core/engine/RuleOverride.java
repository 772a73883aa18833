package io.github.subtitleqc.core.engine;

import java.util.Map;

/**
 * A user's configuration of one rule.
 *
 * @param ruleId     the rule's id
 * @param enabled    {@code false} to switch it off, {@code null} to keep it on
 * @param severity   {@code error}, {@code warning} or {@code info}, or {@code null} for the default
 * @param parameters parameter values by name; they win over the profile's
 */
public record RuleOverride(String ruleId, Boolean enabled, String severity, Map<String, String> parameters) {

    public RuleOverride {
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }
}

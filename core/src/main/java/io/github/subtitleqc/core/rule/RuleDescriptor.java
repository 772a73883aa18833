package io.github.subtitleqc.core.rule;

import io.github.subtitleqc.core.model.Severity;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a rule is: its stable id, default severity, a one-line description and its parameters.
 *
 * @param id              stable id in lower-case kebab case, e.g. {@code reading-speed}
 * @param defaultSeverity the severity of its findings unless configured otherwise
 * @param description     what it flags, in one line
 * @param parameters      its settings; values come from the POM, else the profile, else their default
 */
public record RuleDescriptor(String id, Severity defaultSeverity, String description, List<Parameter<?>> parameters) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public RuleDescriptor {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id '" + id + "' must be lower-case kebab case, e.g. reading-speed");
        }
        parameters = List.copyOf(parameters);
    }

    /** A descriptor. */
    public static RuleDescriptor of(String id, Severity defaultSeverity, String description, Parameter<?>... parameters) {
        return new RuleDescriptor(id, defaultSeverity, description, List.of(parameters));
    }

    /** The parameter with this name, if the rule has one. */
    public Optional<Parameter<?>> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}

package io.github.subtitleqc.core.rule;

import java.util.Map;
import java.util.Optional;

/** A rule's parameter values for one file: from the POM, else the file's profile, else the default. */
public final class RuleSettings {

    private final Map<String, Object> values;

    RuleSettings(Map<String, Object> values) {
        this.values = Map.copyOf(values);
    }

    /** The value of a parameter that has one (every profile or its default sets it). */
    public <T> T get(Parameter<T> parameter) {
        T value = valueOrNull(parameter); // asked for every cue: no Optional, no lambda
        if (value == null) {
            throw new IllegalStateException("parameter " + parameter.name()
                    + " has no value: set it in the rule's configuration or give it a default");
        }
        return value;
    }

    /** The value of a parameter, or null when neither the POM, the profile nor a default sets it. */
    @SuppressWarnings("unchecked")
    public <T> T valueOrNull(Parameter<T> parameter) {
        return (T) values.get(parameter.name());
    }

    /** The value of a parameter, empty when neither the POM, the profile nor a default sets it. */
    public <T> Optional<T> find(Parameter<T> parameter) {
        return Optional.ofNullable(valueOrNull(parameter));
    }

    /**
     * Resolves the values of a rule's parameters.
     *
     * @param descriptor the rule
     * @param configured values from the POM, by parameter name (already validated)
     * @param profile    the profile's typed values, by parameter name: each is checked against the
     *                   rule's declaration of that parameter (its type and validity), not taken on trust
     * @throws IllegalArgumentException when a value does not parse, or a profile's value is not of
     *                                  the type the rule declares
     */
    public static RuleSettings resolve(RuleDescriptor descriptor, Map<String, String> configured, Map<String, ?> profile) {
        Map<String, Object> values = new java.util.HashMap<>();
        for (Parameter<?> p : descriptor.parameters()) {
            if (configured.containsKey(p.name())) {
                values.put(p.name(), p.parse(configured.get(p.name())));
            } else if (profile.containsKey(p.name())) {
                values.put(p.name(), p.accept(profile.get(p.name())));
            } else if (p.defaultValue() != null) {
                values.put(p.name(), p.parse(p.defaultValue()));
            }
        }
        return new RuleSettings(values);
    }
}

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
        return find(parameter).orElseThrow(() -> new IllegalStateException("parameter " + parameter.name()
                + " has no value: set it in the rule's configuration or give it a default"));
    }

    /** The value of a parameter, empty when neither the POM, the profile nor a default sets it. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> find(Parameter<T> parameter) {
        return Optional.ofNullable((T) values.get(parameter.name()));
    }

    /**
     * Resolves the values of a rule's parameters.
     *
     * @param descriptor the rule
     * @param configured values from the POM, by parameter name (already validated)
     * @param profile    values from the profile, by parameter name
     * @throws IllegalArgumentException when a value does not parse
     */
    public static RuleSettings resolve(RuleDescriptor descriptor, Map<String, String> configured, Map<String, String> profile) {
        Map<String, Object> values = new java.util.HashMap<>();
        for (Parameter<?> p : descriptor.parameters()) {
            String text = configured.containsKey(p.name()) ? configured.get(p.name())
                    : profile.containsKey(p.name()) ? profile.get(p.name()) : p.defaultValue();
            if (text != null) {
                values.put(p.name(), p.parse(text));
            }
        }
        return new RuleSettings(values);
    }
}

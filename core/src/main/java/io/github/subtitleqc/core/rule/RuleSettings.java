package io.github.subtitleqc.core.rule;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A rule's parameter values for one file: from the POM, else the file's profile, else the default. */
public final class RuleSettings {

    private final Map<String, Object> values;
    /**
     * The rule's declared parameters and their values (null where none is set): a rule asks with
     * its own parameter objects for every cue, so they are found by identity first, without hashing.
     */
    private final Parameter<?>[] declared;
    private final Object[] declaredValues;

    private RuleSettings(Map<String, Object> values, List<Parameter<?>> parameters) {
        this.values = Map.copyOf(values);
        this.declared = parameters.toArray(new Parameter<?>[0]);
        this.declaredValues = new Object[declared.length];
        for (int i = 0; i < declared.length; i++) {
            declaredValues[i] = this.values.get(declared[i].name());
        }
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
        for (int i = 0; i < declared.length; i++) {
            if (declared[i] == parameter) {
                return (T) declaredValues[i];
            }
        }
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
        return new RuleSettings(values, descriptor.parameters());
    }
}

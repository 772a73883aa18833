package io.github.subtitleqc.core.engine;

import io.github.subtitleqc.core.rule.Rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Finds rules with {@link ServiceLoader}: the built-in ones and any a user adds on the class path. */
public final class RuleRegistry {

    private RuleRegistry() {
    }

    /**
     * The rules visible to {@code loader}, sorted by id.
     *
     * @throws ConfigurationException when a rule cannot be loaded or two rules share an id
     */
    public static List<Rule> discover(ClassLoader loader) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        try {
            for (Rule rule : ServiceLoader.load(Rule.class, loader)) {
                Rule clash = byId.putIfAbsent(rule.descriptor().id(), rule);
                if (clash != null && clash.getClass() != rule.getClass()) {
                    throw new ConfigurationException("two rules have the id '" + rule.descriptor().id() + "': "
                            + clash.getClass().getName() + " and " + rule.getClass().getName()
                            + "; remove one of the jars from the plugin's dependencies");
                }
            }
        } catch (ServiceConfigurationError e) {
            throw new ConfigurationException("a rule could not be loaded: " + e.getMessage(), e);
        }
        List<Rule> rules = new ArrayList<>(byId.values());
        rules.sort(Comparator.comparing(r -> r.descriptor().id()));
        return rules;
    }
}

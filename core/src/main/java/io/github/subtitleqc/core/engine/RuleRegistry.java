package io.github.subtitleqc.core.engine;

import io.github.subtitleqc.core.rule.ProjectRule;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.rule.RuleDescriptor;

import java.util.ArrayList;
import java.util.Arrays;
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
     * The per-cue rules visible to {@code loader}, sorted by id.
     *
     * @throws ConfigurationException when a rule cannot be loaded or two rules share an id
     */
    public static List<Rule> discover(ClassLoader loader) {
        return load(Rule.class, loader);
    }

    /**
     * The project rules visible to {@code loader}, sorted by id.
     *
     * @throws ConfigurationException when a rule cannot be loaded or two rules share an id
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static List<ProjectRule<?>> discoverProjectRules(ClassLoader loader) {
        List<ProjectRule> rules = load(ProjectRule.class, loader);
        return (List<ProjectRule<?>>) (List) rules;
    }

    private static <T> List<T> load(Class<T> service, ClassLoader loader) {
        Map<String, T> byId = new LinkedHashMap<>();
        try {
            for (T rule : ServiceLoader.load(service, loader)) {
                String id = id(rule);
                T clash = byId.putIfAbsent(id, rule);
                if (clash != null && clash.getClass() != rule.getClass()) {
                    throw new ConfigurationException("two rules have the id '" + id + "': " + clash.getClass().getName()
                            + " and " + rule.getClass().getName() + "; remove one of the jars from the plugin's dependencies");
                }
            }
        } catch (ServiceConfigurationError e) {
            throw new ConfigurationException("a rule could not be loaded: " + e.getMessage(), e);
        }
        // sorted by id (ids are unique here), without a comparator object: this runs once, at start
        List<String> ids = new ArrayList<>(byId.keySet());
        String[] sorted = ids.toArray(new String[0]);
        Arrays.sort(sorted);
        List<T> rules = new ArrayList<>(sorted.length);
        for (String id : sorted) {
            rules.add(byId.get(id));
        }
        return rules;
    }

    /** A per-cue or project rule's id. */
    private static String id(Object rule) {
        RuleDescriptor d = rule instanceof Rule r ? r.descriptor() : ((ProjectRule<?>) rule).descriptor();
        return d.id();
    }
}

package io.github.subtitleqc.core.engine;

import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.profile.Profile;
import io.github.subtitleqc.core.profile.ProfileParameters;
import io.github.subtitleqc.core.profile.ProfileSelector;
import io.github.subtitleqc.core.profile.Profiles;
import io.github.subtitleqc.core.read.ReaderRules;
import io.github.subtitleqc.core.rule.Parameter;
import io.github.subtitleqc.core.rule.ProjectReporter;
import io.github.subtitleqc.core.rule.ProjectRule;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.rule.RuleDescriptor;
import io.github.subtitleqc.core.rule.RuleSettings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The settings a file is checked with: the run's own, or one file set's (its profile, language and
 * rule configuration merged over the run's). Built, and every value parsed against every profile,
 * before any file is read, so that a bad value fails the run before it starts.
 */
final class RuleSet {

    /** The file set's id, null for the run's own settings. */
    final String id;
    /** The file set, null for the run's own settings. */
    final FileSet fileSet;
    final ProfileSelector selector;
    /** The severity of each reader rule that is on. */
    final Map<String, Severity> readerSeverities = new HashMap<>();
    /** The per-cue rules that are on, in discovery order. */
    final List<ActiveRule> rules;
    /** One per available cross-file rule, in discovery order; null where it is switched off. */
    final List<ActiveProjectRule> projectRules;
    /** Every per-cue rule that exists, in discovery order, whether on or off here. */
    final List<Rule> available;
    private final Map<String, List<RuleSettings>> settingsByProfile = new ConcurrentHashMap<>();
    private final String where;

    /**
     * @param where how messages name these settings: {@code ""} for the run's, {@code "file set 'x': "}
     * @throws ConfigurationException when the profile, the language or a value does not parse
     */
    RuleSet(String id, FileSet fileSet, String profile, String language, Map<String, RuleOverride> overrides,
            List<Rule> available, List<ProjectRule<?>> availableProjects, String where) {
        this.id = id;
        this.fileSet = fileSet;
        this.where = where;
        try {
            this.selector = new ProfileSelector(profile, language);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(where + e.getMessage(), e);
        }
        for (RuleDescriptor d : ReaderRules.ALL) {
            RuleOverride o = overrides.get(d.id());
            if (!disabled(o)) {
                readerSeverities.put(d.id(), severity(d, o));
            }
        }
        List<ActiveRule> active = new ArrayList<>();
        for (Rule rule : available) {
            RuleOverride o = overrides.get(rule.descriptor().id());
            if (!disabled(o)) {
                active.add(new ActiveRule(rule, severity(rule.descriptor(), o), parameters(o)));
            }
        }
        this.rules = List.copyOf(active);
        this.available = List.copyOf(available);
        List<ActiveProjectRule> projects = new ArrayList<>();
        for (ProjectRule<?> rule : availableProjects) {
            RuleOverride o = overrides.get(rule.descriptor().id());
            projects.add(disabled(o) ? null : new ActiveProjectRule(rule, severity(rule.descriptor(), o), parameters(o)));
        }
        this.projectRules = Collections.unmodifiableList(projects);
        // Every value is checked now, against every profile, so that a bad value fails before any file
        // is read, with the message the first failing profile gives. The first profile is resolved in
        // full: the values from the POM and the defaults parse alike for every profile, so after it
        // only the profiles' own values can fail, and only where a rule declares a profile parameter
        // otherwise than the profiles do (the built-in rules do not: then the other profiles are not
        // even parsed). Each profile's settings are made when a file needs them.
        settingsFor(Profiles.first());
        if (declaresAProfileParameterOtherwise()) {
            List<Profile> profiles = Profiles.all();
            for (int i = 1; i < profiles.size(); i++) {
                checkProfileValues(profiles.get(i));
            }
        }
    }

    /**
     * Whether a rule that is on takes from the profiles a parameter it declares with another type,
     * or as greater than 0 where the profiles do not require it: only then can a profile's value,
     * parsed with the profiles' declaration, fail the rule's.
     */
    private boolean declaresAProfileParameterOtherwise() {
        for (ActiveRule r : rules) {
            if (declaresOtherwise(r.rule().descriptor(), r.parameters())) {
                return true;
            }
        }
        for (ActiveProjectRule r : projectRules) {
            if (r != null && declaresOtherwise(r.rule().descriptor(), r.parameters())) {
                return true;
            }
        }
        return false;
    }

    private static boolean declaresOtherwise(RuleDescriptor descriptor, Map<String, String> configured) {
        for (Parameter<?> p : descriptor.parameters()) {
            Parameter<?> profiles = ProfileParameters.named(p.name());
            if (profiles != null && !configured.containsKey(p.name()) && !p.acceptsEveryValueOf(profiles)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks each value {@code profile} gives a rule that is on against the rule's declaration, as
     * {@link RuleSettings#resolve} does, in the same order: rules in discovery order, per-cue before
     * cross-file, parameters in declared order; a value the POM sets is not the profile's.
     *
     * @throws ConfigurationException as {@link #settingsFor} would for this profile
     */
    private void checkProfileValues(Profile profile) {
        Map<String, Object> values = profile.parameters();
        for (ActiveRule r : rules) {
            checkProfileValues(r.rule().descriptor(), r.parameters(), values);
        }
        for (ActiveProjectRule r : projectRules) {
            if (r != null) {
                checkProfileValues(r.rule().descriptor(), r.parameters(), values);
            }
        }
    }

    private void checkProfileValues(RuleDescriptor descriptor, Map<String, String> configured, Map<String, Object> values) {
        for (Parameter<?> p : descriptor.parameters()) {
            Object value = values.get(p.name());
            if (value == null || configured.containsKey(p.name())) {
                continue;
            }
            try {
                p.accept(value);
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(where + "rule '" + descriptor.id() + "': " + e.getMessage(), e);
            }
        }
    }

    /** Each rule's settings for a profile: the per-cue rules', then the cross-file rules' (null where off). */
    List<RuleSettings> settingsFor(Profile profile) {
        List<RuleSettings> made = settingsByProfile.get(profile.name());
        if (made != null) {
            return made;
        }
        List<RuleSettings> list = new ArrayList<>(rules.size() + projectRules.size());
        for (ActiveRule r : rules) {
            list.add(resolve(r.rule().descriptor(), r.parameters(), profile));
        }
        for (ActiveProjectRule r : projectRules) {
            list.add(r == null ? null : resolve(r.rule().descriptor(), r.parameters(), profile));
        }
        // two threads may make a profile's settings at once: they are equal, and the first one kept is used
        made = settingsByProfile.putIfAbsent(profile.name(), Collections.unmodifiableList(list));
        return made != null ? made : settingsByProfile.get(profile.name());
    }

    /** The severity of the {@code index}th available per-cue rule here, null when it is off. */
    Severity severityOfRule(int index) {
        Rule rule = available.get(index);
        for (ActiveRule r : rules) {
            if (r.rule() == rule) {
                return r.severity();
            }
        }
        return null;
    }

    private RuleSettings resolve(RuleDescriptor descriptor, Map<String, String> parameters, Profile profile) {
        try {
            return RuleSettings.resolve(descriptor, parameters, profile.parameters());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(where + "rule '" + descriptor.id() + "': " + e.getMessage(), e);
        }
    }

    private static boolean disabled(RuleOverride o) {
        return o != null && Boolean.FALSE.equals(o.enabled());
    }

    private static Map<String, String> parameters(RuleOverride o) {
        return o == null ? Map.of() : o.parameters();
    }

    /** The configured severity, else the rule's default. */
    private Severity severity(RuleDescriptor d, RuleOverride o) {
        return o == null || o.severity() == null ? d.defaultSeverity() : RunSettings.severity(o, where);
    }

    /** A per-cue rule that runs, with its severity and the user's parameter values. */
    record ActiveRule(Rule rule, Severity severity, Map<String, String> parameters) {
    }

    /** A cross-file rule that runs, with its severity and the user's parameter values. */
    record ActiveProjectRule(ProjectRule<?> rule, Severity severity, Map<String, String> parameters) {

        @SuppressWarnings("unchecked")
        void finish(List<Object> summaries, ProjectReporter reporter) {
            ((ProjectRule<Object>) rule).finish(summaries, reporter);
        }
    }
}

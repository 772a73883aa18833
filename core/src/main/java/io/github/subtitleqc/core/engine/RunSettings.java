package io.github.subtitleqc.core.engine;

import io.github.subtitleqc.core.glossary.Glossary;
import io.github.subtitleqc.core.glossary.GlossaryException;
import io.github.subtitleqc.core.glossary.GlossaryReader;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.read.ReaderRules;
import io.github.subtitleqc.core.rule.ProjectRule;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.rule.RuleDescriptor;
import io.github.subtitleqc.core.rule.RunRule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The configuration stage: turns an {@link EngineConfig} and the rules that exist into the
 * settings each file is checked with ({@link RuleSet}s: the run's own and one per file set) and
 * the glossary. Every rule id, parameter name, value, profile, language and glossary is checked
 * here, before any file is read.
 */
final class RunSettings {

    /** The run's own settings, for files no file set matches. */
    final RuleSet defaults;
    /** Each file set's settings, in the configured order. */
    final List<RuleSet> fileSets;
    final Glossary glossary;

    /**
     * @throws ConfigurationException when the configuration names an unknown profile, rule or
     *                                parameter, a value does not parse, or a glossary cannot be read;
     *                                for a file set's configuration, the message names the file set
     */
    RunSettings(EngineConfig config, List<Rule> available, List<ProjectRule<?>> availableProjects) {
        Map<String, RuleDescriptor> known = new LinkedHashMap<>();
        for (RuleDescriptor d : ReaderRules.ALL) {
            known.put(d.id(), d);
        }
        for (Rule r : available) {
            known.put(r.descriptor().id(), r.descriptor());
        }
        for (ProjectRule<?> r : availableProjects) {
            known.put(r.descriptor().id(), r.descriptor());
        }
        Map<String, RuleOverride> overrides = overrides(config.rules(), known, "");
        this.defaults = new RuleSet(null, null, config.profile(), config.language(), overrides, available,
                availableProjects, "");
        List<RuleSet> sets = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (FileSet fileSet : config.fileSets()) {
            String where = "file set '" + fileSet.id() + "': ";
            if (!ids.add(fileSet.id())) {
                throw new ConfigurationException("two file sets have the id '" + fileSet.id() + "': give each its own");
            }
            if (fileSet.includes().isEmpty()) {
                throw new ConfigurationException(where + "no <includes>: name the files it applies to, such as **/kids/**");
            }
            List<String> patterns = new ArrayList<>(fileSet.includes());
            patterns.addAll(fileSet.excludes());
            for (String pattern : patterns) {
                try {
                    FileSet.matcher(pattern);
                } catch (IllegalArgumentException e) {
                    throw new ConfigurationException(where + e.getMessage(), e);
                }
            }
            Map<String, RuleOverride> merged = merge(overrides, overrides(fileSet.rules(), known, where));
            sets.add(new RuleSet(fileSet.id(), fileSet,
                    fileSet.profile() != null ? fileSet.profile() : config.profile(),
                    fileSet.language() != null ? fileSet.language() : config.language(),
                    merged, available, availableProjects, where));
        }
        this.fileSets = List.copyOf(sets);
        try {
            // no glossary, no reader: its CSV and XML parsers are not loaded
            this.glossary = config.glossaries().isEmpty() ? Glossary.EMPTY
                    : new GlossaryReader().readAll(config.glossaries());
        } catch (GlossaryException e) {
            throw new ConfigurationException(e.getMessage(), e);
        }
    }

    /** The settings for a file: the first file set that matches it, else the run's own. */
    RuleSet ruleSet(String displayPath) {
        for (RuleSet set : fileSets) {
            if (set.fileSet.matches(displayPath)) {
                return set;
            }
        }
        return defaults;
    }

    /**
     * The rules that run on some file, with the severity their findings get: the reader rules,
     * the per-cue rules and the cross-file rules, each in discovery order. The run's own settings
     * give the severity; a rule that only file sets switch on has the first such file set's.
     */
    List<RunRule> rules() {
        List<RuleSet> all = new ArrayList<>();
        all.add(defaults);
        for (RuleSet set : fileSets) {
            if (!set.fileSet.skip()) {
                all.add(set);
            }
        }
        List<RunRule> out = new ArrayList<>();
        for (RuleDescriptor d : ReaderRules.ALL) {
            for (RuleSet set : all) {
                Severity s = set.readerSeverities.get(d.id());
                if (s != null) {
                    out.add(new RunRule(d, s));
                    break;
                }
            }
        }
        for (int i = 0; i < defaults.available.size(); i++) {
            for (RuleSet set : all) {
                Severity s = set.severityOfRule(i);
                if (s != null) {
                    out.add(new RunRule(defaults.available.get(i).descriptor(), s));
                    break;
                }
            }
        }
        for (int i = 0; i < defaults.projectRules.size(); i++) {
            for (RuleSet set : all) {
                RuleSet.ActiveProjectRule r = set.projectRules.get(i);
                if (r != null) {
                    out.add(new RunRule(r.rule().descriptor(), r.severity(), true));
                    break;
                }
            }
        }
        return List.copyOf(out);
    }

    /** Whether a cross-file rule is on for the run or for some file set. */
    boolean runs(ProjectRule<?> rule) {
        List<RuleSet> all = new ArrayList<>(fileSets);
        all.add(defaults);
        for (RuleSet set : all) {
            for (RuleSet.ActiveProjectRule r : set.projectRules) {
                if (r != null && r.rule() == rule) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The overrides by rule id, each checked against the rules that exist. */
    private static Map<String, RuleOverride> overrides(List<RuleOverride> given, Map<String, RuleDescriptor> known,
                                                       String where) {
        Map<String, RuleOverride> overrides = new LinkedHashMap<>();
        for (RuleOverride o : given) {
            if (o.ruleId() == null || !known.containsKey(o.ruleId())) {
                throw new ConfigurationException(where + "unknown rule id '" + o.ruleId() + "' in the rules configuration"
                        + Suggestions.didYouMean(o.ruleId(), known.keySet()) + "; known rules: "
                        + String.join(", ", known.keySet()));
            }
            if (overrides.put(o.ruleId(), o) != null) {
                throw new ConfigurationException(where + "rule '" + o.ruleId()
                        + "' is configured twice: merge the two entries");
            }
            RuleDescriptor d = known.get(o.ruleId());
            for (String name : o.parameters().keySet()) {
                if (d.parameter(name).isEmpty()) {
                    List<String> names = d.parameters().stream().map(p -> p.name()).toList();
                    throw new ConfigurationException(where + "rule '" + d.id() + "' has no parameter '" + name + "'"
                            + Suggestions.didYouMean(name, names)
                            + (names.isEmpty() ? "; it takes none" : "; its parameters: " + String.join(", ", names)));
                }
            }
            if (o.severity() != null) {
                severity(o, where);
            }
        }
        return overrides;
    }

    /**
     * A file set's overrides over the run's: for a rule in both, the file set's {@code enabled}
     * and {@code severity} win when given, and its parameters are added, winning over the run's.
     */
    static Map<String, RuleOverride> merge(Map<String, RuleOverride> run, Map<String, RuleOverride> fileSet) {
        Map<String, RuleOverride> merged = new LinkedHashMap<>(run);
        fileSet.forEach((id, o) -> merged.merge(id, o, (top, set) -> {
            Map<String, String> parameters = new LinkedHashMap<>(top.parameters());
            parameters.putAll(set.parameters());
            return new RuleOverride(id, set.enabled() != null ? set.enabled() : top.enabled(),
                    set.severity() != null ? set.severity() : top.severity(), parameters);
        }));
        return merged;
    }

    /** The severity an override configures. */
    static Severity severity(RuleOverride o, String where) {
        try {
            return Severity.parse(o.severity());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(where + "rule '" + o.ruleId() + "': " + e.getMessage(), e);
        }
    }
}

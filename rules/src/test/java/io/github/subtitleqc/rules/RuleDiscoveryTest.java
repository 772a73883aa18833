package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.engine.RuleRegistry;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.profile.Profile;
import io.github.subtitleqc.core.profile.Profiles;
import io.github.subtitleqc.core.rule.ProjectRule;
import io.github.subtitleqc.core.rule.Rule;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The built-in rules as a user's build finds them: through ServiceLoader, with SPEC §3's ids and severities. */
class RuleDiscoveryTest {

    private final List<Rule> rules = RuleRegistry.discover(RuleDiscoveryTest.class.getClassLoader());
    private final List<ProjectRule<?>> projectRules =
            RuleRegistry.discoverProjectRules(RuleDiscoveryTest.class.getClassLoader());

    @Test
    void findsExactlyTheElevenBuiltInPerCueRulesWithTheirSpecSeverities() {
        Map<String, Severity> found = new LinkedHashMap<>();
        rules.forEach(r -> found.put(r.descriptor().id(), r.descriptor().defaultSeverity()));

        assertThat(found).containsExactly(
                entry("empty-cue", Severity.WARNING),
                entry("glossary", Severity.ERROR),
                entry("invalid-timing", Severity.ERROR),
                entry("line-length", Severity.ERROR),
                entry("max-duration", Severity.WARNING),
                entry("max-lines", Severity.ERROR),
                entry("min-duration", Severity.WARNING),
                entry("min-gap", Severity.WARNING),
                entry("overlap", Severity.ERROR),
                entry("reading-speed", Severity.ERROR),
                entry("whitespace", Severity.INFO));
    }

    @Test
    void findsTheProjectRulesThatLookAcrossFiles() {
        Map<String, Severity> found = new LinkedHashMap<>();
        projectRules.forEach(r -> found.put(r.descriptor().id(), r.descriptor().defaultSeverity()));

        assertThat(found).containsExactly(
                entry("term-consistency", Severity.WARNING),
                entry("term-near-miss", Severity.INFO));
    }

    @Test
    void everyParameterAProfileSetsBelongsToABuiltInRule() {
        Set<String> parameters = rules.stream().flatMap(r -> r.descriptor().parameters().stream())
                .map(p -> p.name()).collect(Collectors.toSet());

        for (Profile profile : Profiles.all()) {
            assertThat(parameters).as("parameters of profile %s that no rule reads", profile.name())
                    .containsAll(profile.parameters().keySet());
        }
    }

    @Test
    void rulesKeepNoStateInInstanceFields() {
        List<Object> all = new java.util.ArrayList<>(rules);
        all.addAll(projectRules);
        for (Object rule : all) {
            List<String> instanceFields = Arrays.stream(rule.getClass().getDeclaredFields())
                    .filter(f -> !Modifier.isStatic(f.getModifiers())).map(Field::getName).toList();
            assertThat(instanceFields).as("instance fields of %s (one instance checks many files at once)",
                    rule.getClass().getSimpleName()).isEmpty();
        }
    }
}

package io.github.subtitleqc.core.engine;

import io.github.subtitleqc.core.glossary.Glossary;
import io.github.subtitleqc.core.model.SubtitleDocument;
import io.github.subtitleqc.core.profile.ProfileChoice;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.rule.RuleDescriptor;
import io.github.subtitleqc.core.rule.RuleSettings;
import io.github.subtitleqc.core.time.FrameRate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings one file is checked with, as {@code check} decides them: its profile and language,
 * the frame rate, the glossary, and the values of each rule's parameters. For tools that act on
 * what the rules find (the {@code fix} goal) without deciding those settings a second way.
 */
public final class FileSettings {

    private final ProfileChoice choice;
    private final FrameRate frameRate;
    private final Glossary glossary;
    private final Map<String, RuleSettings> running;
    private final Map<String, RuleDescriptor> available;

    private FileSettings(ProfileChoice choice, FrameRate frameRate, Glossary glossary,
                         Map<String, RuleSettings> running, Map<String, RuleDescriptor> available) {
        this.choice = choice;
        this.frameRate = frameRate;
        this.glossary = glossary;
        this.running = running;
        this.available = available;
    }

    /** A file's settings: its file set's (or the run's), its profile, and the rules its track's kind runs. */
    static FileSettings of(EngineConfig config, RunSettings settings, String displayPath, SubtitleDocument document) {
        RuleSet set = settings.ruleSet(displayPath);
        ProfileChoice choice = set.selector.choose(displayPath, document);
        String kind = TrackKinds.recognise(displayPath, document).kind();
        boolean all = config.kinds().contains(kind);
        boolean timing = !all && kind.equals(TrackKinds.DESCRIPTIONS);
        List<RuleSettings> values = set.settingsFor(choice.profile());
        Map<String, RuleSettings> running = new HashMap<>();
        for (int i = 0; i < set.rules.size(); i++) {
            String id = set.rules.get(i).rule().descriptor().id();
            if (all || timing && TrackKinds.DESCRIPTION_RULES.contains(id)) {
                running.put(id, values.get(i));
            }
        }
        Map<String, RuleDescriptor> available = new HashMap<>();
        for (Rule r : set.available) {
            available.put(r.descriptor().id(), r.descriptor());
        }
        return new FileSettings(choice, config.frameRate(), settings.glossary, running, available);
    }

    /** The profile chosen for the file, its language, and why. */
    public ProfileChoice choice() {
        return choice;
    }

    public FrameRate frameRate() {
        return frameRate;
    }

    public Glossary glossary() {
        return glossary;
    }

    /** Whether the per-cue rule runs on this file (it is on, and the track's kind runs it). */
    public boolean runs(String ruleId) {
        return running.containsKey(ruleId);
    }

    /**
     * A per-cue rule's parameter values for this file: those it is checked with when it runs;
     * else the profile's values and the defaults. Empty for a rule that does not exist.
     */
    public Optional<RuleSettings> settings(String ruleId) {
        RuleSettings s = running.get(ruleId);
        if (s != null) {
            return Optional.of(s);
        }
        RuleDescriptor d = available.get(ruleId);
        return d == null ? Optional.empty()
                : Optional.of(RuleSettings.resolve(d, Map.of(), choice.profile().parameters()));
    }

    /** The value of a rule's parameter for this file, if the rule exists and the parameter has one. */
    public <T> Optional<T> value(String ruleId, String parameter, Class<T> type) {
        RuleDescriptor d = available.get(ruleId);
        if (d == null) {
            return Optional.empty();
        }
        return d.parameter(parameter).flatMap(p -> settings(ruleId).flatMap(s -> s.find(p)))
                .filter(type::isInstance).map(type::cast);
    }
}

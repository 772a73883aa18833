package io.github.subtitleqc.core.profile;

import io.github.subtitleqc.core.rule.Parameter;
import io.github.subtitleqc.core.time.TimeLimit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The limits a profile can set, each with its type: a profile's values are parsed against these
 * once, when the profiles are loaded, and a rule's parameter of the same name takes the value
 * only if it declares the same type (checked when the engine is built, before any file is read).
 */
public final class ProfileParameters {

    public static final Parameter<Double> MAX_CPS = Parameter.decimal("maxCps", "the most characters per second").positive();
    public static final Parameter<Double> MAX_WPM = Parameter.decimal("maxWpm", "the most words per minute").positive();
    public static final Parameter<Double> MAX_CHARS = Parameter.decimal("maxChars", "the most characters in one line").positive();
    public static final Parameter<Integer> MAX_LINES = Parameter.integer("maxLines", "the most lines in one cue").positive();
    public static final Parameter<TimeLimit> MIN_DURATION = Parameter.duration("minDuration", "the shortest a cue may show");
    public static final Parameter<TimeLimit> MIN_DURATION_PER_WORD = Parameter.duration("minDurationPerWord",
            "the least time a cue shows per word");
    public static final Parameter<TimeLimit> MAX_DURATION = Parameter.duration("maxDuration", "the longest a cue may show").positive();
    public static final Parameter<TimeLimit> MIN_GAP = Parameter.duration("minGap", "the least gap between two cues");

    /** Every limit a profile can set, in documentation order. */
    public static final List<Parameter<?>> ALL = List.of(MAX_CPS, MAX_WPM, MAX_CHARS, MAX_LINES, MIN_DURATION,
            MIN_DURATION_PER_WORD, MAX_DURATION, MIN_GAP);

    private ProfileParameters() {
    }

    /**
     * A profile's values as written (in the profile table), parsed to their types.
     *
     * @throws IllegalArgumentException naming the profile, when a name is not a profile parameter
     *                                  or a value does not parse
     */
    static Map<String, Object> parse(String profile, Map<String, String> text) {
        return parse(profile, text, null);
    }

    /**
     * As {@link #parse(String, Map)}, taking a value already parsed from the same text for the same
     * parameter from {@code parsed} (and adding the new ones), when not null: the profile table
     * repeats a few values (833ms, 7000ms, 2f) in every row. The values are immutable.
     */
    static Map<String, Object> parse(String profile, Map<String, String> text, Map<String, Object> parsed) {
        Map<String, Object> typed = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : text.entrySet()) {
            String name = e.getKey();
            String value = e.getValue();
            Parameter<?> p = named(name);
            if (p == null) {
                throw new IllegalArgumentException("profile " + profile + ": '" + name
                        + "' is not a profile parameter; they are " + ALL);
            }
            String key = parsed == null ? null : name + '\t' + value;
            Object v = key == null ? null : parsed.get(key);
            if (v == null) {
                try {
                    v = p.parse(value);
                } catch (IllegalArgumentException x) {
                    throw new IllegalArgumentException("profile " + profile + ": " + x.getMessage(), x);
                }
                if (key != null) {
                    parsed.put(key, v);
                }
            }
            typed.put(name, v);
        }
        return typed;
    }

    /** The profile parameter with this name, or null. */
    public static Parameter<?> named(String name) {
        for (Parameter<?> p : ALL) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }
}

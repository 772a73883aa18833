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
        Map<String, Object> typed = new LinkedHashMap<>();
        text.forEach((name, value) -> {
            Parameter<?> p = ALL.stream().filter(x -> x.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("profile " + profile + ": '" + name
                            + "' is not a profile parameter; they are " + ALL));
            try {
                typed.put(name, p.parse(value));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("profile " + profile + ": " + e.getMessage(), e);
            }
        });
        return typed;
    }
}

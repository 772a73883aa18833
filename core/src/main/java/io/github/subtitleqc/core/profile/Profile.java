package io.github.subtitleqc.core.profile;

import io.github.subtitleqc.core.text.Counting;

import java.util.Map;

/**
 * A set of limits from a published style guide (SPEC §5).
 *
 * @param name       e.g. {@code netflix-zh-hans}
 * @param language   the BCP 47 tag it is for, e.g. {@code zh-Hans}
 * @param counting   how characters are counted
 * @param parameters typed limits by parameter name ({@code maxCps} → {@code Double}, {@code minGap} →
 *                   {@code TimeLimit}…), of the types {@link ProfileParameters} declares
 * @param source     where the numbers come from
 * @param checked    the date the numbers were last checked against the source (ISO 8601)
 */
public record Profile(String name, String language, Counting counting, Map<String, Object> parameters,
                      String source, String checked) {

    public Profile {
        parameters = Map.copyOf(parameters);
    }

    /** A profile whose limits are given as text, as in the profile table: parsed to their types. */
    public static Profile parse(String name, String language, Counting counting, Map<String, String> parameters,
                                String source, String checked) {
        return new Profile(name, language, counting, ProfileParameters.parse(name, parameters), source, checked);
    }

    /** The profile's value of a limit, if it sets it. */
    public <T> java.util.Optional<T> value(io.github.subtitleqc.core.rule.Parameter<T> parameter) {
        return java.util.Optional.ofNullable(parameters.get(parameter.name())).map(parameter::accept);
    }
}

package io.github.subtitleqc.core.profile;

import io.github.subtitleqc.core.text.Counting;

import java.util.Map;

/**
 * A set of limits from a published style guide (SPEC §5).
 *
 * @param name       e.g. {@code netflix-zh-hans}
 * @param language   the BCP 47 tag it is for, e.g. {@code zh-Hans}
 * @param counting   how characters are counted
 * @param parameters rule parameter values by parameter name ({@code maxCps}, {@code maxChars}…)
 * @param source     where the numbers come from
 * @param checked    the date the numbers were last checked against the source (ISO 8601)
 */
public record Profile(String name, String language, Counting counting, Map<String, String> parameters,
                      String source, String checked) {

    public Profile {
        parameters = Map.copyOf(parameters);
    }
}

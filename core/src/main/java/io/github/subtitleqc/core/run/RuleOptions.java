package io.github.subtitleqc.core.run;

import io.github.subtitleqc.core.engine.ConfigurationException;
import io.github.subtitleqc.core.engine.RuleOverride;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rule settings of a command line ({@code --rule id:key=value}, {@code --disable id},
 * {@code --severity id=level}) as the plugin's {@code <rules>} give them: one {@link RuleOverride}
 * per rule, in the order rules were first named. The command-line tool and the Spark job share it;
 * the engine then checks ids, parameters and levels as it does for the plugin.
 */
public final class RuleOptions {

    private RuleOptions() {
    }

    /**
     * @throws ConfigurationException for a {@code --rule} not written {@code id:key=value} or a
     *                                {@code --severity} not written {@code id=level}
     */
    public static List<RuleOverride> overrides(List<String> rules, List<String> disabled, List<String> severities) {
        Map<String, Map<String, String>> parameters = new LinkedHashMap<>();
        Map<String, String> severity = new LinkedHashMap<>();
        Set<String> ids = new LinkedHashSet<>();
        for (String r : rules) {
            int colon = r.indexOf(':');
            int eq = r.indexOf('=', colon + 1);
            if (colon <= 0 || eq < colon + 2) {
                throw new ConfigurationException("--rule " + r + ": write it as id:parameter=value, such as"
                        + " reading-speed:maxCps=17");
            }
            String id = r.substring(0, colon).trim();
            ids.add(id);
            parameters.computeIfAbsent(id, k -> new LinkedHashMap<>())
                    .put(r.substring(colon + 1, eq).trim(), r.substring(eq + 1).trim());
        }
        Set<String> off = new LinkedHashSet<>();
        for (String d : disabled) {
            off.add(d.trim());
            ids.add(d.trim());
        }
        for (String s : severities) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new ConfigurationException("--severity " + s + ": write it as id=level, such as"
                        + " reading-speed=warning");
            }
            String id = s.substring(0, eq).trim();
            ids.add(id);
            severity.put(id, s.substring(eq + 1).trim());
        }
        List<RuleOverride> out = new ArrayList<>();
        for (String id : ids) {
            out.add(new RuleOverride(id, off.contains(id) ? false : null, severity.get(id),
                    parameters.getOrDefault(id, Map.of())));
        }
        return out;
    }
}

package io.github.subtitleqc.core.report;

import io.github.subtitleqc.core.engine.ConfigurationException;
import io.github.subtitleqc.core.engine.Suggestions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;

/** The report formats {@link ServiceLoader} finds, and the ones a {@code formats} list names. */
public final class ReportFormats {

    private final Map<String, ReportFormat> byId = new LinkedHashMap<>();

    private ReportFormats(Iterable<ReportFormat> formats) {
        for (ReportFormat f : formats) {
            byId.putIfAbsent(f.id(), f);
        }
    }

    /** The formats on {@code loader}'s classpath: the built-in ones and any a user adds. */
    public static ReportFormats discover(ClassLoader loader) {
        return new ReportFormats(ServiceLoader.load(ReportFormat.class, loader));
    }

    /** The ids known, in discovery order. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /**
     * The formats a comma-separated list names, each once, in the order given; ids are matched
     * without regard to case and spaces around them.
     *
     * @throws ConfigurationException for an unknown id, with "did you mean" and the known ids
     */
    public List<ReportFormat> select(String list) {
        List<ReportFormat> out = new ArrayList<>();
        for (String written : (list == null ? "" : list).split(",")) {
            String id = written.trim().toLowerCase(Locale.ROOT);
            if (id.isEmpty()) {
                continue;
            }
            ReportFormat f = byId.get(id);
            if (f == null) {
                throw new ConfigurationException("unknown report format '" + written.trim() + "' in formats"
                        + Suggestions.didYouMean(id, byId.keySet()) + ": use any of " + String.join(", ", byId.keySet())
                        + ", separated by commas");
            }
            if (!out.contains(f)) {
                out.add(f);
            }
        }
        return out;
    }
}

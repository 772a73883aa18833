package io.github.subtitleqc.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How serious a finding is. Ordered from least to most serious. */
public enum Severity {
    INFO,
    WARNING,
    ERROR;

    /** The lower-case name used in POMs and reports: {@code info}, {@code warning}, {@code error}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is {@code other} or more serious. */
    public boolean isAtLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    /**
     * Parses {@code error}, {@code warning} or {@code info} (any case).
     *
     * @throws IllegalArgumentException with a message listing the accepted values
     */
    public static Severity parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        if (t.equals("WARN")) {
            return WARNING;
        }
        for (Severity s : values()) {
            if (s.name().equals(t)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + text + "': use one of "
                + Arrays.stream(values()).map(Severity::id).collect(Collectors.joining(", ")));
    }
}

package io.github.subtitleqc.core.rule;

import io.github.subtitleqc.core.time.TimeLimit;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A typed rule setting (PMD's property descriptors): its name as written in the POM and in
 * profiles, how its text is parsed, what values are valid, and its default. A value that does not
 * parse or is not valid is rejected with a message before any file is read.
 *
 * @param <T> the value's type
 */
public final class Parameter<T> {

    private final String name;
    private final String description;
    private final Class<T> type;
    private final Function<String, T> parser;
    private final Predicate<T> validity;
    private final String validityText;
    private final String defaultValue;

    private Parameter(String name, String description, Class<T> type, Function<String, T> parser,
                      Predicate<T> validity, String validityText, String defaultValue) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.type = type;
        this.parser = parser;
        this.validity = validity;
        this.validityText = validityText;
        this.defaultValue = defaultValue;
    }

    /** A decimal number, e.g. a reading speed in characters per second. */
    public static Parameter<Double> decimal(String name, String description) {
        return new Parameter<>(name, description, Double.class, Parameter::parseDecimal, v -> true, null, null);
    }

    /** A whole number. */
    public static Parameter<Integer> integer(String name, String description) {
        return new Parameter<>(name, description, Integer.class, Parameter::parseInteger, v -> true, null, null);
    }

    /** A duration in milliseconds, seconds or frames (see {@link TimeLimit#parse(String)}). */
    public static Parameter<TimeLimit> duration(String name, String description) {
        return new Parameter<>(name, description, TimeLimit.class, TimeLimit::parse, v -> true, null, null);
    }

    /** {@code true} or {@code false}. */
    public static Parameter<Boolean> bool(String name, String description) {
        return new Parameter<>(name, description, Boolean.class, Parameter::parseBoolean, v -> true, null, null);
    }

    /** A copy that only accepts values greater than zero (numbers and durations). */
    public Parameter<T> positive() {
        return new Parameter<>(name, description, type, parser,
                v -> v instanceof TimeLimit t ? t.amount() > 0 : ((Number) v).doubleValue() > 0,
                "must be greater than 0", defaultValue);
    }

    /** A copy with a default used when neither the POM nor the profile sets a value. */
    public Parameter<T> withDefault(String value) {
        Parameter<T> copy = new Parameter<>(name, description, type, parser, validity, validityText, value);
        copy.parse(value);
        return copy;
    }

    /** The name used in POMs and profiles, e.g. {@code maxCps}. */
    public String name() {
        return name;
    }

    /** What it sets, for documentation. */
    public String description() {
        return description;
    }

    /** The default as text, or {@code null} when there is none. */
    public String defaultValue() {
        return defaultValue;
    }

    /**
     * Parses and validates a value.
     *
     * @throws IllegalArgumentException with a message that names the parameter and says what is accepted
     */
    public T parse(String text) {
        T value;
        try {
            value = parser.apply(text == null ? "" : text.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
        if (!validity.test(value)) {
            throw new IllegalArgumentException(name + ": '" + text + "' " + validityText);
        }
        return value;
    }

    /** The type of its values: {@code Double}, {@code Integer}, {@code TimeLimit} or {@code Boolean}. */
    public Class<T> type() {
        return type;
    }

    /**
     * Checks a value that is already typed (a profile's): it must be of this parameter's type and
     * valid for it.
     *
     * @throws IllegalArgumentException naming the parameter, the value's type and the type declared
     */
    public T accept(Object value) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException(name + ": the profile's value " + value + " is " + kind(value.getClass())
                    + ", but the rule declares " + kind(type) + ": declare the parameter with the type the"
                    + " profiles give it (see ProfileParameters)");
        }
        T typed = type.cast(value);
        if (!validity.test(typed)) {
            throw new IllegalArgumentException(name + ": '" + value + "' " + validityText);
        }
        return typed;
    }

    private static String kind(Class<?> type) {
        return type == Double.class ? "a decimal number" : type == Integer.class ? "a whole number"
                : type == TimeLimit.class ? "a duration" : type == Boolean.class ? "true or false" : type.getSimpleName();
    }

    private static Double parseDecimal(String text) {
        try {
            double d = Double.parseDouble(text);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number: write e.g. 17 or 15.5", e);
        }
    }

    private static Integer parseInteger(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number: write e.g. 2", e);
        }
    }

    private static Boolean parseBoolean(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.equals("true") || t.equals("false")) {
            return Boolean.valueOf(t);
        }
        throw new IllegalArgumentException("'" + text + "' is not true or false");
    }

    @Override
    public String toString() {
        return name;
    }
}

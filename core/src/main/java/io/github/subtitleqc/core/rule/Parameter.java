package io.github.subtitleqc.core.rule;

import io.github.subtitleqc.core.time.TimeLimit;

import java.util.Locale;
import java.util.Objects;

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
    /** How the text is read: {@link #DECIMAL}, {@link #INTEGER}, {@link #DURATION} or {@link #BOOLEAN}. */
    private final int kind;
    /** Whether the value must be greater than 0 ({@link #positive()}); else any value is valid. */
    private final boolean positive;
    private final String validityText;
    private final String defaultValue;

    /*
     * The kinds of value, read by a switch rather than a function object per parameter: every rule
     * declares its parameters when its class is loaded, and a lambda is a class made at run time.
     */
    private static final int DECIMAL = 0;
    private static final int INTEGER = 1;
    private static final int DURATION = 2;
    private static final int BOOLEAN = 3;

    private Parameter(String name, String description, Class<T> type, int kind,
                      boolean positive, String validityText, String defaultValue) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = Objects.requireNonNull(description, "description");
        this.type = type;
        this.kind = kind;
        this.positive = positive;
        this.validityText = validityText;
        this.defaultValue = defaultValue;
    }

    /** A decimal number, e.g. a reading speed in characters per second. */
    public static Parameter<Double> decimal(String name, String description) {
        return new Parameter<>(name, description, Double.class, DECIMAL, false, null, null);
    }

    /** A whole number. */
    public static Parameter<Integer> integer(String name, String description) {
        return new Parameter<>(name, description, Integer.class, INTEGER, false, null, null);
    }

    /** A duration in milliseconds, seconds or frames (see {@link TimeLimit#parse(String)}). */
    public static Parameter<TimeLimit> duration(String name, String description) {
        return new Parameter<>(name, description, TimeLimit.class, DURATION, false, null, null);
    }

    /** {@code true} or {@code false}. */
    public static Parameter<Boolean> bool(String name, String description) {
        return new Parameter<>(name, description, Boolean.class, BOOLEAN, false, null, null);
    }

    /** A copy that only accepts values greater than zero (numbers and durations). */
    public Parameter<T> positive() {
        return new Parameter<>(name, description, type, kind, true, "must be greater than 0", defaultValue);
    }

    /** A copy with a default used when neither the POM nor the profile sets a value. */
    public Parameter<T> withDefault(String value) {
        Parameter<T> copy = new Parameter<>(name, description, type, kind, positive, validityText, value);
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
            value = type.cast(read(text == null ? "" : text.trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
        if (!valid(value)) {
            throw new IllegalArgumentException(name + ": '" + text + "' " + validityText);
        }
        return value;
    }

    /** The type of its values: {@code Double}, {@code Integer}, {@code TimeLimit} or {@code Boolean}. */
    /**
     * Whether this parameter accepts ({@link #accept}) every value {@code other} accepts: the same
     * type, and not greater than 0 only unless {@code other} requires it too.
     */
    public boolean acceptsEveryValueOf(Parameter<?> other) {
        return type == other.type && (!positive || other.positive);
    }

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
        if (!valid(typed)) {
            throw new IllegalArgumentException(name + ": '" + value + "' " + validityText);
        }
        return typed;
    }

    private Object read(String text) {
        return switch (kind) {
            case DECIMAL -> parseDecimal(text);
            case INTEGER -> parseInteger(text);
            case DURATION -> TimeLimit.parse(text);
            default -> parseBoolean(text);
        };
    }

    private boolean valid(T value) {
        return !positive || (value instanceof TimeLimit t ? t.amount() > 0 : ((Number) value).doubleValue() > 0);
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

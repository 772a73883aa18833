package io.github.subtitleqc.rules;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The rules' messages, kept in {@code messages.properties} so their wording is reviewed in one
 * place. Arguments are passed already formatted, so no locale changes a number.
 */
final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("io.github.subtitleqc.rules.messages", Locale.ROOT);
    /**
     * Each message as the text between its arguments, worked out once by {@link MessageFormat}
     * itself (so quoting is MessageFormat's), and filled in by concatenation: a finding is made
     * for about every cue of a subtitle file, and {@link MessageFormat#format} cost more than the
     * rule that asked for it.
     */
    private static final Map<String, Template> TEMPLATES = new java.util.concurrent.ConcurrentHashMap<>();

    private Messages() {
    }

    /**
     * The message {@code key} with its arguments filled in. Whole numbers (cue numbers, line
     * counts) are written as digits only: MessageFormat would group them ({@code cue 1,234}).
     */
    static String get(String key, Object... args) {
        return TEMPLATES.computeIfAbsent(key, Template::of).fill(args);
    }

    /** What {@link MessageFormat} gives for the message {@code key}: the reference {@link #get} is held to. */
    static String viaMessageFormat(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(shown(args));
    }

    /** The arguments as a message shows them: whole numbers as their digits. */
    private static Object[] shown(Object[] args) {
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            String text = text(shown[i]);
            if (text != null) {
                shown[i] = text;
            }
        }
        return shown;
    }

    /** An argument as its text when it is a string or a whole number; null for any other. */
    private static String text(Object arg) {
        if (arg instanceof String s) {
            return s;
        }
        return arg instanceof Integer || arg instanceof Long ? arg.toString() : null;
    }

    /** The keys of every message. */
    static java.util.Set<String> keys() {
        return BUNDLE.keySet();
    }

    /**
     * A message's literal parts and, between them, which argument goes there. Arguments that are
     * neither strings nor whole numbers go through {@link MessageFormat} as before.
     */
    private record Template(String key, String[] parts, int[] arguments) {

        private static final int MAX_ARGUMENTS = 10;

        static Template of(String key) {
            String pattern = BUNDLE.getString(key);
            Object[] markers = new Object[MAX_ARGUMENTS];
            for (int i = 0; i < markers.length; i++) {
                markers[i] = "\u0000" + (char) ('0' + i) + "\u0000";
            }
            String marked = new MessageFormat(pattern, Locale.ROOT).format(markers);
            java.util.List<String> parts = new java.util.ArrayList<>();
            java.util.List<Integer> arguments = new java.util.ArrayList<>();
            int from = 0;
            for (int at = marked.indexOf('\u0000'); at >= 0; at = marked.indexOf('\u0000', from)) {
                parts.add(marked.substring(from, at));
                arguments.add(marked.charAt(at + 1) - '0');
                from = at + 3;
            }
            parts.add(marked.substring(from));
            return new Template(key, parts.toArray(String[]::new), arguments.stream().mapToInt(Integer::intValue).toArray());
        }

        /**
         * The message with {@code args} filled in: the parts and the arguments' texts joined by
         * {@link String#join}, which makes the string once at its final length and width (a
         * builder would grow, be widened to two bytes a char by a mark such as {@code ≥}, and be
         * copied again). Findings are made by the hundred thousand.
         */
        String fill(Object[] args) {
            if (arguments.length == 0) {
                return parts[0];
            }
            String[] pieces = new String[parts.length + arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                int a = arguments[i];
                String text = a < args.length ? text(args[a]) : null;
                if (text == null) {
                    return new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(shown(args));
                }
                pieces[2 * i] = parts[i];
                pieces[2 * i + 1] = text;
            }
            pieces[pieces.length - 1] = parts[parts.length - 1];
            return String.join("", pieces);
        }
    }
}

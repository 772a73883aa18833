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
        return TEMPLATES.computeIfAbsent(key, Template::of).fill(shown(args));
    }

    /** What {@link MessageFormat} gives for the message {@code key}: the reference {@link #get} is held to. */
    static String viaMessageFormat(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(shown(args));
    }

    /** The arguments as a message shows them: whole numbers as their digits. */
    private static Object[] shown(Object[] args) {
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Integer || shown[i] instanceof Long) {
                shown[i] = shown[i].toString();
            }
        }
        return shown;
    }

    /** The keys of every message. */
    static java.util.Set<String> keys() {
        return BUNDLE.keySet();
    }

    /**
     * A message's literal parts and, between them, which argument goes there. Arguments that are
     * not strings go through {@link MessageFormat} as before.
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

        String fill(Object[] args) {
            for (int a : arguments) {
                if (a >= args.length || !(args[a] instanceof String)) {
                    return new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(args);
                }
            }
            StringBuilder out = new StringBuilder(64);
            for (int i = 0; i < arguments.length; i++) {
                out.append(parts[i]).append((String) args[arguments[i]]);
            }
            return out.append(parts[parts.length - 1]).toString();
        }
    }
}

package io.github.subtitleqc.rules;

import java.text.MessageFormat;
import java.util.HashMap;
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
     * Each message's parsed pattern, per thread: a finding is made for about every cue of a
     * subtitle file, and parsing the pattern again each time cost more than filling it in.
     * {@link MessageFormat} is not safe to share between threads, hence one set per thread.
     */
    private static final ThreadLocal<Map<String, MessageFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    private Messages() {
    }

    /**
     * The message {@code key} with its arguments filled in. Whole numbers (cue numbers, line
     * counts) are written as digits only: MessageFormat would group them ({@code cue 1,234}).
     */
    static String get(String key, Object... args) {
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Integer || shown[i] instanceof Long) {
                shown[i] = shown[i].toString();
            }
        }
        return FORMATS.get().computeIfAbsent(key, k -> new MessageFormat(BUNDLE.getString(k), Locale.ROOT)).format(shown);
    }
}

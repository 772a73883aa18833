package io.github.subtitleqc.rules;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The rules' messages, kept in {@code messages.properties} so their wording is reviewed in one
 * place. Arguments are passed already formatted, so no locale changes a number.
 */
final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("io.github.subtitleqc.rules.messages", Locale.ROOT);

    private Messages() {
    }

    /** The message {@code key} with its arguments filled in. */
    static String get(String key, Object... args) {
        return new MessageFormat(BUNDLE.getString(key), Locale.ROOT).format(args);
    }
}

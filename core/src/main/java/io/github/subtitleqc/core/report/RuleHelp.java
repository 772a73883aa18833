package io.github.subtitleqc.core.report;

import io.github.subtitleqc.core.rule.RuleDescriptor;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * How to fix what a rule reports, one or two sentences per built-in rule id
 * ({@code rule-help.properties} beside this class); a rule without an entry (a user's own rule) gets
 * its description.
 */
final class RuleHelp {

    private static final Properties HELP = load();

    private RuleHelp() {
    }

    /** The help text for this rule. */
    static String of(RuleDescriptor rule) {
        return HELP.getProperty(rule.id(), rule.description());
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = RuleHelp.class.getResourceAsStream("rule-help.properties")) {
            if (in != null) {
                try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}

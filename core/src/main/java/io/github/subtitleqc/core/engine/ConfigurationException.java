package io.github.subtitleqc.core.engine;

/**
 * The configuration cannot work: an unknown profile, rule id or parameter, a value that does not
 * parse. Raised before any file is read; the message says what to change.
 */
public class ConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}

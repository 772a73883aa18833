package io.github.subtitleqc.core.glossary;

/** A glossary file that cannot be used; the message names the file and line and says what to fix. */
public class GlossaryException extends Exception {

    private static final long serialVersionUID = 1L;

    public GlossaryException(String message) {
        super(message);
    }

    public GlossaryException(String message, Throwable cause) {
        super(message, cause);
    }
}

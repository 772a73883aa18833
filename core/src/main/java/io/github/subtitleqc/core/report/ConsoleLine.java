package io.github.subtitleqc.core.report;

import io.github.subtitleqc.core.model.Severity;

/**
 * One line for a build log.
 *
 * @param level the log level to print it at
 * @param text  the text, without a level prefix (the build tool adds {@code [ERROR]} etc.)
 */
public record ConsoleLine(Severity level, String text) {
}

package io.github.subtitleqc.cli;

import io.github.subtitleqc.core.report.ConsoleLine;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Where the CLI prints: the plugin's console lines with Maven's level prefixes, on standard output. */
final class Console {

    static final PrintStream OUT = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
            StandardCharsets.UTF_8);
    static final PrintStream ERR = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
            StandardCharsets.UTF_8);

    private Console() {
    }

    static synchronized void print(ConsoleLine line) {
        Progress.clearLine();
        switch (line.level()) {
            case ERROR -> OUT.println("[ERROR] " + line.text());
            case WARNING -> OUT.println("[WARNING] " + line.text());
            default -> OUT.println("[INFO] " + line.text());
        }
    }

    static synchronized void info(String text) {
        Progress.clearLine();
        OUT.println("[INFO] " + text);
    }

    static synchronized void warn(String text) {
        Progress.clearLine();
        OUT.println("[WARNING] " + text);
    }

    static synchronized void error(String text) {
        Progress.clearLine();
        OUT.println("[ERROR] " + text);
    }

    /**
     * A message as CLI users name things: the plugin's parameter names in the core's messages
     * become the options of the same meaning.
     */
    static String cliNames(String message) {
        return message.replace("maxAllowedViolations", "--max-violations")
                .replace("minScore", "--min-score")
                .replace("violationSeverity", "--fail-on")
                .replace("frameRate", "--frame-rate")
                .replace("threads is", "--threads is")
                .replace("in formats", "in --format")
                .replace("in the rules configuration", "in --rule, --disable or --severity")
                .replace("<includes>", "--include")
                .replace("<excludes>", "--exclude")
                .replace("<kinds>", "--kinds")
                .replace("<baselineFile>", "--baseline");
    }
}

package io.github.subtitleqc.core.report;

import io.github.subtitleqc.core.engine.ConfigurationException;
import io.github.subtitleqc.core.model.Severity;

/**
 * When a run fails (SPEC §8): with {@code failOnViolation}, when the findings at or above
 * {@code violationSeverity} number more than {@code maxAllowedViolations}, or the build's score
 * is below {@code minScore}. The values are checked when the gate is made, before any file is read.
 *
 * @param failOnViolation      fail, rather than only warn, when a limit is passed
 * @param violationSeverity    the lowest severity that counts as a violation
 * @param maxAllowedViolations violations allowed (0 or more)
 * @param minScore             the lowest passing score (0–100)
 */
public record Gate(boolean failOnViolation, Severity violationSeverity, long maxAllowedViolations, double minScore) {

    /**
     * @throws ConfigurationException naming the parameter, the value and what is allowed
     */
    public Gate {
        if (violationSeverity == null) {
            throw new ConfigurationException("violationSeverity is not set: use error, warning or info");
        }
        if (maxAllowedViolations < 0) {
            throw new ConfigurationException("maxAllowedViolations is " + maxAllowedViolations
                    + ": use 0 or more (0 fails the build on the first violation)");
        }
        if (!(minScore >= 0 && minScore <= 100)) {
            throw new ConfigurationException("minScore is " + String.valueOf(minScore).replaceFirst("\\.0$", "")
                    + ": use a score from 0 to 100 (0 never fails the build on its score)");
        }
    }
}

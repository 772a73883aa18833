package io.github.subtitleqc.core.score;

import java.util.Map;

/**
 * A score from 0 to 100 and what each rule cost.
 *
 * @param value the score, one decimal, rounded down
 * @param costs points each rule took off, by rule id, most expensive first: whole tenths that add
 *              up to exactly {@code 100 − value} (see {@link Scoring})
 */
public record Score(double value, Map<String, Double> costs) {

    public Score {
        costs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(costs));
    }
}

package io.github.subtitleqc.core.score;

import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The score (SPEC §7). A file starts at 100. Each finding costs its weight (error 1, warning
 * 0.25, info 0) divided by the file's cue count, times 100: one error per cue on average costs
 * all 100 points. The score is {@code max(0, 100 − Σ costs)}, rounded down to one decimal, so
 * any error or warning keeps it below 100. The build's score is the mean of the files' scores
 * weighted by their cue counts (a file without cues weighs 1).
 *
 * <p>It is monotonic: one more finding never raises a file's score or the build's.
 */
public final class Scoring {

    /** What a finding of each severity costs, per cue. */
    public static double weight(Severity severity) {
        return switch (severity) {
            case ERROR -> 1.0;
            case WARNING -> 0.25;
            case INFO -> 0.0;
        };
    }

    private Scoring() {
    }

    /** The score of a file with {@code cues} cues and these findings. */
    public static Score file(int cues, List<Finding> findings) {
        double perFinding = 100.0 / Math.max(1, cues);
        Map<String, Double> costs = new HashMap<>();
        double total = 0;
        for (Finding f : findings) {
            double cost = weight(f.severity()) * perFinding;
            if (cost > 0) {
                costs.merge(f.ruleId(), cost, Double::sum);
                total += cost;
            }
        }
        double value = roundDown(Math.max(0, 100 - total));
        return new Score(total > 0 && value >= 100 ? 99.9 : value, sorted(costs));
    }

    /** The build's score from its files' scores and cue counts. */
    public static Score build(List<Integer> cues, List<Score> scores) {
        double weighted = 0;
        double weights = 0;
        Map<String, Double> costs = new HashMap<>();
        for (int i = 0; i < scores.size(); i++) {
            int weight = Math.max(1, cues.get(i));
            weighted += weight * scores.get(i).value();
            weights += weight;
            for (Map.Entry<String, Double> e : scores.get(i).costs().entrySet()) {
                costs.merge(e.getKey(), e.getValue() * weight, Double::sum);
            }
        }
        if (weights == 0) {
            return new Score(100.0, Map.of());
        }
        final double w = weights;
        costs.replaceAll((k, v) -> v / w);
        double value = roundDown(weighted / weights);
        boolean lost = scores.stream().anyMatch(s -> s.value() < 100);
        return new Score(lost && value >= 100 ? 99.9 : value, sorted(costs));
    }

    private static Map<String, Double> sorted(Map<String, Double> costs) {
        Map<String, Double> out = new LinkedHashMap<>();
        costs.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), Math.round(e.getValue() * 10) / 10.0));
        return out;
    }

    private static double roundDown(double score) {
        return Math.floor(score * 10 + 1e-9) / 10.0; // the epsilon keeps 71.4 from becoming 71.3
    }
}

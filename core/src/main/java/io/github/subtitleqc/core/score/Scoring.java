package io.github.subtitleqc.core.score;

import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The score (SPEC §7). A file starts at 100. Each finding costs its weight (error 1, warning
 * 0.25, info 0) divided by the file's cue count, times 100: one error per cue on average costs
 * all 100 points. The score is {@code max(0, 100 − Σ costs)}, rounded down to one decimal, so
 * any error or warning keeps it below 100 (and a loss smaller than a tenth still shows as 99.9).
 * The build's score is the mean of the files' scores weighted by their cue counts, rounded down
 * to one decimal; a file without cues (an unreadable or empty file) weighs 1, so that it still
 * pulls the build down.
 *
 * <p>The costs shown per rule explain the score exactly: they are tenths that add up to
 * {@code 100 − score}, so none is above it. What the score lost is shared out in proportion to
 * what each rule cost (so when the costs exceed 100 they are scaled down to the 100 points there
 * were), and the tenths are apportioned by the largest-remainder method: each rule gets its share
 * rounded down, and the tenths left go to the largest remainders (ties: the larger cost, then the
 * rule id). The build's costs are the files' shown costs weighted as their scores are, shared out
 * the same way over {@code 100 − build score}.
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
        value = total > 0 && value >= 100 ? 99.9 : value;
        return new Score(value, apportion(costs, lostTenths(value)));
    }

    /** The build's score from its files' scores and cue counts. */
    public static Score build(List<Integer> cues, List<Score> scores) {
        BuildScore build = new BuildScore();
        for (int i = 0; i < scores.size(); i++) {
            build.add(cues.get(i), scores.get(i));
        }
        return build.score();
    }

    /**
     * The build's score, file by file: keeps sums, not the files, so that a run of any size
     * needs the same memory for it.
     */
    public static final class BuildScore {
        private double weighted;
        private double weights;
        private boolean lost;
        private final Map<String, Double> costs = new HashMap<>();

        /** Adds a file with {@code cues} cues and this score. */
        public void add(int cues, Score score) {
            int weight = Math.max(1, cues);
            weighted += weight * score.value();
            weights += weight;
            lost |= score.value() < 100;
            for (Map.Entry<String, Double> e : score.costs().entrySet()) {
                // shown costs are whole tenths: weighted in tenths, the sum stays exact
                costs.merge(e.getKey(), (double) Math.round(e.getValue() * 10) * weight, Double::sum);
            }
        }

        /** The build's score over the files added so far. */
        public Score score() {
            if (weights == 0) {
                return new Score(100.0, Map.of());
            }
            double value = roundDown(weighted / weights);
            value = lost && value >= 100 ? 99.9 : value;
            return new Score(value, apportion(costs, lostTenths(value)));
        }
    }

    /** {@code 100 − score} in tenths of a point. */
    private static long lostTenths(double score) {
        return 1000 - Math.round(score * 10);
    }

    /**
     * Shares {@code tenths} out among the rules in proportion to their {@code costs}, by the
     * largest-remainder method, most expensive first (then by id). A rule whose share rounds to
     * nothing is still listed, at 0.
     */
    static Map<String, Double> apportion(Map<String, Double> costs, long tenths) {
        if (costs.isEmpty()) { // a file without findings: no stream set up to add nothing
            return Map.of();
        }
        double total = costs.values().stream().mapToDouble(Double::doubleValue).sum(); // its compensated sum
        if (total <= 0) {
            return Map.of();
        }
        record Share(String rule, double cost, long tenths, double remainder) {
        }
        List<Share> shares = new ArrayList<>();
        long given = 0;
        for (Map.Entry<String, Double> e : costs.entrySet()) {
            double quota = e.getValue() / total * tenths;
            long whole = (long) Math.floor(quota + 1e-6); // 241.99999997 tenths are 242
            shares.add(new Share(e.getKey(), e.getValue(), whole, quota - whole));
            given += whole;
        }
        shares.sort(Comparator.comparingDouble(Share::remainder).reversed()
                .thenComparing(Comparator.comparingDouble(Share::cost).reversed())
                .thenComparing(Share::rule));
        for (int i = 0; i < shares.size(); i++) {
            if (given < tenths) {
                Share s = shares.get(i);
                shares.set(i, new Share(s.rule(), s.cost(), s.tenths() + 1, s.remainder()));
                given++;
            }
        }
        shares.sort(Comparator.comparingLong(Share::tenths).reversed().thenComparing(Share::rule));
        Map<String, Double> out = new LinkedHashMap<>();
        shares.forEach(s -> out.put(s.rule(), s.tenths() / 10.0));
        return out;
    }

    private static double roundDown(double score) {
        return Math.floor(score * 10 + 1e-9) / 10.0; // the epsilon keeps 71.4 from becoming 71.3
    }
}

package io.github.subtitleqc.core.engine;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.Collection;

/** "Did you mean …?" for misspelt names in the configuration. */
public final class Suggestions {

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);

    private Suggestions() {
    }

    /** {@code "; did you mean 'x'?"} when a known name is within 3 edits, else {@code ""}. */
    public static String didYouMean(String given, Collection<String> known) {
        if (given == null) {
            return "";
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = DISTANCE.apply(given, k);
            if (d >= 0 && d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }
}

package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.Parameter;
import io.github.subtitleqc.core.rule.ProjectReporter;
import io.github.subtitleqc.core.rule.ProjectRule;
import io.github.subtitleqc.core.rule.RuleContext;
import io.github.subtitleqc.core.rule.RuleDescriptor;
import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code term-near-miss}, the near-miss option of {@code term-consistency}: a term within
 * {@code maxDistance} edits (Levenshtein, Apache Commons Text) of a more frequent term of at least
 * {@code minLength} letters — {@code Antropic} beside {@code Anthropic}. Only names and terms are
 * compared ({@link Terms#nameLike}: never a word its language writes in lower case, so neither
 * {@code donnez-lui}/{@code donnez-le} nor {@code educación}/{@code education}), and only within
 * one language unless they are names ({@link Terms#scopes}). Plurals and possessives
 * ({@code Insight}/{@code Insights}) and differences in digits ({@code GPT4}/{@code GPT5}) are not
 * near misses. Terms are compared whatever their file, only with terms of similar length, so the
 * cost grows with the number of distinct terms, not of cues.
 */
public final class TermNearMissRule implements ProjectRule<TermNearMissRule.Summary> {

    static final Parameter<Integer> MIN_LENGTH = Parameter.integer("minLength",
            "the shortest term compared, in characters").positive().withDefault("6");
    static final Parameter<Integer> MAX_DISTANCE = Parameter.integer("maxDistance",
            "the most edits between a term and the more frequent one").positive().withDefault("2");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("term-near-miss", Severity.INFO,
            "a term within 1–2 edits of a more frequent one (a likely misspelling)", MIN_LENGTH, MAX_DISTANCE);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** The file's terms (shared with term-consistency) and this rule's settings for it. */
    record Summary(Terms terms, int minLength, int maxDistance) {
    }

    @Override
    public Summary newSummary(RuleContext context) {
        return new Summary(Terms.of(context), context.settings().get(MIN_LENGTH), context.settings().get(MAX_DISTANCE));
    }

    @Override
    public void collect(Summary summary, CueView cue, RuleContext context) {
        summary.terms().collect(cue);
    }

    @Override
    public void fileDone(Summary summary) {
        summary.terms().compact();
    }

    /** The file's terms as the result cache keeps them ({@link TermsCodec}). */
    @Override
    public io.github.subtitleqc.core.rule.SummaryCodec<Summary> summaryCodec() {
        return TermsCodec.NEAR_MISS;
    }

    /**
     * Goes over the summaries once, in order, merging each into the run's terms ({@link Terms.Merged})
     * and keeping none of them, then reads again only the files it reports on ({@link TermReports}):
     * the engine may decode each summary from disk on every {@code get}.
     */
    @Override
    public void finish(List<Summary> summaries, ProjectReporter reporter) {
        if (summaries.isEmpty()) {
            return;
        }
        Terms.Merged merged = new Terms.Merged();
        int minLength = 0;
        int maxDistance = 0;
        for (int i = 0; i < summaries.size(); i++) {
            Summary s = summaries.get(i);
            if (i == 0) {
                minLength = s.minLength();
                maxDistance = s.maxDistance();
            }
            merged.add(s.terms());
        }
        LevenshteinDistance distance = null; // made for the first pair compared: most small runs compare none
        List<Candidate> candidates = new ArrayList<>();
        for (Map.Entry<String, Map<String, Terms.Usage>> e : merged.terms.entrySet()) {
            if (e.getKey().codePointCount(0, e.getKey().length()) < minLength) {
                continue;
            }
            boolean name = Terms.isName(e.getValue());
            for (Map<String, Terms.Usage> usages : Terms.scopes(e.getValue())) {
                if (Terms.nameLike(e.getKey(), usages.values(), merged.lowerKeys, merged.glossaryKeys)) {
                    String language = name ? null : usages.values().iterator().next().language;
                    candidates.add(new Candidate(e.getKey(), language, Terms.combined(usages), usages));
                }
            }
        }
        candidates.sort((a, b) -> a.key.length() != b.key.length() ? Integer.compare(a.key.length(), b.key.length())
                : a.key.compareTo(b.key));
        TermReports reports = new TermReports();
        for (Candidate rare : candidates) {
            Candidate best = null;
            // candidates are sorted by length: look only at those within maxDistance of this one's
            int from = firstOfLength(candidates, rare.key.length() - maxDistance);
            int to = firstOfLength(candidates, rare.key.length() + maxDistance + 1);
            for (Candidate other : candidates.subList(from, to)) {
                if (other == rare || other.all.count <= rare.all.count || !comparable(rare, other)
                        || inflection(rare.key, other.key)) {
                    continue;
                }
                if (distance == null) {
                    distance = new LevenshteinDistance(maxDistance);
                }
                int d = distance.apply(rare.key, other.key);
                if (d > 0 && (best == null || other.all.count > best.all.count)) {
                    best = other;
                }
            }
            if (best == null) {
                continue;
            }
            Terms.Usage target = best.all;
            for (Terms.Usage u : rare.usages.values()) {
                reports.reportEach(u, file -> Messages.get("term-near-miss", u.text, target.text,
                        merged.where(target, file)));
            }
        }
        reports.serve(summaries, Summary::terms, reporter);
    }

    /**
     * Two terms are compared when they are of one language, or one of them is a name used across
     * languages ({@code Blocks4Alll} in a Korean file beside {@code Blocks4All} in English ones).
     */
    private static boolean comparable(Candidate a, Candidate b) {
        return a.language == null || b.language == null || a.language.equals(b.language);
    }

    /** The index of the first candidate at least {@code length} long. */
    private static int firstOfLength(List<Candidate> sorted, int length) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).key.length() < length) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Plural, possessive or a number changed: related words, not a misspelling. */
    static boolean inflection(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        if (longer.startsWith(shorter)) {
            String suffix = longer.substring(shorter.length());
            if (suffix.equals("s") || suffix.equals("es") || suffix.equals("'s") || suffix.equals("’s")) {
                return true;
            }
        }
        return a.replaceAll("\\d", "").equals(b.replaceAll("\\d", ""));
    }

    /**
     * A term: its key, its language group ({@code null} for a name compared across languages), all
     * its spellings taken together (named after the majority spelling), and each spelling.
     */
    private record Candidate(String key, String language, Terms.Usage all, Map<String, Terms.Usage> usages) {
    }
}

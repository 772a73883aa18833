package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.ProjectReporter;
import io.github.subtitleqc.core.rule.ProjectRule;
import io.github.subtitleqc.core.rule.RuleContext;
import io.github.subtitleqc.core.rule.RuleDescriptor;

import java.util.List;
import java.util.Map;

/**
 * {@code term-consistency}: one term written two ways — case ({@code Insights}/{@code insights}),
 * hyphen or space ({@code fine-tune}/{@code finetune}/{@code fine tune}), full or half width —
 * within one file or across the files of one run. Each occurrence of a less frequent spelling is
 * reported, naming the majority spelling and where it is used. Only terms are compared (see
 * {@link Terms}), and only within one language unless they are names ({@link Terms#scopes});
 * case is compared within one kind of text, and in Latin text only where it is significant
 * (see {@code target}).
 */
public final class TermConsistencyRule implements ProjectRule<Terms> {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("term-consistency", Severity.WARNING,
            "the same term written two ways in one file or across the build's files; reported on the less frequent form");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Terms newSummary(RuleContext context) {
        return Terms.of(context);
    }

    @Override
    public void collect(Terms summary, CueView cue, RuleContext context) {
        summary.collect(cue);
    }

    @Override
    public void fileDone(Terms summary) {
        summary.compact();
    }

    /** The file's terms as the result cache keeps them ({@link TermsCodec}). */
    @Override
    public io.github.subtitleqc.core.rule.SummaryCodec<Terms> summaryCodec() {
        return TermsCodec.TERMS;
    }

    /**
     * Goes over the summaries once, in order, merging each into the run's terms ({@link Terms.Merged})
     * and keeping none of them, then reads again only the files it reports on ({@link TermReports}):
     * the engine may decode each summary from disk on every {@code get}.
     */
    @Override
    public void finish(List<Terms> summaries, ProjectReporter reporter) {
        Terms.Merged merged = new Terms.Merged();
        for (int i = 0; i < summaries.size(); i++) {
            merged.add(summaries.get(i));
        }
        TermReports reports = new TermReports();
        for (Map.Entry<String, Map<String, Terms.Usage>> term : merged.terms.entrySet()) {
            boolean named = merged.glossaryKeys.contains(term.getKey());
            for (Map<String, Terms.Usage> usages : Terms.scopes(term.getValue())) {
                Map<String, Terms.Usage> byText = Terms.byText(usages);
                if (byText.size() < 2) {
                    continue;
                }
                Terms.Usage overall = Terms.majority(byText.values());
                for (Terms.Usage u : usages.values()) {
                    if (u.positional) {
                        continue;
                    }
                    Terms.Usage target = target(u, overall, usages, named);
                    if (target == null) {
                        continue;
                    }
                    reports.reportEach(u, file -> Messages.get("term-consistency", u.text, target.text,
                            merged.where(target, file)));
                }
            }
        }
        reports.serve(summaries, t -> t, reporter);
    }

    /**
     * The spelling {@code u} should have been, or {@code null} when it is fine. A spelling that
     * differs from the majority in more than case (a hyphen, a space, width) is compared with the
     * majority of all files; one that differs only in case with the majority of its own kind of
     * text, CJK or Latin — {@code Sorry} as a loanword in Chinese lines and {@code sorry} in
     * English lines are each right where they are. In Latin text a case difference is reported
     * only when it is significant ({@link Terms#caseSignificant}: {@code ALlen}/{@code Allen}, not
     * {@code music}/{@code Music} nor {@code it}/{@code IT}) or the glossary names the term
     * ({@code named}).
     */
    private static Terms.Usage target(Terms.Usage u, Terms.Usage overall, Map<String, Terms.Usage> usages,
                                      boolean named) {
        if (!u.text.equalsIgnoreCase(overall.text)) {
            return overall;
        }
        Terms.Usage local = Terms.majority(usages.values().stream().filter(x -> x.cjk == u.cjk).toList());
        if (local == null || local.text.equals(u.text)) {
            return null;
        }
        if (!u.cjk && !named && !Terms.caseSignificant(u.text, local.text)) {
            return null;
        }
        return local;
    }
}

package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.rule.ProjectReporter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The occurrences a term rule reports, gathered while it decides and served afterwards. Merging
 * keeps no positions (they would be kept for every spelling of every file), so each request names
 * only a file and a spelling; {@link #serve} then reads each file that has requests once more, in
 * file order, takes the spelling's positions from it, and reports them in the order they were
 * requested — the order in which the rules reported them when every summary stayed in memory.
 */
final class TermReports {

    /**
     * Report every occurrence of {@code spelling} (a merged usage) in {@code file}, with the message
     * {@code message} makes for the file; made only when reported, so that no message waits in memory.
     */
    private record Request(int file, Terms.Usage spelling, IntFunction<String> message) {
    }

    /** One occurrence to report, with the place of its request among all requests. */
    private record Occurrence(int request, String file, int cue, int line, int column) {
    }

    private final List<Request> requests = new ArrayList<>();

    /** Requests every occurrence of {@code u} in every file, with a message made for the file (its index). */
    void reportEach(Terms.Usage u, IntFunction<String> messageForFile) {
        for (Terms.Usage part : u.parts()) {
            FileCounts.Cursor c = part.files().cursor();
            while (c.next()) {
                requests.add(new Request(c.file, part, messageForFile));
            }
        }
    }

    /**
     * Reports what was requested, reading the positions from {@code summaries} (once per file that
     * has requests). {@code terms} gives a summary's terms.
     */
    <S> void serve(List<S> summaries, Function<S, Terms> terms, ProjectReporter reporter) {
        List<Integer> byFile = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            byFile.add(i);
        }
        byFile.sort(Comparator.comparingInt((Integer i) -> requests.get(i).file()).thenComparingInt(i -> i));
        List<Occurrence> found = new ArrayList<>();
        Terms file = null;
        int fileIndex = -1;
        for (int r : byFile) {
            Request request = requests.get(r);
            if (request.file() != fileIndex) {
                fileIndex = request.file();
                file = terms.apply(summaries.get(fileIndex));
            }
            Terms.Spelling s = file.spelling(request.spelling());
            if (s == null) {
                throw new IllegalStateException("the terms of " + file.file + " no longer hold '"
                        + request.spelling().text + "': the summary changed between two reads of it");
            }
            for (int i = 0; i < s.stored; i++) {
                found.add(new Occurrence(r, file.file, s.positions[i * 3], s.positions[i * 3 + 1],
                        s.positions[i * 3 + 2]));
            }
        }
        found.sort(Comparator.comparingInt(Occurrence::request)); // stable: a spelling's occurrences stay in order
        int messageFor = -1;
        String message = null;
        for (Occurrence o : found) {
            if (o.request() != messageFor) {
                messageFor = o.request();
                Request request = requests.get(messageFor);
                message = request.message().apply(request.file()); // one message for a spelling's occurrences in a file
            }
            reporter.report(o.file(), o.cue(), o.line(), o.column(), message, null, null);
        }
        requests.clear();
    }
}

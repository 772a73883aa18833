package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.model.SubtitleDocument;
import io.github.subtitleqc.core.read.MeasuredDocument;
import io.github.subtitleqc.core.read.SrtReader;
import io.github.subtitleqc.core.read.TextDecoder;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.text.Counting;
import io.github.subtitleqc.core.text.VisibleCues;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the term rules' collection costs alone ({@link Terms#collect} for every cue and
 * {@link Terms#compact} at each file's end, as both term rules share them), without the rest of the
 * engine: the first {@code files} SubRip files of a directory, each file's cues made from its bytes
 * just before by the engine's reader and views, in rounds that alternate the same work without the
 * terms and with them; the terms' cost is the difference within each pair of rounds, so that the
 * machine's drift from one moment to the next cancels. In the package of {@link Terms}, whose API
 * is the rules module's own.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.subtitleqc.rules.TermsRun DIR [files] [pairs] [warm-up pairs]
 * </pre>
 * Short rounds (a few thousand cues) need more warm-up pairs than the default 2 before the JIT is
 * done with them.
 * Used in the fifteenth session of issue 9 (BENCHMARKS.md) to take the collection apart: a copy of
 * {@code Terms} that stops at one step or another, put before the rules' classes on the class
 * path, shows what each step adds.
 */
public final class TermsRun {

    private TermsRun() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        int pairs = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        int warmups = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        List<byte[]> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(p -> p.toString().endsWith(".srt")).sorted().limit(limit).toList()) {
                files.add(Files.readAllBytes(p));
            }
        }
        long[] without = new long[pairs];
        long[] with = new long[pairs];
        long lines = 0;
        long kept = 0;
        for (int r = -warmups; r < pairs; r++) {
            long t0 = System.nanoTime();
            lines = round(files, false);
            long t1 = System.nanoTime();
            kept = round(files, true);
            long t2 = System.nanoTime();
            if (r >= 0) {
                without[r] = t1 - t0;
                with[r] = t2 - t1;
            }
        }
        long[] terms = new long[pairs];
        for (int r = 0; r < pairs; r++) {
            terms[r] = with[r] - without[r];
        }
        Arrays.sort(terms);
        Arrays.sort(without);
        System.out.printf("%d files, %d text lines, %d terms kept%n", files.size(), lines, kept);
        System.out.printf("cues made: %.1f ms a round (median of %d); the terms on top, paired by round: median %.1f ms,"
                        + " from %.1f to %.1f; %.0f ns a text line%n", without[pairs / 2] / 1e6, pairs,
                terms[pairs / 2] / 1e6, terms[0] / 1e6, terms[pairs - 1] / 1e6, (double) terms[pairs / 2] / lines);
    }

    /** One pass over the files: their cues made, and with {@code terms} collected; the text lines, or the keys kept. */
    private static long round(List<byte[]> files, boolean terms) {
        long lines = 0;
        long kept = 0;
        for (int f = 0; f < files.size(); f++) {
            List<CueView> cues = views(files.get(f));
            for (CueView c : cues) {
                lines += c.visibleLines().size();
            }
            if (terms) {
                Terms t = new Terms("f" + f + ".srt", "en", Set.of());
                for (CueView c : cues) {
                    t.collect(c);
                }
                t.compact();
                kept += t.byKey.size();
            }
        }
        return terms ? kept : lines;
    }

    /**
     * A file's cues as the engine's read stage makes them: the quick reading of plain SubRip from
     * its bytes with each line's facts, else the text decoded and read in full; then a view per cue.
     */
    private static List<CueView> views(byte[] bytes) {
        SrtReader reader = new SrtReader();
        int start = TextDecoder.utf8Start(bytes, StandardCharsets.UTF_8, false);
        MeasuredDocument plain = start < 0 ? null : reader.readPlain(bytes, start);
        SubtitleDocument document = plain != null ? plain.document()
                : reader.read(TextDecoder.decode(bytes, StandardCharsets.UTF_8, false).text(), issue -> { });
        VisibleCues visible = new VisibleCues(document, plain == null ? null : plain.lineFacts());
        List<CueView> views = new ArrayList<>(document.cues().size());
        for (int i = 0; i < document.cues().size(); i++) {
            views.add(new CueView(document.cues().get(i), Counting.ALL_ONE, visible, i));
        }
        return views;
    }
}

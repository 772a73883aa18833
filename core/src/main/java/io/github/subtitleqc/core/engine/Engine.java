package io.github.subtitleqc.core.engine;

import io.github.subtitleqc.core.baseline.Baseline;
import io.github.subtitleqc.core.cache.ConfigFingerprint;
import io.github.subtitleqc.core.cache.ResultCache;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.rule.RunRule;
import io.github.subtitleqc.core.rule.ProjectRule;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.score.Score;
import io.github.subtitleqc.core.score.Scoring;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Checks files: bytes → decoded text → cues → visible text and measures → findings → score, in
 * named stages a newcomer can follow:
 * <ol>
 *   <li>configuration ({@link RunSettings}, {@link RuleSet}): every rule id, parameter, value,
 *       profile and glossary checked when the engine is built, before any file is read;</li>
 *   <li>file source: the {@link SourceFile}s a front door lists (file sets may skip some);</li>
 *   <li>read, measure and per-cue rules ({@link FileChecker}): one pass over the cues of a file,
 *       one {@link io.github.subtitleqc.core.rule.CueView} per cue shared by every rule, feeding
 *       the cross-file rules' summaries;</li>
 *   <li>ordering ({@link OrderedChecks}): files checked on several threads, handed over in the
 *       files' order through a small window;</li>
 *   <li>cross-file rules ({@link CrossFileRules}): small summaries kept per file, decided after
 *       the last file;</li>
 *   <li>writers: whatever {@link ResultSink} {@link #run} is given, such as the report writers.</li>
 * </ol>
 */
public final class Engine {

    private final EngineConfig config;
    private final RunSettings settings;
    private final FileChecker checker;
    private final List<Rule> available;
    private final List<ProjectRule<?>> availableProjects;

    /**
     * An engine with the rules {@link ServiceLoader} finds through {@code loader}: the built-in
     * ones and any a user adds.
     */
    public static Engine withDiscoveredRules(EngineConfig config, ClassLoader loader) {
        return new Engine(config, RuleRegistry.discover(loader), RuleRegistry.discoverProjectRules(loader));
    }

    /** An engine with per-cue rules only. */
    public Engine(EngineConfig config, List<Rule> available) {
        this(config, available, List.of());
    }

    /**
     * @param config            how to check
     * @param available         the per-cue rules that can run
     * @param availableProjects the cross-file rules that can run
     * @throws ConfigurationException when the configuration names an unknown profile, rule or
     *                                parameter, a value does not parse, or a glossary cannot be read;
     *                                for a file set's configuration, the message names the file set
     */
    public Engine(EngineConfig config, List<Rule> available, List<ProjectRule<?>> availableProjects) {
        this.config = config;
        this.settings = new RunSettings(config, available, availableProjects);
        this.checker = new FileChecker(config, settings);
        this.available = List.copyOf(available);
        this.availableProjects = List.copyOf(availableProjects);
    }

    /**
     * A file set's overrides over the run's: for a rule in both, the file set's {@code enabled}
     * and {@code severity} win when given, and its parameters are added, winning over the run's.
     */
    static Map<String, RuleOverride> merge(Map<String, RuleOverride> run, Map<String, RuleOverride> fileSet) {
        return RunSettings.merge(run, fileSet);
    }

    /** The file set that applies to a file (the first that matches it), if any. */
    public Optional<FileSet> fileSet(String displayPath) {
        return Optional.ofNullable(settings.ruleSet(displayPath).fileSet);
    }

    /** Whether a file set leaves this file out of the run. */
    public boolean skips(String displayPath) {
        FileSet set = settings.ruleSet(displayPath).fileSet;
        return set != null && set.skip();
    }

    /**
     * The rules that run on some file, with the severity their findings get: the reader rules,
     * the per-cue rules and the cross-file rules, in that order. The run's own settings give the
     * severity; a rule that only file sets switch on has the first such file set's.
     */
    public List<RunRule> rules() {
        return settings.rules();
    }

    /**
     * The settings a file is checked with (profile, language, rule parameters), for a document
     * already read: what {@code fix} needs to act as {@code check} judges.
     */
    public FileSettings settings(String displayPath, io.github.subtitleqc.core.model.SubtitleDocument document) {
        return FileSettings.of(config, settings, displayPath, document);
    }

    /** The configuration this engine checks with. */
    public EngineConfig config() {
        return config;
    }

    /**
     * Checks files and streams the results: each file's to {@code sink} as soon as it and the
     * files before it are done, in the order of {@code files} whatever the number of threads
     * ({@link EngineConfig#threads()}); then the cross-file rules' findings. Nothing of a file is
     * kept once the sink has it but the cross-file rules' small summaries, so the memory a run
     * needs depends on its largest file, not on how many files or findings there are.
     *
     * <p>One file never takes down the run: a file that runs out of memory is checked once more
     * once the files being checked with it are done, and if it runs out again it gets a
     * {@code parse-error} finding that says so; a file the engine fails on otherwise gets one
     * too. Files a file set skips ({@link #skips}) are left out.
     *
     * @throws IOException what the sink throws; the run stops there
     */
    public void run(List<SourceFile> all, ProgressListener progress, ResultSink sink) throws IOException {
        run(all, progress, sink, ResultCache.disabled());
    }

    /**
     * {@link #run(List, ProgressListener, ResultSink)} with a result cache ({@link #openCache}): a
     * file whose content the cache knows under this configuration is not read into cues again; its
     * result and its cross-file summaries come from the cache, so the reports are those of a run
     * without it. Every file's entry goes to the new cache as it is handed over, and the cache is
     * committed once the sink has the cross-file findings. The caller closes the cache.
     */
    public void run(List<SourceFile> all, ProgressListener progress, ResultSink sink, ResultCache cache)
            throws IOException {
        List<SourceFile> kept = new ArrayList<>(all.size());
        for (SourceFile f : all) {
            if (!skips(f.displayPath())) {
                kept.add(f);
            }
        }
        List<SourceFile> files = Collections.unmodifiableList(kept);
        int total = files.size();
        int[] done = {0};
        long[] baselined = {0};
        try (CrossFileRules crossFile = new CrossFileRules(availableProjects)) {
            new OrderedChecks(config.threads(), f -> attempt(f, cache), f -> retryAlone(f, cache)).run(files, checked -> {
                crossFile.add(checked, checked.encoded());
                if (checked.hash() != null) {
                    cache.record(checked.result().path(), checked.hash(), checked.entry());
                }
                baselined[0] += checked.result().baselined();
                progress.fileDone(++done[0], total, checked.result());
                sink.file(checked.result());
            });
            Baseline.Filtered across = config.baseline().filter(crossFile.finish(), null);
            if (config.baseline().inUse()) {
                long left = baselined[0] + across.baselined();
                sink.baseline(left, config.baseline().fixed(left));
            }
            sink.crossFile(across.findings());
        }
        cache.commit();
    }

    /**
     * The result cache in {@code file} for this engine's configuration ({@link ConfigFingerprint}:
     * everything but the thread count), or a disabled one when {@code file} is null or a
     * cross-file rule that runs cannot have its summaries cached. A missing file is an empty
     * cache; a damaged or foreign one is an empty cache and a warning. Close it after the run.
     */
    public ResultCache openCache(java.nio.file.Path file, java.util.function.Consumer<String> warnings) {
        if (file == null || config.baseline().records()) {
            return ResultCache.disabled(); // a recorder needs every file's cues
        }
        for (ProjectRule<?> rule : availableProjects) {
            if (rule.summaryCodec() == null && settings.runs(rule)) {
                warnings.accept("the result cache is off: cross-file rule " + rule.descriptor().id()
                        + " cannot keep its summaries in it (it has no summary codec)");
                return ResultCache.disabled();
            }
        }
        return ResultCache.open(file, ConfigFingerprint.of(config, available, availableProjects), warnings);
    }

    /**
     * Checks files, then runs the cross-file rules over them all, and returns everything at once:
     * for tests and callers that want a whole {@link Report}. Each file's findings include the
     * cross-file findings on it; scores are those {@link #run} gives (the file's own findings).
     * A front door that writes reports should use {@link #run}, which holds nothing.
     */
    public Report check(List<SourceFile> files, ProgressListener progress) {
        List<FileResult> results = new ArrayList<>();
        List<Finding> crossFile = new ArrayList<>();
        try {
            run(files, progress, new ResultSink() {
                @Override
                public void file(FileResult result) {
                    results.add(result);
                }

                @Override
                public void crossFile(List<Finding> findings) {
                    crossFile.addAll(findings);
                }
            });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // the sink above throws none
        }
        return report(withCrossFile(results, crossFile));
    }

    /** The results with the cross-file findings added to the files they name. */
    private static List<FileResult> withCrossFile(List<FileResult> results, List<Finding> crossFile) {
        if (crossFile.isEmpty()) {
            return results;
        }
        Map<String, List<Finding>> byFile = new HashMap<>();
        for (Finding f : crossFile) {
            List<Finding> list = byFile.get(f.file());
            if (list == null) {
                list = new ArrayList<>();
                byFile.put(f.file(), list);
            }
            list.add(f);
        }
        List<FileResult> out = new ArrayList<>(results.size());
        for (FileResult r : results) {
            List<Finding> more = byFile.remove(r.path());
            if (more == null) {
                out.add(r);
            } else {
                List<Finding> all = new ArrayList<>(r.findings());
                all.addAll(more);
                all.sort(Finding.ORDER);
                out.add(r.withFindings(all, r.score()));
            }
        }
        return out;
    }

    /**
     * The report for results already computed: the build's score over them, tracks whose cues
     * were not checked ({@link FileSetup#checked()}) left out of it.
     */
    public static Report report(List<FileResult> results) {
        List<Integer> cues = new ArrayList<>(results.size());
        List<Score> scores = new ArrayList<>(results.size());
        for (FileResult r : results) {
            if (r.setup().checked()) {
                cues.add(r.cues());
                scores.add(r.score());
            }
        }
        return new Report(results, Scoring.build(cues, scores));
    }

    /** Reads and checks one file, cross-file rules included (over this file alone). Never throws for bad content. */
    public FileResult check(SourceFile file) {
        return check(List.of(file), ProgressListener.NONE).files().get(0);
    }

    /** Checks one file's content; {@code displayPath}'s extension picks the format. Cross-file rules see this file alone. */
    public FileResult check(String displayPath, byte[] bytes) {
        CheckedFile c = checkGuarded(displayPath, bytes);
        try (CrossFileRules crossFile = new CrossFileRules(availableProjects)) {
            crossFile.add(c, null);
            return withCrossFile(List.of(c.result()), config.baseline().filter(crossFile.finish(), null).findings())
                    .get(0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One file's content checked; a file the engine fails on, or that does not fit in memory, gets its finding. */
    private CheckedFile checkGuarded(String displayPath, byte[] bytes) {
        try {
            return checker.check(displayPath, new FileChecker.Content(bytes));
        } catch (OutOfMemoryError e) {
            return checker.outOfMemory(displayPath, bytes.length);
        } catch (RuntimeException | StackOverflowError e) {
            return checker.failed(displayPath, e);
        }
    }

    /**
     * One file checked for a run whose cross-file rules decide elsewhere (another process or
     * machine, as in a Spark job): its own result, and its summaries for the cross-file rules
     * encoded with their codecs, one per {@link #crossFileRuleIds()} entry, {@code null} where
     * that rule did not run on it.
     */
    public record Summarised(FileResult result, List<byte[]> summaries) {
    }

    /** The ids of the cross-file rules that can run, in the order of {@link Summarised#summaries()}. */
    public List<String> crossFileRuleIds() {
        List<String> ids = new ArrayList<>(availableProjects.size());
        for (ProjectRule<?> r : availableProjects) {
            ids.add(r.descriptor().id());
        }
        return Collections.unmodifiableList(ids);
    }

    /**
     * Checks one file's content without deciding the cross-file rules: its result is what
     * {@link #run} hands the sink, and its summaries go to {@link #finishCrossFile} with those of
     * the other files. Never throws for bad content.
     *
     * @throws IllegalStateException when a cross-file rule that ran has no {@link
     *                               io.github.subtitleqc.core.rule.SummaryCodec}: its summary cannot travel
     */
    public Summarised checkForCrossFile(String displayPath, byte[] bytes) {
        CheckedFile c = checkGuarded(displayPath, bytes);
        List<byte[]> encoded = new ArrayList<>(java.util.Collections.nCopies(availableProjects.size(), null));
        for (int r = 0; r < c.summaries().size(); r++) {
            CrossFileSummary s = c.summaries().get(r);
            if (s == null) {
                continue;
            }
            try {
                byte[] bytesOf = s.encode();
                if (bytesOf == null) {
                    throw new IllegalStateException("cross-file rule " + availableProjects.get(r).descriptor().id()
                            + " has no summary codec: its summaries cannot be sent to another process");
                }
                encoded.set(r, bytesOf);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return new Summarised(c.result(), java.util.Collections.unmodifiableList(encoded));
    }

    /**
     * Decides one cross-file rule ({@code rule}: an index into {@link #crossFileRuleIds()}) over
     * the summaries {@link #checkForCrossFile} gave, given in the run's file order; files the rule
     * did not run on may be left out. The findings are those {@link #run} gives for that rule.
     */
    public List<Finding> finishCrossFile(int rule, List<String> paths, List<byte[]> summaries) {
        try (CrossFileDecision decision = decideCrossFile(rule)) {
            for (int i = 0; i < paths.size(); i++) {
                decision.add(paths.get(i), summaries.get(i));
            }
            return decision.finish();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * {@link #finishCrossFile} with the summaries given one at a time: they go to a temporary file
     * as they come, so that deciding over millions of files holds no more than the rule itself
     * keeps. Close it.
     */
    public CrossFileDecision decideCrossFile(int rule) {
        return new CrossFileDecision(rule);
    }

    /** One cross-file rule being decided from encoded summaries ({@link #decideCrossFile}). */
    public final class CrossFileDecision implements java.io.Closeable {
        private final int rule;
        private final CrossFileRules crossFile;

        private CrossFileDecision(int rule) {
            this.rule = rule;
            this.crossFile = new CrossFileRules(List.of(availableProjects.get(rule)));
        }

        /** Adds the next file's summary ({@code null}: the rule did not run on it), in the run's file order. */
        public void add(String path, byte[] summary) throws IOException {
            RuleSet.ActiveProjectRule active = settings.ruleSet(path).projectRules.get(rule);
            List<CrossFileSummary> own = new ArrayList<>(1);
            own.add(active == null || summary == null ? null : CrossFileSummary.cached(active));
            List<byte[]> encoded = new ArrayList<>(1);
            encoded.add(summary);
            FileResult placeholder = new FileResult(path, null, null, null, null, null, 0, List.of(), null);
            crossFile.add(new CheckedFile(placeholder, own, null, encoded, null), encoded);
        }

        /** The rule's findings over the files added. */
        public List<Finding> finish() {
            return config.baseline().filter(crossFile.finish(), null).findings();
        }

        @Override
        public void close() throws IOException {
            crossFile.close();
        }
    }

    /**
     * Checks one file; null when it ran out of memory (what it held is released by then). A file
     * the engine fails on otherwise (a bug, or a stack too small for it) is a finding on that file.
     */
    private CheckedFile attempt(SourceFile file, ResultCache cache) {
        try {
            return checker.check(file, cache);
        } catch (OutOfMemoryError e) {
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            return checker.failed(file.displayPath(), e);
        }
    }

    /** A file that ran out of memory, checked once more while nothing else is; a finding if it runs out again. */
    private CheckedFile retryAlone(SourceFile file, ResultCache cache) {
        CheckedFile c = attempt(file, cache);
        return c != null ? c : checker.outOfMemory(file.displayPath(), FileChecker.size(file));
    }
}

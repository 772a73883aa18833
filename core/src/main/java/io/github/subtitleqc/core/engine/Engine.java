package io.github.subtitleqc.core.engine;

import io.github.subtitleqc.core.glossary.Glossary;
import io.github.subtitleqc.core.glossary.GlossaryException;
import io.github.subtitleqc.core.glossary.GlossaryReader;
import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Format;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.model.SubtitleDocument;
import io.github.subtitleqc.core.profile.Profile;
import io.github.subtitleqc.core.profile.ProfileChoice;
import io.github.subtitleqc.core.profile.ProfileSelector;
import io.github.subtitleqc.core.profile.Profiles;
import io.github.subtitleqc.core.read.DecodedText;
import io.github.subtitleqc.core.read.ReadIssue;
import io.github.subtitleqc.core.read.ReaderRules;
import io.github.subtitleqc.core.read.Readers;
import io.github.subtitleqc.core.read.SubtitleReader;
import io.github.subtitleqc.core.read.TextDecoder;
import io.github.subtitleqc.core.rule.RunRule;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.ProjectReporter;
import io.github.subtitleqc.core.rule.ProjectRule;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.rule.RuleContext;
import io.github.subtitleqc.core.rule.RuleDescriptor;
import io.github.subtitleqc.core.rule.RuleSettings;
import io.github.subtitleqc.core.score.Score;
import io.github.subtitleqc.core.score.Scoring;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks files: bytes → decoded text → cues → visible text and measures → findings → score.
 * One pass over the cues of each file, feeding per-cue rules and the summaries of project rules;
 * files are checked in parallel; after the last file, project rules decide across files. The
 * configuration (profile, rules, parameters, glossaries) is validated when the engine is built,
 * before any file is read.
 */
public final class Engine {

    private final EngineConfig config;
    /** The run's own settings, for files no file set matches. */
    private final RuleSet defaults;
    /** Each file set's settings, in the configured order. */
    private final List<RuleSet> fileSets;
    private final Glossary glossary;

    /** The rule whose limit and way of counting {@link CueDetails} report. */
    private static final String READING_SPEED = "reading-speed";

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
     * @param availableProjects the project rules that can run
     * @throws ConfigurationException when the configuration names an unknown profile, rule or
     *                                parameter, a value does not parse, or a glossary cannot be read;
     *                                for a file set's configuration, the message names the file set
     */
    public Engine(EngineConfig config, List<Rule> available, List<ProjectRule<?>> availableProjects) {
        this.config = config;
        Map<String, RuleDescriptor> known = new LinkedHashMap<>();
        ReaderRules.ALL.forEach(d -> known.put(d.id(), d));
        available.forEach(r -> known.put(r.descriptor().id(), r.descriptor()));
        availableProjects.forEach(r -> known.put(r.descriptor().id(), r.descriptor()));
        Map<String, RuleOverride> overrides = overrides(config.rules(), known, "");
        this.defaults = new RuleSet(null, null, config.profile(), config.language(), overrides, available,
                availableProjects, "");
        List<RuleSet> sets = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (FileSet fileSet : config.fileSets()) {
            String where = "file set '" + fileSet.id() + "': ";
            if (!ids.add(fileSet.id())) {
                throw new ConfigurationException("two file sets have the id '" + fileSet.id() + "': give each its own");
            }
            if (fileSet.includes().isEmpty()) {
                throw new ConfigurationException(where + "no <includes>: name the files it applies to, such as **/kids/**");
            }
            for (String pattern : concat(fileSet.includes(), fileSet.excludes())) {
                try {
                    FileSet.matcher(pattern);
                } catch (IllegalArgumentException e) {
                    throw new ConfigurationException(where + e.getMessage(), e);
                }
            }
            Map<String, RuleOverride> merged = merge(overrides, overrides(fileSet.rules(), known, where));
            sets.add(new RuleSet(fileSet.id(), fileSet,
                    fileSet.profile() != null ? fileSet.profile() : config.profile(),
                    fileSet.language() != null ? fileSet.language() : config.language(),
                    merged, available, availableProjects, where));
        }
        this.fileSets = List.copyOf(sets);
        try {
            this.glossary = new GlossaryReader().readAll(config.glossaries());
        } catch (GlossaryException e) {
            throw new ConfigurationException(e.getMessage(), e);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** The overrides by rule id, each checked against the rules that exist. */
    private static Map<String, RuleOverride> overrides(List<RuleOverride> given, Map<String, RuleDescriptor> known,
                                                       String where) {
        Map<String, RuleOverride> overrides = new LinkedHashMap<>();
        for (RuleOverride o : given) {
            if (o.ruleId() == null || !known.containsKey(o.ruleId())) {
                throw new ConfigurationException(where + "unknown rule id '" + o.ruleId() + "' in the rules configuration"
                        + Suggestions.didYouMean(o.ruleId(), known.keySet()) + "; known rules: "
                        + String.join(", ", known.keySet()));
            }
            if (overrides.put(o.ruleId(), o) != null) {
                throw new ConfigurationException(where + "rule '" + o.ruleId()
                        + "' is configured twice: merge the two entries");
            }
            RuleDescriptor d = known.get(o.ruleId());
            for (String name : o.parameters().keySet()) {
                if (d.parameter(name).isEmpty()) {
                    throw new ConfigurationException(where + "rule '" + d.id() + "' has no parameter '" + name + "'"
                            + Suggestions.didYouMean(name, d.parameters().stream().map(p -> p.name()).toList())
                            + (d.parameters().isEmpty() ? "; it takes none"
                            : "; its parameters: " + String.join(", ", d.parameters().stream().map(p -> p.name()).toList())));
                }
            }
            if (o.severity() != null) {
                severity(o, where);
            }
        }
        return overrides;
    }

    /**
     * A file set's overrides over the run's: for a rule in both, the file set's {@code enabled}
     * and {@code severity} win when given, and its parameters are added, winning over the run's.
     */
    static Map<String, RuleOverride> merge(Map<String, RuleOverride> run, Map<String, RuleOverride> fileSet) {
        Map<String, RuleOverride> merged = new LinkedHashMap<>(run);
        fileSet.forEach((id, o) -> merged.merge(id, o, (top, set) -> {
            Map<String, String> parameters = new LinkedHashMap<>(top.parameters());
            parameters.putAll(set.parameters());
            return new RuleOverride(id, set.enabled() != null ? set.enabled() : top.enabled(),
                    set.severity() != null ? set.severity() : top.severity(), parameters);
        }));
        return merged;
    }

    private static boolean disabled(RuleOverride o) {
        return o != null && Boolean.FALSE.equals(o.enabled());
    }

    /** The configured severity, else the rule's default. */
    private static Severity severity(RuleDescriptor d, RuleOverride o, String where) {
        return o == null || o.severity() == null ? d.defaultSeverity() : severity(o, where);
    }

    private static Map<String, String> parameters(RuleOverride o) {
        return o == null ? Map.of() : o.parameters();
    }

    private static Severity severity(RuleOverride o, String where) {
        try {
            return Severity.parse(o.severity());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(where + "rule '" + o.ruleId() + "': " + e.getMessage(), e);
        }
    }

    /** The file set that applies to a file (the first that matches it), if any. */
    public Optional<FileSet> fileSet(String displayPath) {
        return Optional.ofNullable(ruleSet(displayPath).fileSet);
    }

    /** Whether a file set leaves this file out of the run. */
    public boolean skips(String displayPath) {
        FileSet set = ruleSet(displayPath).fileSet;
        return set != null && set.skip();
    }

    private RuleSet ruleSet(String displayPath) {
        for (RuleSet set : fileSets) {
            if (set.fileSet.matches(displayPath)) {
                return set;
            }
        }
        return defaults;
    }

    /**
     * The rules that run, with the severity their findings get: the reader rules, the per-cue
     * rules and the cross-file rules, in that order.
     */
    public List<RunRule> rules() {
        List<RunRule> out = new ArrayList<>();
        for (RuleDescriptor d : ReaderRules.ALL) {
            Severity s = defaults.readerSeverities.get(d.id());
            if (s != null) {
                out.add(new RunRule(d, s));
            }
        }
        defaults.rules.forEach(r -> out.add(new RunRule(r.rule.descriptor(), r.severity)));
        defaults.projectRules.stream().filter(java.util.Objects::nonNull)
                .forEach(r -> out.add(new RunRule(r.rule.descriptor(), r.severity)));
        return List.copyOf(out);
    }

    /** The configuration this engine checks with. */
    public EngineConfig config() {
        return config;
    }

    /**
     * Checks files, {@link EngineConfig#threads()} at a time, then runs the project rules over
     * them all; results keep the order of {@code files}. One file never takes down the run: a file
     * that runs out of memory is checked once more, alone, after the others (another file checked
     * at the same time may have held the memory), and if it runs out again it gets a
     * {@code parse-error} finding that says so; a file the engine fails on otherwise gets one too.
     * Files a file set skips ({@link #skips}) are left out.
     */
    public Report check(List<SourceFile> all, ProgressListener progress) {
        List<SourceFile> files = all.stream().filter(f -> !skips(f.displayPath())).toList();
        int n = files.size();
        FileCheck[] checks = new FileCheck[n];
        AtomicInteger done = new AtomicInteger();
        java.util.function.IntConsumer job = i -> {
            FileCheck c = attempt(files.get(i));
            checks[i] = c;
            if (c != null) {
                progress.fileDone(done.incrementAndGet(), n, c.result);
            }
        };
        if (config.threads() == 1 || n < 2) {
            for (int i = 0; i < n; i++) {
                job.accept(i);
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(config.threads(), n), r -> {
                Thread t = new Thread(r, "subtitle-qc");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> futures = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    int index = i;
                    futures.add(pool.submit(() -> job.accept(index)));
                }
                for (Future<?> future : futures) {
                    future.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while checking subtitles", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("checking failed: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        for (int i = 0; i < n; i++) {
            if (checks[i] == null) {
                // ran out of memory: once more, alone, now that no other file holds any
                FileCheck c = attempt(files.get(i));
                checks[i] = c != null ? c : outOfMemory(files.get(i).displayPath(), size(files.get(i)));
                progress.fileDone(done.incrementAndGet(), n, checks[i].result);
            }
        }
        return report(finishProject(java.util.Arrays.asList(checks)));
    }

    /**
     * Checks one file; null when it ran out of memory (what it held is released by then). A file
     * the engine fails on otherwise (a bug, or a stack too small for it) is a finding on that file.
     */
    private FileCheck attempt(SourceFile file) {
        try {
            return checkOne(file);
        } catch (OutOfMemoryError e) {
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            return unreadable(file.displayPath(), formatOf(file.displayPath()),
                    "subtitle-qc failed on this file (" + e + ") and could not check it: report this with the"
                            + " file; the other files were checked");
        }
    }

    /** The finding for a file that does not fit in the memory the JVM may use. */
    private FileCheck outOfMemory(String displayPath, long bytes) {
        long max = Runtime.getRuntime().maxMemory();
        long suggestedGb = Math.max(1, (2 * max + (1L << 30) - 1) >> 30);
        return unreadable(displayPath, formatOf(displayPath), "not enough memory to check this file ("
                + (bytes < 0 ? "" : megabytes(bytes) + "; ") + "the JVM may use " + megabytes(max) + "): give Maven"
                + " more memory (MAVEN_OPTS=-Xmx" + suggestedGb + "g) or leave the file out with <excludes>");
    }

    private static String megabytes(long bytes) {
        return bytes < (1 << 20) ? Math.max(1, (bytes + 1023) >> 10) + " KB" : ((bytes + (1 << 19)) >> 20) + " MB";
    }

    private static long size(SourceFile file) {
        try {
            return Files.size(file.path());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * The report for results already computed: the build's score over them, tracks whose cues
     * were not checked ({@link FileSetup#checked()}) left out of it.
     */
    public static Report report(List<FileResult> results) {
        List<FileResult> checked = results.stream().filter(r -> r.setup().checked()).toList();
        Score score = Scoring.build(checked.stream().map(FileResult::cues).toList(),
                checked.stream().map(FileResult::score).toList());
        return new Report(results, score);
    }

    /** Reads and checks one file, project rules included (over this file alone). Never throws for bad content. */
    public FileResult check(SourceFile file) {
        FileCheck c = attempt(file);
        return finishProject(List.of(c != null ? c : outOfMemory(file.displayPath(), size(file)))).get(0);
    }

    /** Checks one file's content; {@code displayPath}'s extension picks the format. Project rules see this file alone. */
    public FileResult check(String displayPath, byte[] bytes) {
        FileCheck c;
        try {
            c = checkContent(displayPath, bytes);
        } catch (OutOfMemoryError e) {
            c = outOfMemory(displayPath, bytes.length);
        }
        return finishProject(List.of(c)).get(0);
    }

    private FileCheck checkOne(SourceFile file) {
        Content content;
        try {
            content = new Content(Files.readAllBytes(file.path()));
        } catch (IOException | RuntimeException e) {
            return unreadable(file.displayPath(), formatOf(file.displayPath()), cannotRead(file.path(), e));
        }
        return checkContent(file.displayPath(), content);
    }

    private FileCheck checkContent(String displayPath, byte[] bytes) {
        return checkContent(displayPath, new Content(bytes));
    }

    /**
     * A file's bytes, handed over once: the caller keeps only this holder, so that the bytes can
     * be collected as soon as they are decoded.
     */
    private static final class Content {
        private byte[] bytes;

        Content(byte[] bytes) {
            this.bytes = bytes;
        }

        byte[] take() {
            byte[] b = bytes;
            bytes = null;
            return b;
        }
    }

    /**
     * Bytes → text → cues → findings. What a big file costs is held no longer than needed: the
     * bytes until they are decoded, the text until it is read into cues; the rules see only the cues.
     */
    private FileCheck checkContent(String displayPath, Content content) {
        Optional<SubtitleReader> reader = Readers.forFileName(displayPath);
        if (reader.isEmpty()) {
            return unreadable(displayPath, "unknown", "no reader for this file's extension: subtitle-qc reads "
                    + String.join(", ", java.util.Arrays.stream(Format.values()).map(f -> "." + f.id()).toList())
                    + "; change <includes> to leave it out");
        }
        DecodedText decoded = TextDecoder.decode(content.take(), config.encoding(), config.detectEncoding());
        List<ReadIssue> issues = new ArrayList<>(decoded.issues());
        SubtitleDocument document = reader.get().read(decoded, issues::add);
        String encoding = decoded.charset().name();
        decoded = null; // the cues hold what the rules need
        RuleSet set = ruleSet(displayPath);
        ProfileChoice choice = set.selector.choose(displayPath, document);
        TrackKinds.Recognition kind = TrackKinds.recognise(displayPath, document);
        Treatment treatment = config.kinds().contains(kind.kind()) ? Treatment.SUBTITLES
                : kind.kind().equals(TrackKinds.DESCRIPTIONS) ? Treatment.TIMING : Treatment.NONE;
        List<Finding> findings = new ArrayList<>();
        for (ReadIssue issue : issues) {
            Severity severity = set.readerSeverities.get(issue.ruleId());
            if (severity != null) {
                findings.add(new Finding(issue.ruleId(), severity, displayPath, issue.cue(), issue.line(),
                        issue.column(), issue.message(), null, null));
            }
        }
        Severity kindSeverity = set.readerSeverities.get(ReaderRules.TRACK_KIND.id());
        if (treatment != Treatment.SUBTITLES && kindSeverity != null) {
            findings.add(new Finding(ReaderRules.TRACK_KIND.id(), kindSeverity, displayPath, 0, 1, 0,
                    trackKindMessage(kind), null, null));
        }
        CueCollector details = config.cueDetails() ? cueDetails(document, choice.profile(), set) : null;
        List<Summary> summaries = runRules(displayPath, document, choice, findings, details, set, treatment);
        findings.sort(Finding.ORDER);
        FileResult result = new FileResult(displayPath, document.format().id(), choice.language(), choice.profile().name(),
                choice.reason(), encoding, document.cues().size(), findings,
                Scoring.file(document.cues().size(), findings), details == null ? null : details.cues.build(),
                new FileSetup(kind.kind(), set.id, choice.confidence(), treatment != Treatment.NONE));
        return new FileCheck(result, summaries, set);
    }

    /** How a track is checked, from its kind and the {@code kinds} parameter. */
    private enum Treatment {
        /** every rule */
        SUBTITLES,
        /** timing and spelling only ({@link TrackKinds#DESCRIPTION_RULES}): a descriptions track not checked as subtitles */
        TIMING,
        /** no rule: a chapters or metadata track not checked as subtitles */
        NONE
    }

    /** The {@code track-kind} finding's message for a track not checked as subtitles. */
    private static String trackKindMessage(TrackKinds.Recognition kind) {
        String track = kind.kind() + " track (" + kind.reason() + ")";
        if (kind.kind().equals(TrackKinds.DESCRIPTIONS)) {
            return track + ": its text is spoken, not read, so only its timing and spelling are checked ("
                    + String.join(", ", TrackKinds.DESCRIPTION_RULES) + "); add descriptions to <kinds> to check it"
                    + " as subtitles";
        }
        return track + ": not checked as subtitles; add " + kind.kind() + " to <kinds> to check it";
    }

    /** Lets every project rule decide over all files, and adds its findings to the files they name. */
    private List<FileResult> finishProject(List<FileCheck> checks) {
        int projects = defaults.projectRules.size();
        Map<String, List<Finding>> added = new HashMap<>();
        Map<String, FileCheck> byPath = new HashMap<>();
        checks.forEach(c -> byPath.putIfAbsent(c.result.path(), c));
        for (int r = 0; r < projects; r++) {
            int index = r;
            List<Object> summaries = new ArrayList<>(checks.size());
            ActiveProjectRule rule = null;
            for (FileCheck c : checks) {
                Summary summary = c.summaries.isEmpty() ? null : c.summaries.get(r);
                if (summary != null) {
                    summaries.add(summary.state);
                    rule = summary.rule;
                }
            }
            if (rule == null) {
                continue; // it ran on no file
            }
            ActiveProjectRule running = rule;
            // a finding gets the severity of the file's settings; none on a file the rule did not run on
            ProjectReporter reporter = (file, cue, line, column, message, value, limit) -> {
                FileCheck c = byPath.get(file);
                ActiveProjectRule own = c == null ? running : c.summaries.isEmpty() ? null
                        : c.summaries.get(index) == null ? null : c.summaries.get(index).rule;
                if (own != null) {
                    added.computeIfAbsent(file, k -> new ArrayList<>()).add(new Finding(own.rule.descriptor().id(),
                            own.severity, file, cue, line, column, message, value, limit));
                }
            };
            try {
                running.finish(summaries, reporter);
            } catch (RuntimeException e) {
                for (FileCheck c : checks) {
                    reporter.report(c.result.path(), 0, 1, 0, "rule " + running.rule.descriptor().id()
                            + " failed (" + e + ") and was skipped: report this to the rule's author", null, null);
                }
            }
        }
        List<FileResult> results = new ArrayList<>(checks.size());
        for (FileCheck c : checks) {
            FileResult r = c.result;
            List<Finding> more = added.get(r.path());
            if (more == null) {
                results.add(r);
                continue;
            }
            List<Finding> all = new ArrayList<>(r.findings());
            all.addAll(more);
            all.sort(Finding.ORDER);
            results.add(r.withFindings(all, Scoring.file(r.cues(), all)));
        }
        return results;
    }

    /**
     * Runs the rules of {@code set} the treatment allows over a file's cues; returns its summaries
     * for the project rules, one per project rule that can run (null where it does not run on this file).
     */
    private List<Summary> runRules(String file, SubtitleDocument document, ProfileChoice choice, List<Finding> findings,
                                   CueCollector details, RuleSet set, Treatment treatment) {
        Profile profile = choice.profile();
        List<RuleSettings> settings = set.settingsFor(profile);
        FileState state = new FileState();
        List<Context> contexts = new ArrayList<>(set.rules.size());
        List<Rule> running = new ArrayList<>(set.rules.size());
        for (int i = 0; i < set.rules.size(); i++) {
            ActiveRule r = set.rules.get(i);
            String id = r.rule.descriptor().id();
            if (treatment == Treatment.SUBTITLES
                    || treatment == Treatment.TIMING && TrackKinds.DESCRIPTION_RULES.contains(id)) {
                contexts.add(new Context(file, id, r.severity, settings.get(i), choice, state, findings));
                running.add(r.rule);
            }
        }
        List<Summary> summaries = new ArrayList<>(set.projectRules.size());
        List<Summary> collecting = new ArrayList<>();
        for (int i = 0; i < set.projectRules.size(); i++) {
            ActiveProjectRule r = set.projectRules.get(i);
            if (r == null || !(treatment == Treatment.SUBTITLES
                    || treatment == Treatment.TIMING && TrackKinds.DESCRIPTION_RULES.contains(r.rule.descriptor().id()))) {
                summaries.add(null);
                continue;
            }
            Context context = new Context(file, r.rule.descriptor().id(), r.severity, settings.get(set.rules.size() + i),
                    choice, state, findings);
            Summary summary = new Summary(r, context, r.rule.newSummary(context));
            summaries.add(summary);
            collecting.add(summary);
        }
        for (Cue cue : document.cues()) {
            CueView view = new CueView(cue, profile.counting());
            for (int i = 0; i < contexts.size(); i++) {
                Context c = contexts.get(i);
                Rule rule = running.get(i);
                c.guard(view, () -> rule.check(view, c));
            }
            for (Summary s : collecting) {
                s.collect(view);
            }
            if (details != null) {
                details.add(view);
            }
            state.previous = view;
        }
        for (Summary s : collecting) {
            s.fileDone();
        }
        return java.util.Collections.unmodifiableList(summaries);
    }

    /**
     * Collects cue details with the reading-speed rule's settings for this profile: its
     * {@code maxCps} as the limit, its {@code countSpaces} for the speed (spaces count when the
     * rule does not run).
     */
    private CueCollector cueDetails(SubtitleDocument document, Profile profile, RuleSet set) {
        Double maxCps = null;
        boolean countSpaces = true;
        List<RuleSettings> settings = set.settingsFor(profile);
        for (int i = 0; i < set.rules.size(); i++) {
            RuleDescriptor d = set.rules.get(i).rule.descriptor();
            if (d.id().equals(READING_SPEED)) {
                RuleSettings s = settings.get(i);
                Object max = d.parameter("maxCps").flatMap(s::find).orElse(null);
                maxCps = max instanceof Number n ? n.doubleValue() : null;
                countSpaces = !Boolean.FALSE.equals(d.parameter("countSpaces").flatMap(s::find).orElse(null));
            }
        }
        return new CueCollector(new CueDetails.Builder(document.cues().size(), maxCps), countSpaces);
    }

    private static RuleSettings resolve(RuleDescriptor descriptor, Map<String, String> parameters, Profile profile,
                                        String where) {
        try {
            return RuleSettings.resolve(descriptor, parameters, profile.parameters());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(where + "rule '" + descriptor.id() + "': " + e.getMessage(), e);
        }
    }

    /** A file that could not be read or checked: one {@code parse-error} finding, no summaries. */
    private FileCheck unreadable(String displayPath, String format, String message) {
        RuleSet set = ruleSet(displayPath);
        SubtitleDocument empty = new SubtitleDocument(Format.SRT, List.of(), Optional.empty());
        ProfileChoice choice = set.selector.choose(displayPath, empty);
        Severity severity = set.readerSeverities.get(ReaderRules.PARSE_ERROR.id());
        List<Finding> findings = severity == null ? List.of()
                : List.of(new Finding(ReaderRules.PARSE_ERROR.id(), severity, displayPath, 0, 1, 0, message, null, null));
        return new FileCheck(new FileResult(displayPath, format, choice.language(), choice.profile().name(),
                choice.reason(), null, 0, findings, Scoring.file(0, findings), null,
                new FileSetup(TrackKinds.recognise(displayPath, empty).kind(), set.id, choice.confidence())),
                List.of(), set);
    }

    /** Why a file could not be read, and what to do about it. */
    static String cannotRead(java.nio.file.Path path, Exception e) {
        if (Files.isSymbolicLink(path) && !Files.exists(path)) {
            String target;
            try {
                target = "'" + Files.readSymbolicLink(path) + "'";
            } catch (IOException | RuntimeException unreadable) {
                target = "its target";
            }
            return "cannot read the file: it is a symbolic link to " + target
                    + ", which does not exist; correct or remove the link, or leave it out with <excludes>";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "cannot read the file: it no longer exists (was it deleted while the build ran?)";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "cannot read the file: permission denied; make it readable, or leave it out with <excludes>";
        }
        return "cannot read the file (" + e + "): check that it exists and is readable";
    }

    private static String formatOf(String displayPath) {
        return Format.ofFileName(displayPath).map(Format::id).orElse("unknown");
    }

    private record ActiveRule(Rule rule, Severity severity, Map<String, String> parameters) {
    }

    private record ActiveProjectRule(ProjectRule<?> rule, Severity severity, Map<String, String> parameters) {

        @SuppressWarnings("unchecked")
        void finish(List<Object> summaries, ProjectReporter reporter) {
            ((ProjectRule<Object>) rule).finish(summaries, reporter);
        }
    }

    /** One file's summary for one project rule. */
    private static final class Summary {
        private final ActiveProjectRule rule;
        private final Context context;
        private final Object state;

        Summary(ActiveProjectRule rule, Context context, Object state) {
            this.rule = rule;
            this.context = context;
            this.state = state;
        }

        @SuppressWarnings("unchecked")
        void collect(CueView cue) {
            context.guard(cue, () -> ((ProjectRule<Object>) rule.rule).collect(state, cue, context));
        }

        @SuppressWarnings("unchecked")
        void fileDone() {
            if (!context.failed) {
                ((ProjectRule<Object>) rule.rule).fileDone(state);
            }
        }
    }

    /** Keeps each cue's details, its reading speed counted as the reading-speed rule counts it. */
    private record CueCollector(CueDetails.Builder cues, boolean countSpaces) {

        void add(CueView view) {
            long duration = view.durationMs();
            cues.add(view.startMs(), view.endMs(), duration > 0 ? view.count(countSpaces) * 1000 / duration : Double.NaN,
                    String.join("\n", view.visibleLines()));
        }
    }

    /**
     * One file checked: its result before project rules, its summaries for them (empty, or one per
     * project rule, null where it did not run), and the settings it was checked with.
     */
    private record FileCheck(FileResult result, List<Summary> summaries, RuleSet set) {
    }

    /**
     * The settings files are checked with: the run's own, or one file set's (its profile, language
     * and rule configuration merged over the run's). Built, and every value parsed against every
     * profile, before any file is read.
     */
    private static final class RuleSet {
        /** The file set's id, null for the run's own settings. */
        final String id;
        final FileSet fileSet;
        final ProfileSelector selector;
        final Map<String, Severity> readerSeverities = new HashMap<>();
        final List<ActiveRule> rules;
        /** One per project rule that can run, null where switched off. */
        final List<ActiveProjectRule> projectRules;
        private final Map<String, List<RuleSettings>> settingsByProfile = new ConcurrentHashMap<>();
        private final String where;

        RuleSet(String id, FileSet fileSet, String profile, String language, Map<String, RuleOverride> overrides,
                List<Rule> available, List<ProjectRule<?>> availableProjects, String where) {
            this.id = id;
            this.fileSet = fileSet;
            this.where = where;
            try {
                this.selector = new ProfileSelector(profile, language);
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(where + e.getMessage(), e);
            }
            for (RuleDescriptor d : ReaderRules.ALL) {
                RuleOverride o = overrides.get(d.id());
                if (!disabled(o)) {
                    readerSeverities.put(d.id(), severity(d, o, where));
                }
            }
            List<ActiveRule> active = new ArrayList<>();
            for (Rule rule : available) {
                RuleOverride o = overrides.get(rule.descriptor().id());
                if (!disabled(o)) {
                    active.add(new ActiveRule(rule, severity(rule.descriptor(), o, where), parameters(o)));
                }
            }
            this.rules = List.copyOf(active);
            List<ActiveProjectRule> projects = new ArrayList<>();
            for (ProjectRule<?> rule : availableProjects) {
                RuleOverride o = overrides.get(rule.descriptor().id());
                projects.add(disabled(o) ? null
                        : new ActiveProjectRule(rule, severity(rule.descriptor(), o, where), parameters(o)));
            }
            this.projectRules = java.util.Collections.unmodifiableList(projects);
            // parse every value now, against every profile, so that a bad value fails before any file is read
            Profiles.all().forEach(this::settingsFor);
        }

        /** Each rule's settings for a profile: the per-cue rules', then the project rules' (null where off). */
        List<RuleSettings> settingsFor(Profile profile) {
            return settingsByProfile.computeIfAbsent(profile.name(), name -> {
                List<RuleSettings> list = new ArrayList<>(rules.size() + projectRules.size());
                for (ActiveRule r : rules) {
                    list.add(resolve(r.rule.descriptor(), r.parameters, profile, where));
                }
                for (ActiveProjectRule r : projectRules) {
                    list.add(r == null ? null : resolve(r.rule.descriptor(), r.parameters, profile, where));
                }
                return java.util.Collections.unmodifiableList(list);
            });
        }
    }

    /** What all rules share while one file is checked. */
    private static final class FileState {
        CueView previous;
        final Map<Class<?>, Object> shared = new HashMap<>();
    }

    /** One rule's view of one file. */
    private final class Context implements RuleContext {
        private final String file;
        private final String ruleId;
        private final Severity severity;
        private final RuleSettings settings;
        private final ProfileChoice choice;
        private final FileState state;
        private final List<Finding> sink;
        private boolean failed;

        Context(String file, String ruleId, Severity severity, RuleSettings settings, ProfileChoice choice,
                FileState state, List<Finding> sink) {
            this.file = file;
            this.ruleId = ruleId;
            this.severity = severity;
            this.settings = settings;
            this.choice = choice;
            this.state = state;
            this.sink = sink;
        }

        /** Runs a rule's work on a cue; a rule that throws is reported once and skipped for the rest of the file. */
        void guard(CueView cue, Runnable work) {
            if (failed) {
                return;
            }
            try {
                work.run();
            } catch (RuntimeException e) {
                failed = true;
                sink.add(new Finding(ruleId, Severity.ERROR, file, cue.ordinal(), cue.line(), 0,
                        "rule " + ruleId + " failed on this cue (" + e
                                + ") and was skipped for the rest of the file: report this to the rule's author",
                        null, null));
            }
        }

        @Override
        public String file() {
            return file;
        }

        @Override
        public Glossary glossary() {
            return glossary;
        }

        @Override
        public RuleSettings settings() {
            return settings;
        }

        @Override
        public Profile profile() {
            return choice.profile();
        }

        @Override
        public String language() {
            return choice.language();
        }

        @Override
        public io.github.subtitleqc.core.time.FrameRate frameRate() {
            return config.frameRate();
        }

        @Override
        public CueView previous() {
            return state.previous;
        }

        @Override
        public <T> T perFile(Class<T> type, java.util.function.Supplier<T> create) {
            return type.cast(state.shared.computeIfAbsent(type, k -> create.get()));
        }

        @Override
        public void report(CueView cue, int line, int column, String message, Double value, Double limit) {
            sink.add(new Finding(ruleId, severity, file, cue.ordinal(), line, column, message, value, limit));
        }
    }
}

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
    private final ProfileSelector selector;
    private final List<ActiveRule> rules;
    private final List<ActiveProjectRule> projectRules;
    private final Map<String, Severity> readerSeverities;
    private final Map<String, List<RuleSettings>> settingsByProfile = new ConcurrentHashMap<>();
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
     *                                parameter, a value does not parse, or a glossary cannot be read
     */
    public Engine(EngineConfig config, List<Rule> available, List<ProjectRule<?>> availableProjects) {
        this.config = config;
        try {
            this.selector = new ProfileSelector(config.profile(), config.language());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage(), e);
        }
        Map<String, RuleDescriptor> known = new LinkedHashMap<>();
        ReaderRules.ALL.forEach(d -> known.put(d.id(), d));
        available.forEach(r -> known.put(r.descriptor().id(), r.descriptor()));
        availableProjects.forEach(r -> known.put(r.descriptor().id(), r.descriptor()));
        Map<String, RuleOverride> overrides = new HashMap<>();
        for (RuleOverride o : config.rules()) {
            if (o.ruleId() == null || !known.containsKey(o.ruleId())) {
                throw new ConfigurationException("unknown rule id '" + o.ruleId() + "' in the rules configuration"
                        + Suggestions.didYouMean(o.ruleId(), known.keySet()) + "; known rules: "
                        + String.join(", ", known.keySet()));
            }
            if (overrides.put(o.ruleId(), o) != null) {
                throw new ConfigurationException("rule '" + o.ruleId() + "' is configured twice: merge the two entries");
            }
            RuleDescriptor d = known.get(o.ruleId());
            for (String name : o.parameters().keySet()) {
                if (d.parameter(name).isEmpty()) {
                    throw new ConfigurationException("rule '" + d.id() + "' has no parameter '" + name + "'"
                            + Suggestions.didYouMean(name, d.parameters().stream().map(p -> p.name()).toList())
                            + (d.parameters().isEmpty() ? "; it takes none"
                            : "; its parameters: " + String.join(", ", d.parameters().stream().map(p -> p.name()).toList())));
                }
            }
            if (o.severity() != null) {
                severity(o);
            }
        }
        this.readerSeverities = new HashMap<>();
        for (RuleDescriptor d : ReaderRules.ALL) {
            RuleOverride o = overrides.get(d.id());
            if (!disabled(o)) {
                readerSeverities.put(d.id(), severity(d, o));
            }
        }
        List<ActiveRule> active = new ArrayList<>();
        for (Rule rule : available) {
            RuleOverride o = overrides.get(rule.descriptor().id());
            if (!disabled(o)) {
                active.add(new ActiveRule(rule, severity(rule.descriptor(), o), parameters(o)));
            }
        }
        this.rules = List.copyOf(active);
        List<ActiveProjectRule> activeProjects = new ArrayList<>();
        for (ProjectRule<?> rule : availableProjects) {
            RuleOverride o = overrides.get(rule.descriptor().id());
            if (!disabled(o)) {
                activeProjects.add(new ActiveProjectRule(rule, severity(rule.descriptor(), o), parameters(o)));
            }
        }
        this.projectRules = List.copyOf(activeProjects);
        // parse every value now, against every profile, so that a bad value fails before any file is read
        Profiles.all().forEach(this::settingsFor);
        try {
            this.glossary = new GlossaryReader().readAll(config.glossaries());
        } catch (GlossaryException e) {
            throw new ConfigurationException(e.getMessage(), e);
        }
    }

    private static boolean disabled(RuleOverride o) {
        return o != null && Boolean.FALSE.equals(o.enabled());
    }

    /** The configured severity, else the rule's default. */
    private static Severity severity(RuleDescriptor d, RuleOverride o) {
        return o == null || o.severity() == null ? d.defaultSeverity() : severity(o);
    }

    private static Map<String, String> parameters(RuleOverride o) {
        return o == null ? Map.of() : o.parameters();
    }

    private static Severity severity(RuleOverride o) {
        try {
            return Severity.parse(o.severity());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("rule '" + o.ruleId() + "': " + e.getMessage(), e);
        }
    }

    /**
     * The rules that run, with the severity their findings get: the reader rules, the per-cue
     * rules and the cross-file rules, in that order.
     */
    public List<RunRule> rules() {
        List<RunRule> out = new ArrayList<>();
        for (RuleDescriptor d : ReaderRules.ALL) {
            Severity s = readerSeverities.get(d.id());
            if (s != null) {
                out.add(new RunRule(d, s));
            }
        }
        rules.forEach(r -> out.add(new RunRule(r.rule.descriptor(), r.severity)));
        projectRules.forEach(r -> out.add(new RunRule(r.rule.descriptor(), r.severity)));
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
     */
    public Report check(List<SourceFile> files, ProgressListener progress) {
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
            return new FileCheck(unreadable(file.displayPath(), formatOf(file.displayPath()),
                    "subtitle-qc failed on this file (" + e + ") and could not check it: report this with the"
                            + " file; the other files were checked"), List.of());
        }
    }

    /** The finding for a file that does not fit in the memory the JVM may use. */
    private FileCheck outOfMemory(String displayPath, long bytes) {
        long max = Runtime.getRuntime().maxMemory();
        long suggestedGb = Math.max(1, (2 * max + (1L << 30) - 1) >> 30);
        return new FileCheck(unreadable(displayPath, formatOf(displayPath), "not enough memory to check this file ("
                + (bytes < 0 ? "" : megabytes(bytes) + "; ") + "the JVM may use " + megabytes(max) + "): give Maven"
                + " more memory (MAVEN_OPTS=-Xmx" + suggestedGb + "g) or leave the file out with <excludes>"),
                List.of());
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

    /** The report for results already computed: the build's score over them. */
    public static Report report(List<FileResult> results) {
        Score score = Scoring.build(results.stream().map(FileResult::cues).toList(),
                results.stream().map(FileResult::score).toList());
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
            return new FileCheck(unreadable(file.displayPath(), formatOf(file.displayPath()), cannotRead(file.path(), e)),
                    List.of());
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
            return new FileCheck(unreadable(displayPath, "unknown", "no reader for this file's extension: subtitle-qc reads "
                    + String.join(", ", java.util.Arrays.stream(Format.values()).map(f -> "." + f.id()).toList())
                    + "; change <includes> to leave it out"), List.of());
        }
        DecodedText decoded = TextDecoder.decode(content.take(), config.encoding(), config.detectEncoding());
        List<ReadIssue> issues = new ArrayList<>(decoded.issues());
        SubtitleDocument document = reader.get().read(decoded, issues::add);
        String encoding = decoded.charset().name();
        decoded = null; // the cues hold what the rules need
        ProfileChoice choice = selector.choose(displayPath, document);
        List<Finding> findings = new ArrayList<>();
        for (ReadIssue issue : issues) {
            Severity severity = readerSeverities.get(issue.ruleId());
            if (severity != null) {
                findings.add(new Finding(issue.ruleId(), severity, displayPath, issue.cue(), issue.line(),
                        issue.column(), issue.message(), null, null));
            }
        }
        CueCollector details = config.cueDetails() ? cueDetails(document, choice.profile()) : null;
        List<Summary> summaries = runRules(displayPath, document, choice, findings, details);
        findings.sort(Finding.ORDER);
        FileResult result = new FileResult(displayPath, document.format().id(), choice.language(), choice.profile().name(),
                choice.reason(), encoding, document.cues().size(), findings,
                Scoring.file(document.cues().size(), findings), details == null ? null : details.cues.build(),
                new FileSetup(FileSetup.DEFAULT.kind(), null, choice.confidence()));
        return new FileCheck(result, summaries);
    }

    /** Lets every project rule decide over all files, and adds its findings to the files they name. */
    private List<FileResult> finishProject(List<FileCheck> checks) {
        if (projectRules.isEmpty()) {
            return checks.stream().map(c -> c.result).toList();
        }
        Map<String, List<Finding>> added = new HashMap<>();
        for (int r = 0; r < projectRules.size(); r++) {
            ActiveProjectRule rule = projectRules.get(r);
            List<Object> summaries = new ArrayList<>(checks.size());
            for (FileCheck c : checks) {
                if (!c.summaries.isEmpty()) {
                    summaries.add(c.summaries.get(r).state);
                }
            }
            ProjectReporter reporter = (file, cue, line, column, message, value, limit) ->
                    added.computeIfAbsent(file, k -> new ArrayList<>()).add(new Finding(rule.rule.descriptor().id(),
                            rule.severity, file, cue, line, column, message, value, limit));
            try {
                rule.finish(summaries, reporter);
            } catch (RuntimeException e) {
                for (FileCheck c : checks) {
                    reporter.report(c.result.path(), 0, 1, 0, "rule " + rule.rule.descriptor().id()
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

    private List<Summary> runRules(String file, SubtitleDocument document, ProfileChoice choice, List<Finding> findings,
                                   CueCollector details) {
        Profile profile = choice.profile();
        List<RuleSettings> settings = settingsFor(profile);
        FileState state = new FileState();
        List<Context> contexts = new ArrayList<>(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            contexts.add(new Context(file, rules.get(i).rule.descriptor().id(), rules.get(i).severity, settings.get(i),
                    choice, state, findings));
        }
        List<Summary> summaries = new ArrayList<>(projectRules.size());
        for (int i = 0; i < projectRules.size(); i++) {
            ActiveProjectRule r = projectRules.get(i);
            Context context = new Context(file, r.rule.descriptor().id(), r.severity, settings.get(rules.size() + i),
                    choice, state, findings);
            summaries.add(new Summary(r, context, r.rule.newSummary(context)));
        }
        for (Cue cue : document.cues()) {
            CueView view = new CueView(cue, profile.counting());
            for (int i = 0; i < contexts.size(); i++) {
                Context c = contexts.get(i);
                Rule rule = rules.get(i).rule;
                c.guard(view, () -> rule.check(view, c));
            }
            for (Summary s : summaries) {
                s.collect(view);
            }
            if (details != null) {
                details.add(view);
            }
            state.previous = view;
        }
        for (Summary s : summaries) {
            s.fileDone();
        }
        return summaries;
    }

    /**
     * Collects cue details with the reading-speed rule's settings for this profile: its
     * {@code maxCps} as the limit, its {@code countSpaces} for the speed (spaces count when the
     * rule does not run).
     */
    private CueCollector cueDetails(SubtitleDocument document, Profile profile) {
        Double maxCps = null;
        boolean countSpaces = true;
        List<RuleSettings> settings = settingsFor(profile);
        for (int i = 0; i < rules.size(); i++) {
            RuleDescriptor d = rules.get(i).rule.descriptor();
            if (d.id().equals(READING_SPEED)) {
                RuleSettings s = settings.get(i);
                Object max = d.parameter("maxCps").flatMap(s::find).orElse(null);
                maxCps = max instanceof Number n ? n.doubleValue() : null;
                countSpaces = !Boolean.FALSE.equals(d.parameter("countSpaces").flatMap(s::find).orElse(null));
            }
        }
        return new CueCollector(new CueDetails.Builder(document.cues().size(), maxCps), countSpaces);
    }

    private List<RuleSettings> settingsFor(Profile profile) {
        return settingsByProfile.computeIfAbsent(profile.name(), name -> {
            List<RuleSettings> list = new ArrayList<>(rules.size() + projectRules.size());
            for (ActiveRule r : rules) {
                list.add(resolve(r.rule.descriptor(), r.parameters, profile));
            }
            for (ActiveProjectRule r : projectRules) {
                list.add(resolve(r.rule.descriptor(), r.parameters, profile));
            }
            return List.copyOf(list);
        });
    }

    private static RuleSettings resolve(RuleDescriptor descriptor, Map<String, String> parameters, Profile profile) {
        try {
            return RuleSettings.resolve(descriptor, parameters, profile.parameters());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("rule '" + descriptor.id() + "': " + e.getMessage(), e);
        }
    }

    private FileResult unreadable(String displayPath, String format, String message) {
        ProfileChoice choice = selector.choose(displayPath, new SubtitleDocument(Format.SRT, List.of(), Optional.empty()));
        Severity severity = readerSeverities.get(ReaderRules.PARSE_ERROR.id());
        List<Finding> findings = severity == null ? List.of()
                : List.of(new Finding(ReaderRules.PARSE_ERROR.id(), severity, displayPath, 0, 1, 0, message, null, null));
        return new FileResult(displayPath, format, choice.language(), choice.profile().name(), choice.reason(), null, 0,
                findings, Scoring.file(0, findings));
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

    /** One file checked: its result before project rules, and its summaries for them. */
    private record FileCheck(FileResult result, List<Summary> summaries) {
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

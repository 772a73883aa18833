package io.github.subtitleqc.core.engine;

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
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.Rule;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Checks files: bytes → decoded text → cues → visible text and measures → findings → score.
 * One pass over the cues of each file; files are checked in parallel. The configuration is
 * validated when the engine is built, before any file is read.
 */
public final class Engine {

    private final EngineConfig config;
    private final ProfileSelector selector;
    private final List<ActiveRule> rules;
    private final Map<String, Severity> readerSeverities;
    private final Map<String, List<RuleSettings>> settingsByProfile = new ConcurrentHashMap<>();

    /**
     * @param config    how to check
     * @param available the rules that can run (usually {@link RuleRegistry#discover(ClassLoader)})
     * @throws ConfigurationException when the configuration names an unknown profile, rule or
     *                                parameter, or a value does not parse
     */
    public Engine(EngineConfig config, List<Rule> available) {
        this.config = config;
        try {
            this.selector = new ProfileSelector(config.profile(), config.language());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage(), e);
        }
        Map<String, RuleDescriptor> known = new LinkedHashMap<>();
        ReaderRules.ALL.forEach(d -> known.put(d.id(), d));
        available.forEach(r -> known.put(r.descriptor().id(), r.descriptor()));
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
            if (o == null || !Boolean.FALSE.equals(o.enabled())) {
                readerSeverities.put(d.id(), o == null || o.severity() == null ? d.defaultSeverity() : severity(o));
            }
        }
        List<ActiveRule> active = new ArrayList<>();
        for (Rule rule : available) {
            RuleOverride o = overrides.get(rule.descriptor().id());
            if (o != null && Boolean.FALSE.equals(o.enabled())) {
                continue;
            }
            Severity severity = o == null || o.severity() == null ? rule.descriptor().defaultSeverity() : severity(o);
            active.add(new ActiveRule(rule, severity, o == null ? Map.of() : o.parameters()));
        }
        this.rules = List.copyOf(active);
        // parse every value now, against every profile, so that a bad value fails before any file is read
        Profiles.all().forEach(this::settingsFor);
    }

    private static Severity severity(RuleOverride o) {
        try {
            return Severity.parse(o.severity());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("rule '" + o.ruleId() + "': " + e.getMessage(), e);
        }
    }

    /** The configuration this engine checks with. */
    public EngineConfig config() {
        return config;
    }

    /** Checks files, {@link EngineConfig#threads()} at a time; results keep the order of {@code files}. */
    public Report check(List<SourceFile> files, ProgressListener progress) {
        List<FileResult> results = new ArrayList<>(files.size());
        AtomicInteger done = new AtomicInteger();
        if (config.threads() == 1 || files.size() < 2) {
            for (SourceFile f : files) {
                FileResult r = check(f);
                results.add(r);
                progress.fileDone(done.incrementAndGet(), files.size(), r);
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(config.threads(), files.size()), r -> {
                Thread t = new Thread(r, "subtitle-qc");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<FileResult>> futures = new ArrayList<>(files.size());
                for (SourceFile f : files) {
                    futures.add(pool.submit(() -> {
                        FileResult r = check(f);
                        progress.fileDone(done.incrementAndGet(), files.size(), r);
                        return r;
                    }));
                }
                for (Future<FileResult> future : futures) {
                    results.add(future.get());
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
        return report(results);
    }

    /** The report for results already computed: the build's score over them. */
    public static Report report(List<FileResult> results) {
        Score score = Scoring.build(results.stream().map(FileResult::cues).toList(),
                results.stream().map(FileResult::score).toList());
        return new Report(results, score);
    }

    /** Reads and checks one file. Never throws for bad content: it becomes findings. */
    public FileResult check(SourceFile file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.path());
        } catch (IOException | RuntimeException e) {
            return unreadable(file.displayPath(), formatOf(file.displayPath()),
                    "cannot read the file (" + e + "): check that it exists and is readable");
        }
        return check(file.displayPath(), bytes);
    }

    /** Checks one file's content; {@code displayPath}'s extension picks the format. */
    public FileResult check(String displayPath, byte[] bytes) {
        Optional<SubtitleReader> reader = Readers.forFileName(displayPath);
        if (reader.isEmpty()) {
            return unreadable(displayPath, "unknown", "no reader for this file's extension: subtitle-qc reads "
                    + String.join(", ", java.util.Arrays.stream(Format.values()).map(f -> "." + f.id()).toList())
                    + "; change <includes> to leave it out");
        }
        DecodedText decoded = TextDecoder.decode(bytes, config.encoding(), config.detectEncoding());
        List<ReadIssue> issues = new ArrayList<>(decoded.issues());
        SubtitleDocument document = reader.get().read(decoded, issues::add);
        ProfileChoice choice = selector.choose(displayPath, document);
        List<Finding> findings = new ArrayList<>();
        for (ReadIssue issue : issues) {
            Severity severity = readerSeverities.get(issue.ruleId());
            if (severity != null) {
                findings.add(new Finding(issue.ruleId(), severity, displayPath, issue.cue(), issue.line(),
                        issue.column(), issue.message(), null, null));
            }
        }
        runRules(displayPath, document, choice, findings);
        findings.sort(Finding.ORDER);
        return new FileResult(displayPath, document.format().id(), choice.language(), choice.profile().name(),
                choice.reason(), decoded.charset().name(), document.cues().size(), findings,
                Scoring.file(document.cues().size(), findings));
    }

    private void runRules(String file, SubtitleDocument document, ProfileChoice choice, List<Finding> findings) {
        Profile profile = choice.profile();
        List<RuleSettings> settings = settingsFor(profile);
        FileState state = new FileState();
        List<Context> contexts = new ArrayList<>(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            contexts.add(new Context(file, rules.get(i), settings.get(i), choice, state, findings));
        }
        for (Cue cue : document.cues()) {
            CueView view = new CueView(cue, profile.counting());
            for (Context c : contexts) {
                c.check(view);
            }
            state.previous = view;
        }
    }

    private List<RuleSettings> settingsFor(Profile profile) {
        return settingsByProfile.computeIfAbsent(profile.name(), name -> {
            List<RuleSettings> list = new ArrayList<>(rules.size());
            for (ActiveRule r : rules) {
                try {
                    list.add(RuleSettings.resolve(r.rule.descriptor(), r.parameters, profile.parameters()));
                } catch (IllegalArgumentException e) {
                    throw new ConfigurationException("rule '" + r.rule.descriptor().id() + "': " + e.getMessage(), e);
                }
            }
            return List.copyOf(list);
        });
    }

    private FileResult unreadable(String displayPath, String format, String message) {
        ProfileChoice choice = selector.choose(displayPath, new SubtitleDocument(Format.SRT, List.of(), Optional.empty()));
        Severity severity = readerSeverities.get(ReaderRules.PARSE_ERROR.id());
        List<Finding> findings = severity == null ? List.of()
                : List.of(new Finding(ReaderRules.PARSE_ERROR.id(), severity, displayPath, 0, 1, 0, message, null, null));
        return new FileResult(displayPath, format, choice.language(), choice.profile().name(), choice.reason(), null, 0,
                findings, Scoring.file(0, findings));
    }

    private static String formatOf(String displayPath) {
        return Format.ofFileName(displayPath).map(Format::id).orElse("unknown");
    }

    private record ActiveRule(Rule rule, Severity severity, Map<String, String> parameters) {
    }

    /** What all rules share while one file is checked. */
    private static final class FileState {
        CueView previous;
    }

    /** One rule's view of one file. */
    private final class Context implements io.github.subtitleqc.core.rule.RuleContext {
        private final String file;
        private final ActiveRule rule;
        private final RuleSettings settings;
        private final ProfileChoice choice;
        private final FileState state;
        private final List<Finding> sink;
        private boolean failed;

        Context(String file, ActiveRule rule, RuleSettings settings, ProfileChoice choice, FileState state,
                List<Finding> sink) {
            this.file = file;
            this.rule = rule;
            this.settings = settings;
            this.choice = choice;
            this.state = state;
            this.sink = sink;
        }

        void check(CueView cue) {
            if (failed) {
                return;
            }
            try {
                rule.rule.check(cue, this);
            } catch (RuntimeException e) {
                failed = true;
                sink.add(new Finding(rule.rule.descriptor().id(), Severity.ERROR, file, cue.ordinal(), cue.line(), 0,
                        "rule " + rule.rule.descriptor().id() + " failed on this cue (" + e
                                + ") and was skipped for the rest of the file: report this to the rule's author",
                        null, null));
            }
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
        public void report(CueView cue, int line, int column, String message, Double value, Double limit) {
            sink.add(new Finding(rule.rule.descriptor().id(), rule.severity, file, cue.ordinal(), line, column,
                    message, value, limit));
        }
    }
}

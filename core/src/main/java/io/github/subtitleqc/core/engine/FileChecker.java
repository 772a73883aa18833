package io.github.subtitleqc.core.engine;

import io.github.subtitleqc.core.baseline.Baseline;
import io.github.subtitleqc.core.baseline.FindingKeys;
import io.github.subtitleqc.core.cache.CachedFile;
import io.github.subtitleqc.core.cache.ContentHash;
import io.github.subtitleqc.core.cache.ResultCache;
import io.github.subtitleqc.core.glossary.Glossary;
import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Format;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.model.SubtitleDocument;
import io.github.subtitleqc.core.profile.Profile;
import io.github.subtitleqc.core.profile.ProfileChoice;
import io.github.subtitleqc.core.read.DecodedText;
import io.github.subtitleqc.core.read.MeasuredDocument;
import io.github.subtitleqc.core.read.ReadIssue;
import io.github.subtitleqc.core.read.ReaderRules;
import io.github.subtitleqc.core.read.Readers;
import io.github.subtitleqc.core.read.SubtitleReader;
import io.github.subtitleqc.core.read.TextDecoder;
import io.github.subtitleqc.core.read.XmlRoot;
import io.github.subtitleqc.core.rule.CueView;
import io.github.subtitleqc.core.rule.Rule;
import io.github.subtitleqc.core.rule.RuleContext;
import io.github.subtitleqc.core.rule.RuleDescriptor;
import io.github.subtitleqc.core.rule.RuleSettings;
import io.github.subtitleqc.core.score.Scoring;
import io.github.subtitleqc.core.text.VisibleCues;
import io.github.subtitleqc.core.time.FrameRate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The per-file stages: read (bytes → decoded text → cues and read issues), choose the profile and
 * the track's kind, measure each cue once ({@link CueView}) and run the per-cue rules over it while
 * feeding the cross-file rules' summaries. Safe to use from several threads at once: all state of
 * a file lives in the call that checks it.
 */
final class FileChecker {

    /** The rule whose limit and way of counting {@link CueDetails} report. */
    private static final String READING_SPEED = "reading-speed";

    private final EngineConfig config;
    private final RunSettings settings;

    FileChecker(EngineConfig config, RunSettings settings) {
        this.config = config;
        this.settings = settings;
    }

    /**
     * Reads and checks a file from disk; a file that cannot be read is a {@code parse-error}
     * finding. With the cache on, a file whose content the cache knows is not checked again: its
     * result and summaries come from the cache. A file whose hash the cache was told before the run
     * ({@link ResultCache#know}) and that it finds under that hash is not even read.
     */
    CheckedFile check(SourceFile file, ResultCache cache) {
        ContentHash known = cache.known(file.displayPath());
        if (known != null) { // hashed before the run: a hit needs no reading
            CachedFile hit = cache.lookup(file.displayPath(), known);
            CheckedFile cached = hit == null ? null : fromCache(file.displayPath(), hit, known);
            if (cached != null) {
                return cached;
            }
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.path());
        } catch (IOException | RuntimeException e) {
            return unreadable(file.displayPath(), formatOf(file.displayPath()), cannotRead(file.path(), e));
        }
        if (!cache.isEnabled()) {
            return encoded(check(file.displayPath(), new Content(bytes)), null);
        }
        ContentHash hash = ContentHash.of(bytes);
        CachedFile hit = cache.lookup(file.displayPath(), hash);
        CheckedFile cached = hit == null ? null : fromCache(file.displayPath(), hit, hash);
        return cached != null ? cached : encoded(check(file.displayPath(), new Content(bytes)), hash);
    }

    /**
     * The file with its cross-file summaries encoded (and, with a hash, its cache entry), here on
     * the checking thread rather than on the one that hands results over in order.
     */
    private CheckedFile encoded(CheckedFile c, ContentHash hash) {
        List<byte[]> encoded = new ArrayList<>(c.summaries().size());
        try {
            for (CrossFileSummary s : c.summaries()) {
                encoded.add(s == null ? null : s.encode());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<byte[]> summaries = c.summaries().isEmpty() ? null : encoded;
        ResultCache.EncodedFile entry = null;
        if (hash != null && !c.summaries().isEmpty()) {
            entry = ResultCache.encode(c.result(), encoded);
        }
        return new CheckedFile(c.result(), c.summaries(), entry == null ? null : hash, summaries, entry);
    }

    /**
     * A file's result and summaries as the cache kept them, or null when they do not fit this
     * run's rules (then the file is checked again). The summaries stay bytes: the cross-file
     * stage spills them as they are, and only the rule decodes them. (An entry passed its
     * checksum, and its codecs' versions are in the configuration's fingerprint.)
     */
    private CheckedFile fromCache(String displayPath, CachedFile hit, ContentHash hash) {
        RuleSet set = settings.ruleSet(displayPath);
        if (hit.summaries().size() != set.projectRules.size()) {
            return null;
        }
        List<CrossFileSummary> summaries = new ArrayList<>(set.projectRules.size());
        for (int r = 0; r < set.projectRules.size(); r++) {
            RuleSet.ActiveProjectRule rule = set.projectRules.get(r);
            byte[] bytes = hit.summaries().get(r);
            if (bytes == null) {
                summaries.add(null);
                continue;
            }
            if (rule == null || rule.rule().summaryCodec() == null) {
                return null;
            }
            summaries.add(CrossFileSummary.cached(rule));
        }
        return new CheckedFile(hit.result(), summaries, hash, hit.summaries(), hit.toRecord());
    }

    /**
     * Bytes → text → cues → findings. What a big file costs is held no longer than needed: the
     * bytes until they are decoded, the text until it is read into cues; the rules see only the cues.
     */
    CheckedFile check(String displayPath, Content content) {
        Optional<SubtitleReader> reader = Readers.forFileName(displayPath);
        DecodedText decoded = null;
        if (reader.isEmpty() && displayPath.toLowerCase(Locale.ROOT).endsWith(".xml")) {
            // TTML is often saved as .xml: read it as TTML when its root says so
            decoded = TextDecoder.decode(content.take(), config.encoding(), config.detectEncoding());
            Optional<XmlRoot.Name> root = XmlRoot.of(decoded.text());
            if (root.isEmpty() || !root.get().isTtml()) {
                return unreadable(displayPath, "unknown", "not a TTML document ("
                        + root.map(r -> "its root element is " + r).orElse("not well-formed XML")
                        + "): an .xml file is read only when its root is tt in the TTML namespace"
                        + " (http://www.w3.org/ns/ttml); change <includes> to leave it out");
            }
            reader = Optional.ofNullable(Readers.forFormat(Format.TTML));
        }
        if (reader.isEmpty()) {
            return unreadable(displayPath, "unknown", "no reader for this file's extension: subtitle-qc reads "
                    + String.join(", ", Arrays.stream(Format.values()).flatMap(f -> f.extensions().stream())
                            .map(e -> "." + e).toList())
                    + " and TTML saved as .xml; change <includes> to leave it out");
        }
        ReadFile read = readFile(reader.get(), content, decoded);
        decoded = null; // the cues hold what the rules need
        SubtitleDocument document = read.document();
        List<ReadIssue> issues = read.issues();
        String encoding = read.encoding();
        if (document.frameRate().isPresent()) { // no lambdas: each is a class made at run time, in every check
            var r = document.frameRate().get();
            if (r.numerator() * config.frameRate().denominator() != config.frameRate().numerator() * r.denominator()) {
                issues.add(new ReadIssue(ReaderRules.FORMAT.id(), 0, 1, 0, "the file's frame rate is " + r
                        + " fps (ttp:frameRate), the frameRate parameter is " + config.frameRate()
                        + ": limits in frames are measured at the file's " + r + " fps"));
            }
        }
        RuleSet set = settings.ruleSet(displayPath);
        VisibleCues visible = new VisibleCues(document, read.lineFacts());
        ProfileChoice choice = set.selector.choose(displayPath, document, visible);
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
        List<CrossFileSummary> summaries = runRules(displayPath, document, visible, choice, findings, details, set,
                treatment);
        findings.sort(Finding.ORDER);
        Baseline baseline = config.baseline();
        // the cue texts are asked for only with a baseline in use or being recorded
        Baseline.Filtered counted = baseline.filter(findings,
                baseline.inUse() || baseline.records() ? ordinal -> cueText(document, ordinal) : null);
        findings = counted.findings(); // the baselined ones weigh nothing in the score
        int cues = document.cues().size();
        FileResult result = new FileResult(displayPath, document.format().id(), choice.language(), choice.profile().name(),
                choice.reason(), encoding, cues, findings, Scoring.file(cues, findings),
                details == null ? null : details.cues.build(),
                new FileSetup(kind.kind(), set.id, choice.confidence(), treatment != Treatment.NONE), counted.baselined());
        return new CheckedFile(result, summaries);
    }

    /**
     * The read stage: the file's document, its read issues (a list the caller adds to) and the
     * name of its encoding. Most files, UTF-8 with nothing to report, are read from their bytes by
     * the reader's quick reading, without decoding the whole file; the others, or a file already
     * decoded ({@code decoded}, TTML saved as .xml), are decoded and read in full.
     */
    private ReadFile readFile(SubtitleReader reader, Content content, DecodedText decoded) {
        if (decoded == null) {
            byte[] bytes = content.take();
            int start = TextDecoder.utf8Start(bytes, config.encoding(), config.detectEncoding());
            MeasuredDocument plain = start < 0 ? null : reader.readPlain(bytes, start);
            if (plain != null) {
                return new ReadFile(plain.document(), new ArrayList<>(), StandardCharsets.UTF_8.name(), plain.lineFacts());
            }
            decoded = TextDecoder.decode(bytes, config.encoding(), config.detectEncoding());
        }
        List<ReadIssue> issues = new ArrayList<>(decoded.issues());
        SubtitleDocument document = reader.read(decoded, issues::add);
        return new ReadFile(document, issues, decoded.charset().name(), null);
    }

    /**
     * What the read stage gives: the document, the read issues, the encoding's name, and what the
     * quicker reading found of each text line ({@link MeasuredDocument#lineFacts()}; null when none).
     */
    private record ReadFile(SubtitleDocument document, List<ReadIssue> issues, String encoding, long[][] lineFacts) {
    }

    /**
     * The normalised visible text of the cue with this ordinal ({@link FindingKeys#normalise}), for
     * the baseline; null when no cue has it.
     */
    private static String cueText(SubtitleDocument document, int ordinal) {
        List<Cue> cues = document.cues();
        Cue cue = ordinal >= 1 && ordinal <= cues.size() && cues.get(ordinal - 1).ordinal() == ordinal
                ? cues.get(ordinal - 1) : null;
        if (cue == null) {
            for (Cue c : cues) {
                if (c.ordinal() == ordinal) {
                    cue = c;
                    break;
                }
            }
        }
        return cue == null ? null : FindingKeys.normalise(cue.lines());
    }

    /** How a track is checked, from its kind and the {@code kinds} parameter. */
    private enum Treatment {
        /** every rule */
        SUBTITLES,
        /** timing and spelling only ({@link TrackKinds#DESCRIPTION_RULES}): a descriptions track not checked as subtitles */
        TIMING,
        /** no rule: a chapters or metadata track not checked as subtitles */
        NONE;

        boolean runs(String ruleId) {
            return this == SUBTITLES || this == TIMING && TrackKinds.DESCRIPTION_RULES.contains(ruleId);
        }
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

    /**
     * The measure and per-cue stage: one {@link CueView} per cue, shared by every rule that the
     * treatment allows; returns the file's summaries for the cross-file rules, one per available
     * cross-file rule (null where it does not run on this file).
     */
    private List<CrossFileSummary> runRules(String file, SubtitleDocument document, VisibleCues visible, ProfileChoice choice,
                                            List<Finding> findings, CueCollector details, RuleSet set,
                                            Treatment treatment) {
        Profile profile = choice.profile();
        List<RuleSettings> ruleSettings = set.settingsFor(profile);
        FileState state = new FileState();
        state.frameRate = document.frameRate().orElse(config.frameRate());
        List<Context> contexts = new ArrayList<>(set.rules.size());
        List<Rule> running = new ArrayList<>(set.rules.size());
        for (int i = 0; i < set.rules.size(); i++) {
            RuleSet.ActiveRule r = set.rules.get(i);
            String id = r.rule().descriptor().id();
            if (treatment.runs(id)) {
                contexts.add(new Context(file, id, r.severity(), ruleSettings.get(i), choice, state, findings));
                running.add(r.rule());
            }
        }
        List<CrossFileSummary> summaries = new ArrayList<>(set.projectRules.size());
        List<CrossFileSummary> collecting = new ArrayList<>();
        for (int i = 0; i < set.projectRules.size(); i++) {
            RuleSet.ActiveProjectRule r = set.projectRules.get(i);
            if (r == null || !treatment.runs(r.rule().descriptor().id())) {
                summaries.add(null);
                continue;
            }
            Context context = new Context(file, r.rule().descriptor().id(), r.severity(),
                    ruleSettings.get(set.rules.size() + i), choice, state, findings);
            CrossFileSummary summary = new CrossFileSummary(r, context, r.rule().newSummary(context));
            summaries.add(summary);
            collecting.add(summary);
        }
        List<Cue> cues = document.cues();
        for (int c = 0; c < cues.size(); c++) {
            CueView view = new CueView(cues.get(c), profile.counting(), visible, c);
            for (int i = 0; i < contexts.size(); i++) {
                contexts.get(i).check(running.get(i), view);
            }
            for (int i = 0; i < collecting.size(); i++) { // an iterator would be made for every cue
                collecting.get(i).collect(view);
            }
            if (details != null) {
                details.add(view);
            }
            state.previous = view;
        }
        for (int i = 0; i < summaries.size(); i++) {
            CrossFileSummary s = summaries.get(i);
            summaries.set(i, s == null ? null : s.fileDone());
        }
        return summaries;
    }

    /**
     * Collects cue details with the reading-speed rule's settings for this profile: its
     * {@code maxCps} as the limit, its {@code countSpaces} for the speed (spaces count when the
     * rule does not run).
     */
    private static CueCollector cueDetails(SubtitleDocument document, Profile profile, RuleSet set) {
        Double maxCps = null;
        boolean countSpaces = true;
        List<RuleSettings> ruleSettings = set.settingsFor(profile);
        for (int i = 0; i < set.rules.size(); i++) {
            RuleDescriptor d = set.rules.get(i).rule().descriptor();
            if (d.id().equals(READING_SPEED)) {
                RuleSettings s = ruleSettings.get(i);
                Object max = d.parameter("maxCps").flatMap(s::find).orElse(null);
                maxCps = max instanceof Number n ? n.doubleValue() : null;
                countSpaces = !Boolean.FALSE.equals(d.parameter("countSpaces").flatMap(s::find).orElse(null));
            }
        }
        return new CueCollector(new CueDetails.Builder(document.cues().size(), maxCps), countSpaces);
    }

    /** A file that could not be read or checked: one {@code parse-error} finding, no summaries. */
    CheckedFile unreadable(String displayPath, String format, String message) {
        RuleSet set = settings.ruleSet(displayPath);
        SubtitleDocument empty = new SubtitleDocument(Format.SRT, List.of(), Optional.empty());
        ProfileChoice choice = set.selector.choose(displayPath, empty);
        Severity severity = set.readerSeverities.get(ReaderRules.PARSE_ERROR.id());
        Baseline.Filtered counted = config.baseline().filter(severity == null ? List.of()
                : List.of(new Finding(ReaderRules.PARSE_ERROR.id(), severity, displayPath, 0, 1, 0, message, null, null)),
                null);
        List<Finding> findings = counted.findings();
        return new CheckedFile(new FileResult(displayPath, format, choice.language(), choice.profile().name(),
                choice.reason(), null, 0, findings, Scoring.file(0, findings), null,
                new FileSetup(TrackKinds.recognise(displayPath, empty).kind(), set.id, choice.confidence()),
                counted.baselined()), List.of());
    }

    /** A file the engine failed on (a bug, or a stack too small for it). */
    CheckedFile failed(String displayPath, Throwable e) {
        return unreadable(displayPath, formatOf(displayPath), "subtitle-qc failed on this file (" + e
                + ") and could not check it: report this with the file; the other files were checked");
    }

    /** The finding for a file that does not fit in the memory the JVM may use. */
    CheckedFile outOfMemory(String displayPath, long bytes) {
        long max = Runtime.getRuntime().maxMemory();
        long suggestedGb = Math.max(1, (2 * max + (1L << 30) - 1) >> 30);
        return unreadable(displayPath, formatOf(displayPath), "not enough memory to check this file ("
                + (bytes < 0 ? "" : megabytes(bytes) + "; ") + "the JVM may use " + megabytes(max) + "): give Maven"
                + " more memory (MAVEN_OPTS=-Xmx" + suggestedGb + "g) or leave the file out with <excludes>");
    }

    private static String megabytes(long bytes) {
        return bytes < (1 << 20) ? Math.max(1, (bytes + 1023) >> 10) + " KB" : ((bytes + (1 << 19)) >> 20) + " MB";
    }

    /** A file's size on disk, or -1 when unknown. */
    static long size(SourceFile file) {
        try {
            return Files.size(file.path());
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Why a file could not be read, and what to do about it. */
    static String cannotRead(Path path, Exception e) {
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

    static String formatOf(String displayPath) {
        return Format.ofFileName(displayPath).map(Format::id).orElse("unknown");
    }

    /**
     * A file's bytes, handed over once: the caller keeps only this holder, so that the bytes can
     * be collected as soon as they are decoded.
     */
    static final class Content {
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

    /** Keeps each cue's details, its reading speed counted as the reading-speed rule counts it. */
    private record CueCollector(CueDetails.Builder cues, boolean countSpaces) {

        void add(CueView view) {
            long duration = view.durationMs();
            cues.add(view.startMs(), view.endMs(), duration > 0 ? view.count(countSpaces) * 1000 / duration : Double.NaN,
                    String.join("\n", view.visibleLines()));
        }
    }

    /** What all rules share while one file is checked. */
    private static final class FileState {
        CueView previous;
        /** The file's own frame rate when it declares one, else the configured one. */
        FrameRate frameRate;
        final Map<Class<?>, Object> shared = new HashMap<>();
    }

    /** One rule's view of one file. */
    final class Context implements RuleContext {
        private final String file;
        private final String ruleId;
        private final Severity severity;
        private final RuleSettings ruleSettings;
        private final ProfileChoice choice;
        private final FileState state;
        private final List<Finding> sink;
        private boolean failed;

        Context(String file, String ruleId, Severity severity, RuleSettings ruleSettings, ProfileChoice choice,
                FileState state, List<Finding> sink) {
            this.file = file;
            this.ruleId = ruleId;
            this.severity = severity;
            this.ruleSettings = ruleSettings;
            this.choice = choice;
            this.state = state;
            this.sink = sink;
        }

        boolean failed() {
            return failed;
        }

        /** Runs a per-cue rule on a cue; a rule that throws is reported once and skipped for the rest of the file. */
        void check(Rule rule, CueView cue) {
            if (failed) {
                return;
            }
            try {
                rule.check(cue, this);
            } catch (RuntimeException e) {
                failed(cue, e);
            }
        }

        /** {@link #check} for a cross-file rule's summary. */
        <S> void collect(io.github.subtitleqc.core.rule.ProjectRule<S> rule, S summary, CueView cue) {
            if (failed) {
                return;
            }
            try {
                rule.collect(summary, cue, this);
            } catch (RuntimeException e) {
                failed(cue, e);
            }
        }

        private void failed(CueView cue, RuntimeException e) {
            failed = true;
            sink.add(new Finding(ruleId, Severity.ERROR, file, cue.ordinal(), cue.line(), 0,
                    "rule " + ruleId + " failed on this cue (" + e
                            + ") and was skipped for the rest of the file: report this to the rule's author",
                    null, null));
        }

        @Override
        public String file() {
            return file;
        }

        @Override
        public Glossary glossary() {
            return settings.glossary;
        }

        @Override
        public RuleSettings settings() {
            return ruleSettings;
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
        public FrameRate frameRate() {
            return state.frameRate;
        }

        @Override
        public CueView previous() {
            return state.previous;
        }

        @Override
        public <T> T perFile(Class<T> type, Supplier<T> create) {
            Object value = state.shared.get(type); // every cue asks: no lambda made for it
            if (value == null) {
                value = create.get();
                state.shared.put(type, value);
            }
            return type.cast(value);
        }

        @Override
        public void report(CueView cue, int line, int column, String message, Double value, Double limit) {
            sink.add(new Finding(ruleId, severity, file, cue.ordinal(), line, column, message, value, limit));
        }
    }
}

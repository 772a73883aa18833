package io.github.subtitleqc.core.report;

import io.github.subtitleqc.core.cache.ConfigFingerprint;
import io.github.subtitleqc.core.cache.ContentHash;
import io.github.subtitleqc.core.cache.ResultCache;
import io.github.subtitleqc.core.engine.SourceFile;
import io.github.subtitleqc.core.rule.RunRule;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Whether the report files of the last run are still this run's, so that a re-run with nothing
 * changed need not write them again: the same files with the same content (by
 * {@link ContentHash}), the same configuration (the {@link ResultCache}'s, which covers
 * subtitle-qc-core's code and so its report writers), the same report settings (formats and the
 * code of a format from another jar, output folder, gate, rules), and each report file as the last run left it
 * (its size and time of last change). The results would be the same, and so would the reports.
 *
 * <p>The stamp is a small text file beside the cache file ({@code cache.bin.reports}), written once
 * a run's reports are complete and deleted before a run starts writing them, so a run that fails
 * or is interrupted leaves none. Anything unexpected in it (missing, damaged, of another version)
 * means "not up to date": the reports are written, as without it.
 *
 * <p>A run that finds the reports up to date still checks every file against the cache: the
 * console's findings and the verdict come from the results, as always. Reports that carry the time
 * of their run (JUnit's {@code time}) keep the time of the run that wrote them.
 */
public final class ReportStamp {

    private static final String FIRST_LINE = "subtitle-qc reports 1";

    private ReportStamp() {
    }

    /** The stamp file of the cache file {@code cacheFile}: {@code cache.bin.reports} beside it. */
    public static Path fileOf(Path cacheFile) {
        return cacheFile.resolveSibling(cacheFile.getFileName() + ".reports");
    }

    /** The report files the formats write to {@code target}, in the formats' order (none for the console). */
    public static List<Path> reportFiles(List<ReportFormat> formats, ReportTarget target) {
        List<Path> files = new ArrayList<>();
        for (ReportFormat f : formats) { // loops, not lambdas: this runs in every build, where each lambda is a class made
            java.util.Optional<String> name = f.fileName(target.baseName());
            if (name.isPresent()) {
                files.add(target.resolve(name.get()).toAbsolutePath());
            }
        }
        return files;
    }

    /**
     * Everything the report writers are told apart from the files' results: what makes two runs
     * with the same results write the same reports.
     */
    public static String settings(RunStart start, Gate gate, ReportTarget target, List<ReportFormat> formats) {
        StringBuilder s = new StringBuilder();
        s.append("version ").append(start.toolVersion()).append('\n');
        s.append("module ").append(start.module()).append('\n');
        s.append("violations ").append(start.violationSeverity()).append('\n');
        // fields one by one: a record's toString() is made by method handles on its first call, some
        // 40 ms early in a build
        RunStart.BaselineFile baseline = start.baseline();
        s.append("baseline ").append(baseline == null ? "-" : baseline.file() + " " + baseline.rewrite()).append('\n');
        for (RunRule r : start.rules()) {
            s.append("rule ").append(r.descriptor().id()).append(' ').append(r.severity()).append(' ')
                    .append(r.crossFile()).append(' ').append(r.descriptor().description()).append('\n');
        }
        s.append("gate ").append(gate.failOnViolation()).append(' ').append(gate.violationSeverity()).append(' ')
                .append(gate.maxAllowedViolations()).append(' ').append(gate.minScore()).append('\n');
        s.append("output ").append(target.outputDirectory().toAbsolutePath()).append(' ').append(target.baseName())
                .append(' ').append(target.fullReport()).append('\n');
        for (ReportFormat f : formats) {
            // a format from another jar (a plugin dependency): its code, as the configuration's key has core's
            String code = ConfigFingerprint.codeOutsideCore(f.getClass());
            s.append("format ").append(f.id()).append(' ').append(f.fileName(target.baseName()).orElse("-"))
                    .append(code == null ? "" : " code " + code).append('\n');
        }
        return s.toString();
    }

    /**
     * Whether the reports the last run wrote are this run's. When the stamp agrees on everything
     * but the files' content, hashes every file (on {@code threads} threads) and tells the cache
     * each hash ({@link ResultCache#know}), so that the run does not read again the files it finds.
     *
     * @param cache       this run's cache; a disabled cache is never up to date
     * @param settings    {@link #settings} of this run
     * @param files       the files this run checks, in its order
     * @param reportFiles {@link #reportFiles} of this run
     */
    public static boolean upToDate(ResultCache cache, String settings, List<SourceFile> files, List<Path> reportFiles,
                                   int threads) {
        if (!cache.isEnabled() || cache.size() != files.size()) {
            return false;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(fileOf(cache.file()), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return false; // none, or unreadable: the reports are written
        }
        if (lines.size() != 3 + reportFiles.size() || !lines.get(0).equals(FIRST_LINE)
                || !lines.get(1).equals("settings " + settingsDigest(cache, settings, files))) {
            return false;
        }
        for (int i = 0; i < reportFiles.size(); i++) {
            String stamp = stampOf(reportFiles.get(i));
            if (stamp == null || !lines.get(3 + i).equals("report " + stamp)) {
                return false;
            }
        }
        List<ContentHash> hashes = hashes(cache, files, threads);
        return hashes != null && lines.get(2).equals("files " + filesDigest(files, hashes));
    }

    /** Deletes the stamp, before the reports are written: until it is written again, they are not up to date. */
    public static void forget(ResultCache cache) {
        if (cache.isEnabled()) {
            try {
                Files.deleteIfExists(fileOf(cache.file()));
            } catch (IOException e) {
                // then the report files' new sizes and times will not match it either
            }
        }
    }

    /**
     * Writes the stamp of a run whose reports are complete and closed, when the cache recorded every
     * file of the run (a file it could not read has no entry, and no stamp is written). Never
     * fails: a stamp that cannot be written only means the next run writes the reports.
     */
    public static void remember(ResultCache cache, String settings, List<SourceFile> files, List<Path> reportFiles) {
        if (!cache.isEnabled()) {
            return;
        }
        Map<String, ContentHash> recorded = cache.recorded();
        if (recorded.size() != files.size()) {
            return;
        }
        List<ContentHash> hashes = new ArrayList<>(files.size());
        int i = 0;
        for (Map.Entry<String, ContentHash> e : recorded.entrySet()) {
            if (!e.getKey().equals(files.get(i++).displayPath())) {
                return;
            }
            hashes.add(e.getValue());
        }
        StringBuilder text = new StringBuilder(FIRST_LINE).append('\n');
        text.append("settings ").append(settingsDigest(cache, settings, files)).append('\n');
        text.append("files ").append(filesDigest(files, hashes)).append('\n');
        for (Path report : reportFiles) {
            String stamp = stampOf(report);
            if (stamp == null) {
                return;
            }
            text.append("report ").append(stamp).append('\n');
        }
        Path file = fileOf(cache.file());
        Path temp = null;
        try {
            temp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName() + ".", ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                if (temp != null) {
                    Files.deleteIfExists(temp);
                }
            } catch (IOException ignored) {
                // a stray .tmp beside the cache
            }
        }
    }

    /** A report file's size, time of last change (ms) and path, or null when it cannot be read. */
    private static String stampOf(Path report) {
        try {
            return Files.size(report) + " " + Files.getLastModifiedTime(report).toMillis() + " " + report;
        } catch (IOException | RuntimeException e) {
            return null; // gone, or unreadable: not as the last run left it
        }
    }

    /** Each file's content hash, in order, each also told to the cache; null when a file cannot be read. */
    private static List<ContentHash> hashes(ResultCache cache, List<SourceFile> files, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "subtitle-qc-hash");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ContentHash>> futures = new ArrayList<>(files.size());
            for (SourceFile f : files) {
                futures.add(pool.submit(() -> {
                    ContentHash hash = ContentHash.of(Files.readAllBytes(f.path()));
                    cache.know(f.displayPath(), hash);
                    return hash;
                }));
            }
            List<ContentHash> hashes = new ArrayList<>(files.size());
            for (Future<ContentHash> future : futures) {
                hashes.add(future.get());
            }
            return hashes;
        } catch (ExecutionException e) {
            return null; // a file that cannot be read: the run reports it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String settingsDigest(ResultCache cache, String settings, List<SourceFile> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        add(bytes, cache.configurationKey());
        add(bytes, settings);
        for (SourceFile f : files) {
            add(bytes, f.displayPath());
        }
        return ContentHash.of(bytes.toByteArray()).toString();
    }

    private static String filesDigest(List<SourceFile> files, List<ContentHash> hashes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < files.size(); i++) {
            add(bytes, files.get(i).displayPath());
            bytes.writeBytes(hashes.get(i).bytes());
        }
        return ContentHash.of(bytes.toByteArray()).toString();
    }

    /** Adds a string with its length before it, so that no two lists of strings give the same bytes. */
    private static void add(ByteArrayOutputStream bytes, String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        bytes.writeBytes((utf8.length + ":").getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes(utf8);
    }
}

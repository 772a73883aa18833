package io.github.subtitleqc.core.cache;

import io.github.subtitleqc.core.engine.CueDetails;
import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.engine.FileSetup;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import io.github.subtitleqc.core.score.Score;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ResultCache}: what a re-run finds, what it does not, and that a bad cache file costs a
 * warning and a rebuild, never the build.
 */
class ResultCacheTest {

    private static final String REBUILT = ": it is ignored, every file is checked, and the cache is rebuilt at the end"
            + " of the run";
    private static final ConfigFingerprint FINGERPRINT = ConfigFingerprint.of(EngineConfig.defaults(), List.of(), List.of());
    private static final byte[] A_SRT = "1\n00:00:01,000 --> 00:00:02,000\nHello\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] B_SRT = "1\n00:00:01,000 --> 00:00:02,000\n就是亚马逊\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private static FileResult result(String path, int findings) {
        List<Finding> list = new ArrayList<>();
        for (int i = 1; i <= findings; i++) {
            list.add(new Finding("line-length", Severity.WARNING, path, i, 4 * i - 2, 43,
                    "line too long: 48 characters, the most is 42", 48.0, 42.0));
        }
        return new FileResult(path, "srt", "en", "netflix-en", "language tag 'en' in the file name", "UTF-8", findings,
                list, new Score(100 - findings, Map.of("line-length", (double) findings)),
                new CueDetails.Builder(1, 17.0).add(1000, 2000, 5.0, "Hello").build(),
                new FileSetup("subtitles", null, null));
    }

    private ResultCache open(Path file) {
        return ResultCache.open(file, FINGERPRINT, warnings::add);
    }

    /** Runs once: records a.srt (two summaries, the second null) and b.srt, and commits. */
    private Path cacheWithTwoFiles() {
        Path file = dir.resolve("target/subtitle-qc/cache.bin");
        try (ResultCache cache = open(file)) {
            cache.record("subs/a.en.srt", ContentHash.of(A_SRT), result("subs/a.en.srt", 2),
                    Arrays.asList(new byte[] {1, 2, 3}, null));
            cache.record("subs/b.zh.srt", ContentHash.of(B_SRT), result("subs/b.zh.srt", 0),
                    Arrays.asList(new byte[0], new byte[] {9}));
            cache.commit();
        }
        return file;
    }

    private List<String> filesUnder(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted()
                    .toList();
        }
    }

    @Test
    void aMissingFileIsAnEmptyCacheWithoutAWordAndNothingIsWrittenUntilARecord() throws IOException {
        Path file = dir.resolve("target/subtitle-qc/cache.bin");
        try (ResultCache cache = open(file)) {
            assertThat(cache.size()).isZero();
            assertThat(cache.lookup("subs/a.en.srt", ContentHash.of(A_SRT))).isNull();
        }
        assertThat(warnings).isEmpty();
        assertThat(filesUnder(dir)).isEmpty();
        assertThat(dir.resolve("target")).doesNotExist();
    }

    @Test
    void aRecordedFileIsFoundAfterCommitAndReopening() throws IOException {
        Path file = cacheWithTwoFiles();

        try (ResultCache cache = open(file)) {
            assertThat(cache.size()).isEqualTo(2);
            CachedFile a = cache.lookup("subs/a.en.srt", ContentHash.of(A_SRT));
            assertThat(ResultDump.of(a.result())).isEqualTo(ResultDump.of(result("subs/a.en.srt", 2)));
            assertThat(a.summaries()).hasSize(2);
            assertThat(a.summaries().get(0)).containsExactly(1, 2, 3);
            assertThat(a.summaries().get(1)).isNull();
            CachedFile b = cache.lookup("subs/b.zh.srt", ContentHash.of(B_SRT));
            assertThat(ResultDump.of(b.result())).isEqualTo(ResultDump.of(result("subs/b.zh.srt", 0)));
            assertThat(b.summaries().get(0)).isEmpty();
            assertThat(b.summaries().get(1)).containsExactly(9);
        }
        assertThat(warnings).isEmpty();
        assertThat(filesUnder(dir)).containsExactly("target/subtitle-qc/cache.bin");
    }

    @Test
    void changedContentOrAnotherPathIsAMiss() {
        Path file = cacheWithTwoFiles();

        try (ResultCache cache = open(file)) {
            byte[] edited = A_SRT.clone();
            edited[edited.length - 2] = '!';
            assertThat(cache.lookup("subs/a.en.srt", ContentHash.of(edited))).isNull();
            assertThat(cache.lookup("subs/a.en.srt", ContentHash.of(B_SRT))).isNull();
            assertThat(cache.lookup("subs/renamed.en.srt", ContentHash.of(A_SRT))).isNull();
            assertThat(cache.lookup("subs/a.en.srt", ContentHash.of(A_SRT))).isNotNull();
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void anotherConfigurationIsAnEmptyCacheAndOneWarning() {
        Path file = cacheWithTwoFiles();
        ConfigFingerprint other = ConfigFingerprint.of(EngineConfig.defaults().withProfile("netflix-en"), List.of(),
                List.of());

        try (ResultCache cache = ResultCache.open(file, other, warnings::add)) {
            assertThat(cache.size()).isZero();
            assertThat(cache.lookup("subs/a.en.srt", ContentHash.of(A_SRT))).isNull();
        }
        assertThat(warnings).containsExactly("cache file " + file + " was made with another configuration (settings,"
                + " glossaries, rule jars, or subtitle-qc or Java version)" + REBUILT);
    }

    @Test
    void aFileThatIsNoCacheIsIgnoredWithAWarningAndReplacedAtCommit() throws IOException {
        Path file = dir.resolve("cache.bin");
        Files.writeString(file, "<project>not a cache</project>\n");

        try (ResultCache cache = open(file)) {
            assertThat(cache.size()).isZero();
            cache.record("a.srt", ContentHash.of(A_SRT), result("a.srt", 1), List.of());
            cache.commit();
        }
        assertThat(warnings).containsExactly("cache file " + file + " is not a subtitle-qc cache" + REBUILT);
        warnings.clear();
        try (ResultCache cache = open(file)) {
            assertThat(cache.lookup("a.srt", ContentHash.of(A_SRT))).isNotNull();
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void aTruncatedFileIsAnEmptyCacheAndOneWarning() throws IOException {
        Path file = cacheWithTwoFiles();
        byte[] whole = Files.readAllBytes(file);
        // cut anywhere: inside the trailer, the index, an entry, the header, the magic
        for (int length : new int[] {whole.length - 1, whole.length - 30, whole.length / 2, 40, 12, 3, 0}) {
            Files.write(file, Arrays.copyOf(whole, length));
            warnings.clear();
            try (ResultCache cache = open(file)) {
                assertThat(cache.size()).as("cut to %d bytes", length).isZero();
                assertThat(cache.lookup("subs/a.en.srt", ContentHash.of(A_SRT))).isNull();
            }
            assertThat(warnings).as("cut to %d bytes", length)
                    .containsExactly("cache file " + file + " is truncated" + REBUILT);
        }
    }

    @Test
    void aDamagedIndexIsAnEmptyCacheAndOneWarning() throws IOException {
        Path file = cacheWithTwoFiles();
        byte[] bytes = Files.readAllBytes(file);
        int index = bytes.length - 24 - 10; // inside the index, just before the trailer
        bytes[index] ^= 0x40;
        Files.write(file, bytes);

        try (ResultCache cache = open(file)) {
            assertThat(cache.size()).isZero();
        }
        assertThat(warnings).containsExactly(
                "cache file " + file + " is damaged (its index fails its checksum)" + REBUILT);
    }

    @Test
    void aDamagedEntryIsAMissAndOneWarningTheOthersStillHit() throws IOException {
        Path file = cacheWithTwoFiles();
        byte[] bytes = Files.readAllBytes(file);
        int firstEntry = 8 + 4 + 2 + 32; // magic, version, fingerprint length and bytes
        bytes[firstEntry + 3] ^= 0x01;
        Files.write(file, bytes);

        try (ResultCache cache = open(file)) {
            assertThat(cache.size()).isEqualTo(2);
            assertThat(cache.lookup("subs/a.en.srt", ContentHash.of(A_SRT))).isNull();
            assertThat(cache.lookup("subs/a.en.srt", ContentHash.of(A_SRT))).isNull();
            assertThat(cache.lookup("subs/b.zh.srt", ContentHash.of(B_SRT))).isNotNull();
        }
        assertThat(warnings).containsExactly("cache file " + file + " is damaged (the entry of subs/a.en.srt: it fails"
                + " its checksum): that file is checked again, and the cache is rebuilt at the end of the run");
    }

    @Test
    void aFormatOfAnotherVersionIsAnEmptyCacheAndOneWarning() throws IOException {
        Path file = cacheWithTwoFiles();
        byte[] bytes = Files.readAllBytes(file);
        bytes[11] = 99; // the format version's last byte
        Files.write(file, bytes);

        try (ResultCache cache = open(file)) {
            assertThat(cache.size()).isZero();
        }
        assertThat(warnings).containsExactly("cache file " + file + " was written by another version of subtitle-qc"
                + " (cache format 99, this one reads " + ResultCache.FORMAT_VERSION + ")" + REBUILT);
    }

    @Test
    void aRunThatDoesNotCommitLeavesTheOldCacheAsItWasAndNoTemporaryFile() throws IOException {
        Path file = cacheWithTwoFiles();
        byte[] before = Files.readAllBytes(file);

        try (ResultCache cache = open(file)) {
            cache.record("subs/c.en.srt", ContentHash.of(B_SRT), result("subs/c.en.srt", 1), List.of());
            // while the run goes on, the old cache is in place and the new one beside it
            assertThat(filesUnder(dir)).hasSize(2).contains("target/subtitle-qc/cache.bin")
                    .anyMatch(f -> f.matches("target/subtitle-qc/cache\\.bin\\.\\d+\\.tmp"));
            // a second run reading the cache meanwhile (or after this one dies) sees the old one
            List<String> others = new ArrayList<>();
            try (ResultCache meanwhile = ResultCache.open(file, FINGERPRINT, others::add)) {
                assertThat(meanwhile.lookup("subs/a.en.srt", ContentHash.of(A_SRT))).isNotNull();
            }
            assertThat(others).isEmpty();
        } // closed without commit: the build failed

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(filesUnder(dir)).containsExactly("target/subtitle-qc/cache.bin");
        try (ResultCache cache = open(file)) {
            assertThat(cache.lookup("subs/a.en.srt", ContentHash.of(A_SRT))).isNotNull();
            assertThat(cache.lookup("subs/c.en.srt", ContentHash.of(B_SRT))).isNull();
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void aCommitKeepsOnlyTheFilesOfThisRun() {
        Path file = cacheWithTwoFiles();
        try (ResultCache cache = open(file)) {
            CachedFile b = cache.lookup("subs/b.zh.srt", ContentHash.of(B_SRT));
            cache.record("subs/b.zh.srt", ContentHash.of(B_SRT), b.result(), b.summaries());
            cache.commit();
            assertThat(cache.lookup("subs/b.zh.srt", ContentHash.of(B_SRT))).as("after commit").isNull();
        }

        try (ResultCache cache = open(file)) {
            assertThat(cache.size()).isEqualTo(1);
            assertThat(cache.lookup("subs/a.en.srt", ContentHash.of(A_SRT))).isNull();
            assertThat(cache.lookup("subs/b.zh.srt", ContentHash.of(B_SRT)).summaries().get(1)).containsExactly(9);
        }
        assertThat(warnings).isEmpty();
    }

    /** The content of file {@code i} in {@link #reRun}'s runs; {@code edited} gives another. */
    private static byte[] content(int i, boolean edited) {
        return ("file " + i + (edited ? " edited" : "")).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * One run over files {@code f<i>.srt} for each {@code i} of {@code order}: a file found in the
     * cache is recorded as found; the one numbered {@code edited} has new content and is recorded
     * with a new result. Returns how many were found.
     */
    private int reRun(Path file, List<Integer> order, int edited) {
        int found = 0;
        try (ResultCache cache = open(file)) {
            for (int i : order) {
                ContentHash hash = ContentHash.of(content(i, i == edited));
                CachedFile hit = cache.lookup("f" + i + ".srt", hash);
                if (hit != null) {
                    found++;
                    cache.record("f" + i + ".srt", hash, hit.toRecord());
                } else {
                    cache.record("f" + i + ".srt", hash, result("f" + i + ".srt", i == edited ? 4 : i % 3),
                            List.of(new byte[] {(byte) i}));
                }
            }
            cache.commit();
        }
        return found;
    }

    @Test
    void aReRunThatRecordsEveryEntryItFoundInTheOldOrderLeavesTheFileUntouched() throws IOException {
        Path file = dir.resolve("cache.bin");
        List<Integer> five = List.of(0, 1, 2, 3, 4);
        assertThat(reRun(file, five, -1)).isZero();
        byte[] before = Files.readAllBytes(file);
        java.nio.file.attribute.FileTime then = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file, then);

        assertThat(reRun(file, five, -1)).isEqualTo(5);

        assertThat(Files.getLastModifiedTime(file)).as("not written again").isEqualTo(then);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(filesUnder(dir)).containsExactly("cache.bin");
        assertThat(reRun(file, five, -1)).as("and it still serves every file").isEqualTo(5);
        assertThat(warnings).isEmpty();
    }

    @Test
    void aReRunThatDiffersAnywhereWritesTheFileAFreshRunWouldWrite() throws IOException {
        record Case(String name, List<Integer> order, int edited) {
        }
        List<Case> cases = List.of(
                new Case("a file edited in the middle", List.of(0, 1, 2, 3, 4), 2),
                new Case("the first file edited", List.of(0, 1, 2, 3, 4), 0),
                new Case("the last file edited", List.of(0, 1, 2, 3, 4), 4),
                new Case("the last file gone", List.of(0, 1, 2, 3), -1),
                new Case("a file gone in the middle", List.of(0, 1, 3, 4), -1),
                new Case("a file added at the end", List.of(0, 1, 2, 3, 4, 5), -1),
                new Case("two files swapped", List.of(0, 2, 1, 3, 4), -1));
        for (Case c : cases) {
            Path file = dir.resolve(c.name() + "/cache.bin");
            reRun(file, List.of(0, 1, 2, 3, 4), -1);
            reRun(file, c.order(), c.edited());
            Path fresh = dir.resolve(c.name() + "/fresh.bin");
            // the same results recorded by a run without a cache before it
            try (ResultCache cache = open(fresh)) {
                for (int i : c.order()) {
                    cache.record("f" + i + ".srt", ContentHash.of(content(i, i == c.edited())),
                            result("f" + i + ".srt", i == c.edited() ? 4 : i % 3), List.of(new byte[] {(byte) i}));
                }
                cache.commit();
            }
            assertThat(Files.readAllBytes(file)).as(c.name()).isEqualTo(Files.readAllBytes(fresh));
            assertThat(reRun(file, c.order(), c.edited())).as(c.name()).isEqualTo(c.order().size());
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void lookupsFromManyThreadsEachGetTheirEntry() throws Exception {
        Path file = dir.resolve("cache.bin");
        int files = 200;
        try (ResultCache cache = open(file)) {
            for (int i = 0; i < files; i++) {
                cache.record("f" + i + ".srt", ContentHash.of(("file " + i).getBytes(StandardCharsets.UTF_8)),
                        result("f" + i + ".srt", i % 7), List.of(new byte[] {(byte) i}));
            }
            cache.commit();
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (ResultCache cache = open(file)) {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (int i = 0; i < files; i++) {
                    int n = i;
                    checks.add(pool.submit(() -> {
                        CachedFile c = cache.lookup("f" + n + ".srt",
                                ContentHash.of(("file " + n).getBytes(StandardCharsets.UTF_8)));
                        return ResultDump.of(c.result()).equals(ResultDump.of(result("f" + n + ".srt", n % 7)))
                                && c.summaries().get(0)[0] == (byte) n;
                    }));
                }
            }
            for (Future<Boolean> check : checks) {
                assertThat(check.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void entriesEncodedOnWorkerThreadsMakeTheSameFileAsEntriesRecordedWhole() throws Exception {
        Path whole = dir.resolve("whole/cache.bin");
        Path encoded = dir.resolve("encoded/cache.bin");
        int files = 50;
        try (ResultCache cache = open(whole)) {
            for (int i = 0; i < files; i++) {
                cache.record("f" + i + ".srt", ContentHash.of(new byte[] {(byte) i}), result("f" + i + ".srt", i % 5),
                        Arrays.asList(new byte[] {(byte) i}, null));
            }
            cache.commit();
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try (ResultCache cache = open(encoded)) {
            List<Future<ResultCache.EncodedFile>> entries = new ArrayList<>();
            for (int i = 0; i < files; i++) {
                int n = i;
                entries.add(pool.submit(() -> ResultCache.encode(result("f" + n + ".srt", n % 5),
                        Arrays.asList(new byte[] {(byte) n}, null))));
            }
            for (int i = 0; i < files; i++) {
                cache.record("f" + i + ".srt", ContentHash.of(new byte[] {(byte) i}), entries.get(i).get());
            }
            cache.commit();
        } finally {
            pool.shutdownNow();
        }

        assertThat(Files.readAllBytes(encoded)).isEqualTo(Files.readAllBytes(whole));
        try (ResultCache cache = open(encoded)) {
            assertThat(ResultDump.of(cache.lookup("f7.srt", ContentHash.of(new byte[] {7})).result()))
                    .isEqualTo(ResultDump.of(result("f7.srt", 2)));
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void aCacheThatCannotBeWrittenIsOneWarningNotAFailure() throws IOException {
        Path notAFolder = dir.resolve("target");
        Files.writeString(notAFolder, "a file where the cache's folder should be");
        Path file = notAFolder.resolve("cache.bin");

        try (ResultCache cache = open(file)) {
            cache.record("a.srt", ContentHash.of(A_SRT), result("a.srt", 1), List.of());
            cache.record("b.srt", ContentHash.of(B_SRT), result("b.srt", 1), List.of());
            cache.commit();
        }
        assertThat(warnings).singleElement().asString()
                .startsWith("cannot write the cache file " + file + " (java.nio.file.FileAlreadyExistsException: ")
                .endsWith("): this run's results are not cached; make its folder writable, or set cacheFile to empty"
                        + " to run without a cache");
        assertThat(filesUnder(dir)).containsExactly("target");
    }

    @Test
    void aDisabledCacheFindsAndKeepsNothing() {
        ResultCache cache = ResultCache.disabled();
        cache.record("a.srt", ContentHash.of(A_SRT), result("a.srt", 1), List.of());
        cache.commit();

        assertThat(cache.isEnabled()).isFalse();
        assertThat(cache.file()).isNull();
        assertThat(cache.lookup("a.srt", ContentHash.of(A_SRT))).isNull();
        cache.close();
    }
}

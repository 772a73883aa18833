package io.github.subtitleqc.core.cache;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class JarDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void theSameClassesBuiltAgainAreTheSameCodeAndAnyOtherByteIsOther() throws IOException {
        byte[] a = JarDirectory.entries(jar("a.jar", 0, null, "one", "two"));
        assertThat(a).hasSize(20);
        // another time, in the DOS field and in an extended timestamp of the same layout
        assertThat(JarDirectory.entries(jar("b.jar", 86_400_000L, null, "one", "two"))).isEqualTo(a);
        assertThat(JarDirectory.entries(jar("c.jar", 0, "a comment at the end", "one", "two"))).isEqualTo(a);

        assertThat(JarDirectory.entries(jar("d.jar", 0, null, "one", "twO"))).isNotEqualTo(a);
        assertThat(JarDirectory.entries(jar("e.jar", 0, null, "one", "two", "three"))).isNotEqualTo(a);
        assertThat(JarDirectory.entries(jar("f.jar", 0, null, "one"))).isNotEqualTo(a);
    }

    @Test
    void theCountOfEntriesIsTheDirectorysOwn() throws IOException {
        byte[] three = JarDirectory.entries(jar("a.jar", 0, null, "x", "y", "z"));
        // JarOutputStream writes no manifest unless given one: the three entries alone
        assertThat(java.nio.ByteBuffer.wrap(three).getInt()).isEqualTo(3);
    }

    @Test
    void aFileWithBytesAfterItsEndIsLeftToJarFile() throws IOException {
        assertThat(JarDirectory.entries(withTail(jar("a.jar", 0, null, "one")))).isNull();
    }

    /**
     * A jar the directory reading leaves (bytes after its end, which {@code JarFile} takes) is still
     * named by its entries: the fingerprint's other way gives a hash that ignores times and follows
     * content, as the directory's does.
     */
    @Test
    void aJarLeftToJarFileIsStillNamedByItsEntries() throws Exception {
        Path a = withTail(jar("a.jar", 0, null, "one", "two"));
        Path b = withTail(jar("b.jar", 3_600_000L, null, "one", "two"));
        Path c = withTail(jar("c.jar", 0, null, "one", "tw0"));
        assertThat(JarDirectory.entries(a)).isNull();
        String hashA = ConfigFingerprint.codeHash(a.toUri().toURL());
        assertThat(hashA).matches("[0-9a-f]{64}").isEqualTo(ConfigFingerprint.codeHash(b.toUri().toURL()))
                .isNotEqualTo(ConfigFingerprint.codeHash(c.toUri().toURL()))
                // not the directory's hash of the same entries: the two ways are told apart
                .isNotEqualTo(ConfigFingerprint.codeHash(jar("d.jar", 0, null, "one", "two").toUri().toURL()));
    }

    private static Path withTail(Path jar) throws IOException {
        Files.write(jar, new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
        return jar;
    }

    /** Random bytes, a truncated jar, a jar with its last bytes changed: an answer or null, never an exception. */
    @Property(tries = 300)
    void anyFileIsReadOrLeftToJarFile(@ForAll byte[] noise, @ForAll int cut) throws IOException {
        dir = Files.createTempDirectory("jar-directory"); // jqwik has no @TempDir
        try {
            readsAnyFile(noise, cut);
        } finally {
            try (java.util.stream.Stream<Path> files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    private void readsAnyFile(byte[] noise, int cut) throws IOException {
        Path random = Files.write(Files.createTempFile(dir, "noise", ".jar"), noise);
        JarDirectory.entries(random);

        byte[] real = Files.readAllBytes(jar("r" + System.nanoTime() + ".jar", 0, null, "one", "two", "three"));
        int length = Math.floorMod(cut, real.length + 1);
        Path truncated = Files.write(Files.createTempFile(dir, "cut", ".jar"), java.util.Arrays.copyOf(real, length));
        byte[] read = JarDirectory.entries(truncated);
        if (length < real.length) {
            assertThat(read).isNull();
        }
        if (noise.length > 0) {
            byte[] changed = real.clone();
            for (int i = 0; i < Math.min(noise.length, 40); i++) {
                changed[real.length - 1 - i] ^= noise[i];
            }
            JarDirectory.entries(Files.write(Files.createTempFile(dir, "changed", ".jar"), changed));
        }
    }

    private Path jar(String name, long timeShift, String comment, String... contents) throws IOException {
        Path file = dir.resolve(name);
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(file))) {
            if (comment != null) {
                out.setComment(comment);
            }
            int i = 0;
            for (String content : contents) {
                JarEntry entry = new JarEntry("org/example/Rule" + i++ + ".class");
                entry.setLastModifiedTime(FileTime.fromMillis(1_700_000_000_000L + timeShift));
                out.putNextEntry(entry);
                out.write(content.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return file;
    }
}

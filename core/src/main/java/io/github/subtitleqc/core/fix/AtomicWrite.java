package io.github.subtitleqc.core.fix;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/**
 * Replaces a file's content all at once: the new bytes go to a temporary file in the same
 * directory, which is then moved over the file in one atomic step, so that a reader (or a build
 * that stops half way) sees the old content or the new one, never part of it. A symbolic link
 * keeps pointing where it did: its target is replaced. The file's POSIX permissions are kept.
 */
public final class AtomicWrite {

    private AtomicWrite() {
    }

    /**
     * @throws AtomicMoveNotSupportedException when the file system cannot replace the file in one
     *                                         step (nothing is written then)
     * @throws IOException                     when the directory cannot be written
     */
    public static void replace(Path file, byte[] bytes) throws IOException {
        Path target = file.toRealPath();
        Path directory = target.getParent();
        Path temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".subtitle-qc.tmp");
        try {
            Files.write(temporary, bytes);
            PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
            if (view != null) {
                Set<PosixFilePermission> permissions = view.readAttributes().permissions();
                Files.setPosixFilePermissions(temporary, permissions);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}

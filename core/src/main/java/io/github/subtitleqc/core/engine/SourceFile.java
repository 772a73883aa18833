package io.github.subtitleqc.core.engine;

import java.nio.file.Path;

/**
 * A file to check.
 *
 * @param path        where to read it
 * @param displayPath how reports name it: relative to the project, with {@code /} separators
 */
public record SourceFile(Path path, String displayPath) {

    /** A file named in reports by its path relative to {@code base}. */
    public static SourceFile relativeTo(Path base, Path file) {
        Path shown = file.isAbsolute() && base != null && file.startsWith(base) ? base.relativize(file) : file;
        return new SourceFile(file, shown.toString().replace('\\', '/'));
    }
}

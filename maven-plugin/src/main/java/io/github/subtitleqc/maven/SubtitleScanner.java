package io.github.subtitleqc.maven;

import io.github.subtitleqc.core.engine.SourceFile;
import org.codehaus.plexus.util.DirectoryScanner;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Finds the files to check: Ant-style includes and excludes in each source directory, sorted. */
final class SubtitleScanner {

    private final Path base;
    private final List<File> directories;
    private final String[] includes;
    private final String[] excludes;

    SubtitleScanner(Path base, List<File> directories, String includes, String excludes) {
        this.base = base;
        this.directories = directories;
        this.includes = split(includes);
        this.excludes = split(excludes);
    }

    /** The files, in path order, each at most once. */
    List<SourceFile> scan() {
        List<Path> found = new ArrayList<>();
        for (File directory : directories) {
            if (!directory.isDirectory()) {
                continue;
            }
            DirectoryScanner scanner = new DirectoryScanner();
            scanner.setBasedir(directory);
            scanner.setIncludes(includes.length == 0 ? null : includes);
            scanner.setExcludes(excludes);
            scanner.addDefaultExcludes();
            scanner.scan();
            for (String name : scanner.getIncludedFiles()) {
                Path p = directory.toPath().resolve(name).toAbsolutePath().normalize();
                if (!found.contains(p)) {
                    found.add(p);
                }
            }
        }
        found.sort(null);
        List<SourceFile> files = new ArrayList<>(found.size());
        for (Path p : found) {
            files.add(SourceFile.relativeTo(base, p));
        }
        return files;
    }

    private static String[] split(String patterns) {
        if (patterns == null || patterns.isBlank()) {
            return new String[0];
        }
        return Arrays.stream(patterns.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }
}

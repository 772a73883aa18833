package io.github.subtitleqc.core.scan;

import io.github.subtitleqc.core.engine.SourceFile;
import org.codehaus.plexus.util.AbstractScanner;
import org.codehaus.plexus.util.SelectorUtils;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the files to check (shared by the Maven plugin and the command line): Ant-style includes and excludes (matched without regard to case, so
 * that {@code **}{@code /*.srt} finds {@code EPISODE1.SRT}) in each source directory.
 *
 * <p>Symbolic links are followed, but every real file is found once and every real directory is
 * walked once: the tree is first walked without following links, then the links found are
 * followed one by one, so a file is named by its own path when it has one inside the source
 * directories. A link that leads back into a directory already walked (a loop, such as
 * {@code ln -s . loop}) ends there, said at debug level. A link that leads nowhere and matches
 * the includes is kept, so that the engine reports it as a file it cannot read.
 */
public final class SubtitleScanner {

    /** Where the scanner tells what it met: unreadable directories (warn), loops and duplicates (debug). */
    public interface Log {
        void warn(String message);

        void debug(String message);
    }

    /** The includes used when none are configured. */
    public static final String DEFAULT_INCLUDES = "**/*.srt,**/*.vtt,**/*.ttml,**/*.dfxp,**/*.ass,**/*.ssa";

    private final Path base;
    private final List<File> directories;
    private final String[] includes;
    private final String[] excludes;
    private final Log log;

    private final Set<Path> walkedDirectories = new HashSet<>();
    private final Map<Path, Path> found = new HashMap<>(); // real path → the path it was first found at

    /**
     * @param base        the project directory, which report paths are relative to
     * @param directories the source directories, in order
     * @param includes    comma-separated include patterns; none (blank) means {@link #DEFAULT_INCLUDES}
     * @param excludes    comma-separated exclude patterns, added to the version-control defaults
     * @param log         where loops are told (debug) and unreadable directories are warned about
     */
    public SubtitleScanner(Path base, List<File> directories, String includes, String excludes, Log log) {
        this.base = base;
        this.directories = directories;
        String[] in = split(includes);
        this.includes = in.length == 0 ? split(DEFAULT_INCLUDES) : in;
        List<String> out = new ArrayList<>(Arrays.asList(split(excludes)));
        out.addAll(Arrays.asList(AbstractScanner.DEFAULTEXCLUDES));
        this.excludes = out.toArray(new String[0]);
        this.log = log;
    }

    /** The files, in path order, each real file once. Directories that do not exist are left out. */
    public List<SourceFile> scan() {
        for (File directory : directories) {
            Path root = directory.toPath().toAbsolutePath().normalize();
            if (!Files.isDirectory(root)) {
                continue;
            }
            Deque<Path> links = new ArrayDeque<>();
            walk(root, root, links);
            while (!links.isEmpty()) {
                follow(root, links.poll(), links);
            }
        }
        List<Path> paths = new ArrayList<>(found.values());
        paths.sort(null); // natural order
        List<SourceFile> files = new ArrayList<>(paths.size());
        for (Path p : paths) {
            files.add(SourceFile.relativeTo(base, p));
        }
        return files;
    }

    /** Walks the directories under {@code start} without following links; the links it meets are queued. */
    private void walk(Path root, Path start, Deque<Path> links) {
        Deque<Path> pending = new ArrayDeque<>();
        pending.push(start);
        while (!pending.isEmpty()) {
            Path dir = pending.pop();
            Path real;
            try {
                real = dir.toRealPath();
            } catch (IOException e) {
                log.warn("subtitle-qc: cannot read the directory " + display(dir) + " (" + e.getMessage()
                        + "): the files in it are not checked");
                continue;
            }
            if (!walkedDirectories.add(real)) {
                log.debug("subtitle-qc: " + display(dir) + " leads to " + display(real)
                        + ", which is already walked (a symbolic link loop or a second link): not walked again");
                continue;
            }
            List<Path> children = new ArrayList<>();
            // as Files.list(dir).sorted(), without a stream: a failure while listing is unchecked, as there
            try (DirectoryStream<Path> list = Files.newDirectoryStream(dir)) {
                for (Path child : list) {
                    children.add(child);
                }
            } catch (DirectoryIteratorException e) {
                throw new UncheckedIOException(e.getCause());
            } catch (IOException e) {
                log.warn("subtitle-qc: cannot list the directory " + display(dir) + " (" + e
                        + "): the files in it are not checked");
                continue;
            }
            children.sort(null);
            List<Path> subdirectories = new ArrayList<>();
            for (Path child : children) {
                String relative = relative(root, child);
                if (Files.isSymbolicLink(child)) {
                    links.add(child);
                } else if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                    if (!excludedDirectory(relative)) {
                        subdirectories.add(child);
                    }
                } else if (selected(relative)) {
                    add(child);
                }
            }
            for (int i = subdirectories.size() - 1; i >= 0; i--) {
                pending.push(subdirectories.get(i)); // popped in name order
            }
        }
    }

    /** Follows one symbolic link found under {@code root}. */
    private void follow(Path root, Path link, Deque<Path> links) {
        String relative = relative(root, link);
        if (Files.isDirectory(link)) {
            if (!excludedDirectory(relative)) {
                walk(root, link, links);
            }
        } else if (selected(relative)) {
            add(link);
        }
    }

    private void add(Path file) {
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            real = file; // a broken link: the engine reports it as a file it cannot read
        }
        Path first = found.putIfAbsent(real, file);
        if (first != null) {
            log.debug("subtitle-qc: " + display(file) + " is " + display(first) + ", already found: checked once");
        }
    }

    private boolean selected(String relative) {
        return matchesAny(includes, relative) && !matchesAny(excludes, relative);
    }

    /** True when a pattern such as {@code **}{@code /.git/**} excludes everything under the directory. */
    private boolean excludedDirectory(String relative) {
        for (String pattern : excludes) {
            if (pattern.endsWith("/**") && SelectorUtils.matchPath(pattern.substring(0, pattern.length() - 3),
                    relative, "/", false)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAny(String[] patterns, String relative) {
        for (String pattern : patterns) {
            if (SelectorUtils.matchPath(pattern, relative, "/", false)) {
                return true;
            }
        }
        return false;
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace(File.separatorChar, '/');
    }

    private String display(Path path) {
        return SourceFile.relativeTo(base, path.toAbsolutePath().normalize()).displayPath();
    }

    /** Comma-separated patterns, trimmed, with {@code \} as {@code /} and a trailing {@code /} meaning everything below. */
    private static String[] split(String patterns) {
        if (patterns == null || patterns.isBlank()) {
            return new String[0];
        }
        List<String> out = new ArrayList<>();
        for (String part : patterns.split(",")) {
            String s = part.trim();
            if (!s.isEmpty()) {
                s = s.replace('\\', '/');
                out.add(s.endsWith("/") ? s + "**" : s);
            }
        }
        return out.toArray(new String[0]);
    }
}

package io.github.subtitleqc.core.engine;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.PatternSyntaxException;

/**
 * Settings for some of the files, like Checkstyle's suppressions or PMD's exclusions: the files
 * whose path matches one of {@code includes} and none of {@code excludes} are checked with this
 * file set's profile, language and rule configuration, or left out when {@code skip} is set. The
 * first file set that matches a file applies; a file no file set matches gets the run's settings.
 *
 * <p>Patterns are Ant patterns ({@code *} within a folder, {@code **} across folders, {@code ?}
 * one character; a pattern ending in {@code /} means everything under it), matched without regard
 * to case against the path reports show: relative to the project's base directory, with {@code /}
 * separators ({@code src/main/subtitles/kids/ep1.srt}). They are matched with the JDK's glob
 * matcher; {@code **}{@code /} also matches no folder at all, as in Ant.
 *
 * @param id       how reports name it ({@code fileSet} in the JSON report); {@code null} for
 *                 {@code fileSet-<n>}, its position counted from 1
 * @param includes the patterns of the files it applies to (at least one)
 * @param excludes patterns of files it does not apply to, even when included
 * @param profile  its profile, or {@code null} for the run's
 * @param language its language, or {@code null} for the run's
 * @param skip     whether its files are left out of the run
 * @param rules    rule configuration merged over the run's: for a rule configured in both, this
 *                 file set's {@code enabled} and {@code severity} win when given, and its
 *                 parameters are added to the run's, winning over them
 */
public record FileSet(String id, List<String> includes, List<String> excludes, String profile, String language,
                      boolean skip, List<RuleOverride> rules) {

    public FileSet {
        includes = includes == null ? List.of() : patterns(includes);
        excludes = excludes == null ? List.of() : patterns(excludes);
        rules = rules == null ? List.of() : List.copyOf(rules);
        id = id == null || id.isBlank() ? null : id.strip();
        profile = profile == null || profile.isBlank() ? null : profile.strip();
        language = language == null || language.isBlank() ? null : language.strip();
    }

    private static List<String> patterns(List<String> given) {
        List<String> out = new ArrayList<>();
        for (String p : given) {
            if (p != null && !p.isBlank()) {
                out.add(p.strip().replace('\\', '/'));
            }
        }
        return List.copyOf(out);
    }

    /** The same file set with another id. */
    public FileSet withId(String newId) {
        return new FileSet(newId, includes, excludes, profile, language, skip, rules);
    }

    /** Whether it applies to the file reports show as {@code displayPath}. */
    public boolean matches(String displayPath) {
        Path path = Path.of(displayPath.replace('\\', '/').toLowerCase(Locale.ROOT));
        return matchesAny(includes, path) && !matchesAny(excludes, path);
    }

    private static boolean matchesAny(List<String> patterns, Path path) {
        for (String pattern : patterns) {
            if (matcher(pattern).matches(path)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The JDK glob matcher for an Ant pattern, lower-cased: a leading {@code **}{@code /} and each
     * {@code /**}{@code /} may also stand for no folder, and a trailing {@code /} is {@code /**}.
     *
     * @throws IllegalArgumentException for a pattern the glob syntax rejects
     */
    static PathMatcher matcher(String antPattern) {
        String p = antPattern.toLowerCase(Locale.ROOT);
        if (p.startsWith("/")) {
            p = p.substring(1);
        }
        if (p.endsWith("/")) {
            p = p + "**";
        }
        StringBuilder glob = new StringBuilder();
        if (p.startsWith("**/")) {
            glob.append("{,**/}");
            p = p.substring(3);
        }
        glob.append(p.replace("/**/", "{/,/**/}"));
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + glob);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("pattern '" + antPattern + "' does not parse: " + e.getDescription(), e);
        }
    }
}

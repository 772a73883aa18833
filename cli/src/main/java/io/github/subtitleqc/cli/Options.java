package io.github.subtitleqc.cli;

import io.github.subtitleqc.core.engine.ConfigurationException;
import io.github.subtitleqc.core.engine.RuleOverride;
import io.github.subtitleqc.core.engine.SourceFile;
import io.github.subtitleqc.core.run.CheckOptions;
import io.github.subtitleqc.core.run.RuleOptions;
import io.github.subtitleqc.core.scan.SubtitleScanner;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The options every subcommand shares: which files, and the settings they are checked with. */
final class Options {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or directories to check (directories: the files matching --include). Default: .")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "ID", defaultValue = "auto",
            description = "A built-in profile (netflix-en, netflix-zh-hans, bbc…), or auto to pick one per file. Default: ${DEFAULT-VALUE}")
    String profile;

    @Option(names = "--language", paramLabel = "BCP47", description = "The language of every file, for auto; by default found per file")
    String language;

    @Option(names = "--frame-rate", paramLabel = "RATE", defaultValue = "23.976",
            description = "The frame rate limits in frames are measured at: 23.976, 24, 25, 29.97, 24000/1001… Default: ${DEFAULT-VALUE}")
    String frameRate;

    @Option(names = "--glossary", paramLabel = "FILE", description = "A glossary (CSV, TSV or TBX); repeatable")
    List<Path> glossaries = new ArrayList<>();

    @Option(names = "--rule", paramLabel = "ID:KEY=VALUE", description = "A rule parameter, e.g. reading-speed:maxCps=17; repeatable")
    List<String> ruleParameters = new ArrayList<>();

    @Option(names = "--disable", paramLabel = "ID", split = ",", description = "Switches a rule off; repeatable or comma-separated")
    List<String> disabled = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "ID=LEVEL", description = "A rule's severity: error, warning or info; repeatable")
    List<String> severities = new ArrayList<>();

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "The encoding of files without a byte order mark, or auto. Default: UTF-8")
    String encoding;

    @Option(names = "--kinds", paramLabel = "KINDS", defaultValue = "subtitles,captions",
            description = "The kinds of track checked as subtitles. Default: ${DEFAULT-VALUE}")
    String kinds;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "How many files are checked at once; 0 for one per processor. Default: ${DEFAULT-VALUE}")
    int threads;

    @Option(names = "--include", paramLabel = "GLOB", split = ",",
            description = "Ant patterns of the files to check in directories (case-insensitive). Default: " + SubtitleScanner.DEFAULT_INCLUDES)
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", split = ",", description = "Ant patterns of files to leave out")
    List<String> excludes = new ArrayList<>();

    /** The settings, as the plugin's parameters of the same meaning give them. */
    CheckOptions checkOptions() {
        List<RuleOverride> overrides = RuleOptions.overrides(ruleParameters, disabled, severities);
        return new CheckOptions(profile, language, frameRate, glossaries, overrides, encoding, List.of(), kinds);
    }

    /**
     * The files to check: each file named, and the files in each directory named that match the
     * includes; every real file once, in path order, named relative to {@code base}.
     */
    List<SourceFile> files(Path base) {
        List<Path> named = paths.isEmpty() ? List.of(Path.of(".")) : paths;
        List<File> directories = new ArrayList<>();
        List<SourceFile> files = new ArrayList<>();
        for (Path p : named) {
            if (Files.isDirectory(p)) {
                directories.add(p.toFile());
            } else if (Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                files.add(SourceFile.relativeTo(base, p.toAbsolutePath().normalize()));
            } else {
                throw new ConfigurationException(p + " does not exist: name files or directories to check");
            }
        }
        String in = includes.isEmpty() ? SubtitleScanner.DEFAULT_INCLUDES : String.join(",", includes);
        files.addAll(new SubtitleScanner(base, directories, in, String.join(",", excludes), new SubtitleScanner.Log() {
            @Override
            public void warn(String message) {
                Console.warn(message);
            }

            @Override
            public void debug(String message) {
            }
        }).scan());
        Set<Path> seen = new HashSet<>();
        List<SourceFile> unique = new ArrayList<>();
        for (SourceFile f : files) {
            Path real;
            try {
                real = f.path().toRealPath();
            } catch (IOException e) {
                real = f.path();
            }
            if (seen.add(real)) {
                unique.add(f);
            }
        }
        unique.sort(java.util.Comparator.comparing(SourceFile::path));
        return unique;
    }
}

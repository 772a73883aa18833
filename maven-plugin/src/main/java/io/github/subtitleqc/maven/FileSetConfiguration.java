package io.github.subtitleqc.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code <fileSet>} in the plugin's {@code <fileSets>}: settings for the files its patterns
 * match ({@code id}, {@code includes}, {@code excludes}, {@code profile}, {@code language},
 * {@code skip}, {@code rules} shaped as the top-level {@code <rules>}), the first file set that
 * matches a file applying.
 */
public class FileSetConfiguration {

    /** How reports name it; {@code fileSet-<n>} (its position, from 1) when absent. */
    private String id;

    /**
     * Comma-separated Ant patterns of the files it applies to, matched without regard to case
     * against the path relative to the project's base directory ({@code src/main/subtitles/kids/ep1.srt}).
     */
    private String includes;

    /** Comma-separated Ant patterns of files it does not apply to. */
    private String excludes;

    /** Its profile; the run's when absent. */
    private String profile;

    /** Its language (BCP 47); the run's when absent. */
    private String language;

    /** {@code true} leaves its files out of the run. */
    private boolean skip;

    /** Rule configuration merged over the run's {@code <rules>}. */
    private List<RuleConfiguration> rules = new ArrayList<>();

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getIncludes() {
        return includes;
    }

    public void setIncludes(String includes) {
        this.includes = includes;
    }

    public String getExcludes() {
        return excludes;
    }

    public void setExcludes(String excludes) {
        this.excludes = excludes;
    }

    public String getProfile() {
        return profile;
    }

    public void setProfile(String profile) {
        this.profile = profile;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isSkip() {
        return skip;
    }

    public void setSkip(boolean skip) {
        this.skip = skip;
    }

    public List<RuleConfiguration> getRules() {
        return rules;
    }

    public void setRules(List<RuleConfiguration> rules) {
        this.rules = rules;
    }
}

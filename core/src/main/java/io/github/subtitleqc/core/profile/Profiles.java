package io.github.subtitleqc.core.profile;

import com.ibm.icu.util.ULocale;
import io.github.subtitleqc.core.text.Counting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in profiles: one Netflix profile per Timed Text Style Guide (adult programmes, and
 * {@code -children} where the guide gives a children's reading speed), read from
 * {@code netflix-profiles.tsv}, and {@code bbc}. Every number names its source and the date it
 * was read; see the README's profile table.
 */
public final class Profiles {

    /** The profile name that means "pick per file from its language". */
    public static final String AUTO = "auto";

    private static final String CHECKED = "2026-11-29";
    private static final String NETFLIX = "https://partnerhelp.netflixstudios.com/hc/en-us/articles/";
    private static final String NETFLIX_GENERAL = NETFLIX + "215758617-Timed-Text-Style-Guide-General-Requirements"
            + " (5/6 s minimum, 7 s maximum, 2 lines), " + NETFLIX
            + "360051554394-Timed-Text-Style-Guide-Subtitle-Timing-Guidelines (2-frame gap)";
    private static final String BBC = "https://www.bbc.co.uk/accessibility/forproducts/guides/subtitles/";

    /** Subtitle Edit's Netflix checker, whose per-language table gives the reading speeds the guides' tops do not show. */
    static final String SUBTITLE_EDIT = "Subtitle Edit (github.com/SubtitleEdit/subtitleedit)"
            + " src/ui/Logic/NetflixQualityCheck/NetflixQualityController.cs@00fb10f15c1ed29726dbb1032f4517dac93bb31e";
    private static final String TABLE = "netflix-profiles.tsv";

    /**
     * Every built-in profile by name, in documentation order, as its text: a profile's values are
     * parsed when it is first asked for, so that a check of English files does not parse the other 89.
     */
    private static final Map<String, Row> BUILT_IN = new LinkedHashMap<>();
    /** Values already parsed, by parameter and text: the table repeats a few in every row. Guarded by BUILT_IN. */
    private static final Map<String, Object> PARSED = new HashMap<>();

    static {
        for (Row row : readNetflixRows()) {
            BUILT_IN.put(row.name, row);
        }
        BUILT_IN.put("bbc", new Row("bbc", "en-GB", "ALL_ONE", Map.of(
                "maxWpm", "180",
                "maxChars", "37",
                "maxLines", "2",
                "minDuration", "0ms",
                "minDurationPerWord", "300ms",
                "maxDuration", "7000ms",
                "minGap", "0ms"),
                BBC + " (180 words per minute, 37 characters, 2 lines, 0.3 s per word; the 7 s maximum is"
                        + " Netflix's, the BBC sets none)", CHECKED));
    }

    /** A profile as the table writes it; made into a {@link Profile} once. */
    private static final class Row {
        final String name;
        /** The table's cells of this profile, by column, as written; null for a profile written here. */
        private final String[] cells;
        /** The table's columns, by name. */
        private final Map<String, Integer> columns;
        private String language;
        private String counting;
        private Map<String, String> values;
        private String source;
        private String checked;
        private Profile profile;

        Row(String name, String language, String counting, Map<String, String> values, String source, String checked) {
            this.name = name;
            this.cells = null;
            this.columns = null;
            this.language = language;
            this.counting = counting;
            this.values = values;
            this.source = source;
            this.checked = checked;
        }

        /**
         * A row of the table, its cells kept as written: they become values, and its source an
         * address, when the profile is first asked for. A check starts with the table read and
         * runs interpreted code then, so it does no more than split the lines.
         */
        Row(String[] cells, Map<String, Integer> columns) {
            this.name = cells[columns.get("name")].strip();
            this.cells = cells;
            this.columns = columns;
        }

        private String cell(String column) {
            return cells[columns.get(column)].strip();
        }

        /** A new profile of this row's values, parsing each text {@code parsed} does not hold yet. */
        Profile parse(Map<String, Object> parsed) {
            if (cells != null && values == null) {
                language = cell("language");
                counting = cell("counting");
                values = Map.of("maxCps", cell("maxCps"),
                        "maxChars", cell("maxChars"),
                        "maxLines", cell("maxLines"),
                        "minDuration", cell("minDuration"),
                        "maxDuration", cell("maxDuration"),
                        "minGap", cell("minGap"));
                source = cell("source").replace("${NETFLIX}", NETFLIX).replace("${GENERAL}", NETFLIX_GENERAL)
                        .replace("${SE}", SUBTITLE_EDIT);
                checked = cell("checked");
            }
            return new Profile(name, language, Counting.valueOf(counting), ProfileParameters.parse(name, values, parsed),
                    source, checked);
        }

        /** The profile, made on the first call. */
        Profile profile() {
            synchronized (BUILT_IN) {
                if (profile == null) {
                    profile = parse(PARSED);
                }
                return profile;
            }
        }
    }

    private Profiles() {
    }

    /**
     * The Netflix profiles of {@value #TABLE} (next to this class): a header line, then one profile a
     * line, columns separated by a tab; lines starting with {@code #} are comments.
     */
    static List<Profile> readNetflixTable() {
        List<Profile> profiles = new ArrayList<>();
        Map<String, Object> parsed = new HashMap<>();
        for (Row row : readNetflixRows()) {
            profiles.add(row.parse(parsed));
        }
        return profiles;
    }

    /** The rows of {@value #TABLE}, their values not parsed. */
    private static List<Row> readNetflixRows() {
        InputStream in = Profiles.class.getResourceAsStream(TABLE);
        if (in == null) {
            throw new IllegalStateException(TABLE + " is missing from the class path");
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, Integer> columns = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (columns == null) {
                    columns = new HashMap<>();
                    for (int i = 0; i < cells.length; i++) {
                        columns.put(cells[i].strip(), i);
                    }
                    continue;
                }
                if (cells.length != columns.size()) {
                    throw new IllegalStateException(TABLE + ": " + cells.length + " columns instead of "
                            + columns.size() + " in: " + line);
                }
                rows.add(new Row(cells, columns));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(TABLE + " cannot be read", e);
        }
        return rows;
    }

    /** The built-in profile with this name. */
    public static Optional<Profile> byName(String name) {
        Row row = BUILT_IN.get(name);
        return row == null ? Optional.empty() : Optional.of(row.profile());
    }

    /** The first built-in profile, {@code all().get(0)}, without parsing the others. */
    public static Profile first() {
        return BUILT_IN.values().iterator().next().profile();
    }

    /**
     * The adult-programme profile for a language, if there is a built-in one. A region or script
     * with a guide of its own picks it, any other the language's main guide:
     * <ul>
     *   <li>{@code zh} with a traditional script or region ({@code zh-Hant}, {@code zh-TW},
     *       {@code zh-HK}) is {@code netflix-zh-hant}, other {@code zh} {@code netflix-zh-hans};</li>
     *   <li>{@code pt} of Brazil, or with no region, is {@code netflix-pt-br}; of any other region
     *       ({@code pt-PT}, {@code pt-AO}…) {@code netflix-pt-pt}, Netflix's European guide;</li>
     *   <li>{@code fr-CA} is {@code netflix-fr-ca}, other {@code fr} {@code netflix-fr};</li>
     *   <li>every {@code es} is {@code netflix-es}: one guide covers Castilian and Latin American
     *       Spanish;</li>
     *   <li>{@code no}, {@code nb} and {@code nn} are {@code netflix-nb} (the Norwegian guide);
     *       {@code sr} in either script {@code netflix-sr}; the old codes {@code iw} and {@code in}
     *       are Hebrew and Indonesian.</li>
     * </ul>
     *
     * @param tag a BCP 47 tag
     */
    public static Optional<Profile> forLanguage(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        LanguageTags locale = LanguageTags.of(tag.replace('_', '-'));
        String name = switch (locale.language()) {
            case "zh" -> "Hant".equals(ULocale.addLikelySubtags(locale.uLocale()).getScript())
                    ? "netflix-zh-hant" : "netflix-zh-hans";
            case "pt" -> locale.region().isEmpty() || "BR".equals(locale.region())
                    ? "netflix-pt-br" : "netflix-pt-pt";
            case "fr" -> "CA".equals(locale.region()) ? "netflix-fr-ca" : "netflix-fr";
            case "no", "nb", "nn" -> "netflix-nb";
            case "iw", "he" -> "netflix-he";
            case "in", "id" -> "netflix-id";
            default -> "netflix-" + locale.language();
        };
        return byName(name);
    }

    /** All built-in profiles, in documentation order. */
    public static List<Profile> all() {
        List<Profile> all = new ArrayList<>(BUILT_IN.size());
        for (Row row : BUILT_IN.values()) {
            all.add(row.profile());
        }
        return List.copyOf(all);
    }
}

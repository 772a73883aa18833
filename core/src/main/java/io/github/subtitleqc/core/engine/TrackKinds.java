package io.github.subtitleqc.core.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.model.SubtitleDocument;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What kind of track a file is, as HTML's {@code <track kind>} names them: {@code subtitles},
 * {@code captions}, {@code descriptions}, {@code chapters} or {@code metadata}. The first of
 * these that says something decides:
 * <ol>
 *   <li>a WebVTT {@code Kind:} header naming one of them (what the author declared);</li>
 *   <li>cues that are all JSON objects or arrays: a {@code metadata} track (data for scripts,
 *       not text for people);</li>
 *   <li>a word in the file name, the last one that names a kind: {@code captions}, {@code cc},
 *       {@code sdh}; {@code subtitles}, {@code subs}; {@code descriptions}, {@code description};
 *       {@code chapters}, {@code chapter}; {@code metadata}, {@code meta}. Words are split at
 *       {@code . _ -} and spaces, so {@code talk_chapters_en.vtt} is chapters while
 *       {@code talk-described-captions_en.vtt} (captions of a described version) is captions;</li>
 *   <li>else {@code subtitles}.</li>
 * </ol>
 */
public final class TrackKinds {

    public static final String SUBTITLES = "subtitles";
    public static final String CAPTIONS = "captions";
    public static final String DESCRIPTIONS = "descriptions";
    public static final String CHAPTERS = "chapters";
    public static final String METADATA = "metadata";

    /** All kinds, in the order HTML lists them. */
    public static final List<String> ALL = List.of(SUBTITLES, CAPTIONS, DESCRIPTIONS, CHAPTERS, METADATA);

    /** The kinds checked as subtitles unless configured otherwise. */
    public static final Set<String> CHECKED_BY_DEFAULT = Set.of(SUBTITLES, CAPTIONS);

    /**
     * The rules a descriptions track gets when it is not checked as subtitles: its timing, and the
     * spelling of its words (a voice reads them, but a misspelt name is still misspelt, and the
     * track is where a name is often written in full): no reading speed, line or gap limits.
     */
    public static final List<String> DESCRIPTION_RULES = List.of("invalid-timing", "overlap", "empty-cue",
            "glossary", "term-consistency", "term-near-miss");

    private static final Map<String, String> NAME_WORDS = Map.ofEntries(
            Map.entry("subtitles", SUBTITLES), Map.entry("subtitle", SUBTITLES), Map.entry("subs", SUBTITLES),
            Map.entry("captions", CAPTIONS), Map.entry("caption", CAPTIONS), Map.entry("cc", CAPTIONS),
            Map.entry("sdh", CAPTIONS),
            Map.entry("descriptions", DESCRIPTIONS), Map.entry("description", DESCRIPTIONS),
            Map.entry("chapters", CHAPTERS), Map.entry("chapter", CHAPTERS),
            Map.entry("metadata", METADATA), Map.entry("meta", METADATA));

    /**
     * Made on the first cue that looks like JSON only: an {@link ObjectMapper} loads several hundred
     * classes (about half a second of a cold start), and a subtitle track never needs it.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();

        /**
         * Whether {@code text} is a JSON object or array. Here, not in {@link #jsonCues}: a catch of
         * Jackson's exception there had Jackson's jar opened whenever this class was checked.
         */
        static boolean container(String text) {
            try {
                JsonNode node = MAPPER.readTree(text);
                return node != null && node.isContainerNode();
            } catch (JsonProcessingException e) {
                return false;
            }
        }
    }

    /**
     * A track's kind and why.
     *
     * @param kind   one of {@link #ALL}
     * @param reason how it was recognised, for messages: {@code declared Kind: chapters}...
     */
    public record Recognition(String kind, String reason) {
    }

    private TrackKinds() {
    }

    /** The kind of the track {@code displayPath} names, read as {@code document}. */
    public static Recognition recognise(String displayPath, SubtitleDocument document) {
        if (document.declaredKind().isPresent()) {
            String declared = document.declaredKind().get().strip().toLowerCase(Locale.ROOT);
            if (ALL.contains(declared)) {
                return new Recognition(declared, "declared Kind: " + declared);
            }
        }
        if (jsonCues(document.cues())) {
            return new Recognition(METADATA, "its cues are JSON");
        }
        String fromName = byName(displayPath);
        if (fromName != null) {
            return new Recognition(fromName, "named so");
        }
        return new Recognition(SUBTITLES, "default");
    }

    /** The kind a file name names, or null. */
    static String byName(String displayPath) {
        String base = displayPath.substring(displayPath.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        String stem = dot > 0 ? base.substring(0, dot) : base;
        String found = null;
        for (String word : stem.toLowerCase(Locale.ROOT).split("[._\\-\\s]+")) {
            found = NAME_WORDS.getOrDefault(word, found);
        }
        return found;
    }

    /** Whether every cue with text holds a JSON object or array, and there is at least one. */
    static boolean jsonCues(List<Cue> cues) {
        int json = 0;
        for (Cue cue : cues) {
            String text = String.join("\n", cue.lines()).strip();
            if (text.isEmpty()) {
                continue;
            }
            if (!(text.startsWith("{") || text.startsWith("["))) {
                return false;
            }
            if (!Json.container(text)) {
                return false;
            }
            json++;
        }
        return json > 0;
    }

    /**
     * A kinds parameter as a user writes it: comma-separated kinds, blank for the default.
     *
     * @throws ConfigurationException for a word that is not a kind
     */
    public static Set<String> parse(String kinds) {
        if (kinds == null || kinds.isBlank()) {
            return CHECKED_BY_DEFAULT;
        }
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (String word : kinds.split(",")) {
            String kind = word.strip().toLowerCase(Locale.ROOT);
            if (kind.isEmpty()) {
                continue;
            }
            if (!ALL.contains(kind)) {
                throw new ConfigurationException("unknown track kind '" + word.strip() + "' in <kinds>"
                        + Suggestions.didYouMean(kind, ALL) + ": use some of " + String.join(", ", ALL));
            }
            out.add(kind);
        }
        return Set.copyOf(out);
    }
}

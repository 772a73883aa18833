package io.github.subtitleqc.core.engine;

/**
 * How a file was set up for checking, beyond its profile: what kind of track it is, which file
 * set's settings applied, and how sure the language detection was.
 *
 * @param kind               {@code subtitles}, {@code captions}, {@code descriptions}, {@code chapters}
 *                           or {@code metadata}
 * @param fileSet            the id of the file set whose settings applied, or {@code null} for the
 *                           run's own settings
 * @param languageConfidence the language detector's confidence (0–1) when the language was
 *                           detected from the text, else {@code null}
 * @param checked            whether rules ran on its cues: {@code false} for a chapters or metadata
 *                           track not in the {@code kinds} parameter, whose score of 100 then
 *                           weighs nothing in the build's score
 */
public record FileSetup(String kind, String fileSet, Double languageConfidence, boolean checked) {

    /** A subtitle track checked with the run's settings, its language not detected from the text. */
    public static final FileSetup DEFAULT = new FileSetup("subtitles", null, null);

    /** A track whose cues were checked. */
    public FileSetup(String kind, String fileSet, Double languageConfidence) {
        this(kind, fileSet, languageConfidence, true);
    }
}

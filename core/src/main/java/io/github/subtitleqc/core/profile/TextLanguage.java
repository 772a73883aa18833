package io.github.subtitleqc.core.profile;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.RemoveMinorityScriptsTextFilter;
import com.optimaize.langdetect.text.TextObjectFactory;
import com.optimaize.langdetect.text.TextObjectFactoryBuilder;
import com.optimaize.langdetect.text.UrlTextFilter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The language of a text, by Optimaize's language detector (n-gram profiles of 71 languages). The
 * profiles load once, on the first detection (about a second), and are shared: the detector is
 * immutable and safe to call from several threads.
 */
final class TextLanguage {

    /**
     * A detected language.
     *
     * @param language   its BCP 47 tag as the detector names it ({@code es}, {@code zh-CN})
     * @param confidence the detector's probability for it, 0–1
     */
    record Detected(String language, double confidence) {
    }

    private TextLanguage() {
    }

    /** The most probable language of a text, if the detector finds any. */
    static Optional<Detected> of(String text) {
        // the URL and e-mail filter of forDetectingOnLargeText() can change nothing in a text
        // without "http" or "@", and its e-mail pattern costs more than the rest of the cleaning
        TextObjectFactory factory = text.indexOf('@') < 0 && !text.contains("http") ? Holder.TEXT_WITHOUT_URLS : Holder.TEXT;
        List<DetectedLanguage> found = Holder.DETECTOR.getProbabilities(factory.forText(text));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DetectedLanguage best = found.get(0);
        return Optional.of(new Detected(best.getLocale().toString(), best.getProbability()));
    }

    /** Loaded on first use only: files named by their language never pay for it. */
    private static final class Holder {
        static final TextObjectFactory TEXT = CommonTextObjectFactories.forDetectingOnLargeText();
        /** {@link #TEXT} without its {@link UrlTextFilter}: the same limit and minority-script filter. */
        static final TextObjectFactory TEXT_WITHOUT_URLS = new TextObjectFactoryBuilder().maxTextLength(10000)
                .withTextFilter(RemoveMinorityScriptsTextFilter.forThreshold(0.3)).build();
        static final LanguageDetector DETECTOR;

        static {
            try {
                DETECTOR = LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException("the language detector's profiles did not load", e);
            }
        }
    }
}

package io.github.subtitleqc.core.read;

import io.github.subtitleqc.core.model.Format;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The reader for each supported format. */
public final class Readers {

    private static final Map<Format, SubtitleReader> READERS = new EnumMap<>(Format.class);

    static {
        register(new SrtReader());
        register(new WebVttReader());
        register(new TtmlReader());
        register(new AssReader());
    }

    private Readers() {
    }

    private static void register(SubtitleReader reader) {
        READERS.put(reader.format(), reader);
    }

    /** The reader for a format. */
    public static SubtitleReader forFormat(Format format) {
        return READERS.get(format);
    }

    /** The reader for a file name's extension, if the format is supported. */
    public static Optional<SubtitleReader> forFileName(String fileName) {
        return Format.ofFileName(fileName).map(READERS::get);
    }
}

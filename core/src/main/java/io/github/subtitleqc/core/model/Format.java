package io.github.subtitleqc.core.model;

import java.util.Locale;
import java.util.Optional;

/** A subtitle file format, named as in reports ({@code srt}, {@code vtt}, {@code ttml}, {@code ass}). */
public enum Format {
    SRT("srt", "srt"),
    WEBVTT("vtt", "vtt"),
    /** TTML, IMSC and DFXP; {@code .xml} files are TTML only when their root is {@code tt} (see the engine). */
    TTML("ttml", "ttml", "dfxp"),
    /** Advanced SubStation Alpha (v4+) and SubStation Alpha (v4). */
    ASS("ass", "ass", "ssa");

    private final String id;
    private final String[] extensions;

    Format(String id, String... extensions) {
        this.id = id;
        this.extensions = extensions;
    }

    /** The short name used in reports. */
    public String id() {
        return id;
    }

    /** The file name extensions of this format, lower case, without the dot. */
    public java.util.List<String> extensions() {
        return java.util.List.of(extensions);
    }

    /** The format a file name's extension stands for, if any. */
    public static Optional<Format> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            for (String e : f.extensions) {
                if (e.equals(ext)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }
}

package io.github.subtitleqc.seeds;

import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.model.SubtitleDocument;

import java.util.Locale;

/**
 * Writes the seed's cues as TTML and as ASS, so that the demo checks the same subtitles in three
 * formats. Run once and committed ({@link SeedFormatsTest} checks the committed files are what this
 * writes, and rewrites them with {@code -Dsubtitleqc.writeSeeds=true}).
 *
 * <p>TTML keeps the milliseconds ({@code 00:00:01.033}); ASS has centiseconds only, so each time is
 * rounded to the nearest 10 ms ({@code 0:00:01.03}), half up. Equal times stay equal, so zero gaps
 * stay zero, but a duration or gap may move by up to 10 ms.
 */
final class SeedConversion {

    private SeedConversion() {
    }

    /** The cues as a TTML (IMSC 1.1 text profile) document, one {@code p} per cue. */
    static String toTtml(SubtitleDocument srt, String language) {
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<!-- Converted from big-tech-llm-anecdotes.zh-Hans.srt by SeedConversion (rules module tests) -->\n");
        out.append("<tt xmlns=\"http://www.w3.org/ns/ttml\" xmlns:ttp=\"http://www.w3.org/ns/ttml#parameter\"\n");
        out.append("    xmlns:tts=\"http://www.w3.org/ns/ttml#styling\" xmlns:ttm=\"http://www.w3.org/ns/ttml#metadata\"\n");
        out.append("    ttp:timeBase=\"media\" ttp:profile=\"http://www.w3.org/ns/ttml/profile/imsc1.1/text\"\n");
        out.append("    xml:lang=\"").append(language).append("\">\n");
        out.append("  <head>\n");
        out.append("    <styling>\n");
        out.append("      <style xml:id=\"s1\" tts:textAlign=\"center\" tts:color=\"white\"/>\n");
        out.append("    </styling>\n");
        out.append("    <layout>\n");
        out.append("      <region xml:id=\"bottom\" tts:origin=\"10% 80%\" tts:extent=\"80% 15%\" tts:displayAlign=\"after\"/>\n");
        out.append("    </layout>\n");
        out.append("  </head>\n");
        out.append("  <body style=\"s1\" region=\"bottom\">\n");
        out.append("    <div>\n");
        for (Cue cue : srt.cues()) {
            out.append("      <p xml:id=\"c").append(cue.ordinal()).append("\" begin=\"").append(clock(cue.startMs()))
                    .append("\" end=\"").append(clock(cue.endMs())).append("\">");
            for (int i = 0; i < cue.lines().size(); i++) {
                if (i > 0) {
                    out.append("<br/>");
                }
                out.append(xml(cue.lines().get(i)));
            }
            out.append("</p>\n");
        }
        out.append("    </div>\n");
        out.append("  </body>\n");
        out.append("</tt>\n");
        return out.toString();
    }

    /** The cues as an ASS (v4+) script, one {@code Dialogue} per cue on layer 0, style Default. */
    static String toAss(SubtitleDocument srt, String title) {
        StringBuilder out = new StringBuilder();
        out.append("[Script Info]\n");
        out.append("; Converted from big-tech-llm-anecdotes.zh-Hans.srt by SeedConversion (rules module tests)\n");
        out.append("Title: ").append(title).append('\n');
        out.append("ScriptType: v4.00+\n");
        out.append("WrapStyle: 0\n");
        out.append("PlayResX: 1920\n");
        out.append("PlayResY: 1080\n");
        out.append("ScaledBorderAndShadow: yes\n");
        out.append('\n');
        out.append("[V4+ Styles]\n");
        out.append("Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic,"
                + " Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL,"
                + " MarginR, MarginV, Encoding\n");
        out.append("Style: Default,Noto Sans CJK SC,64,&H00FFFFFF,&H000000FF,&H00000000,&H80000000,0,0,0,0,100,100,0,0,1,2,1,2,"
                + "96,96,48,1\n");
        out.append('\n');
        out.append("[Events]\n");
        out.append("Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n");
        for (Cue cue : srt.cues()) {
            out.append("Dialogue: 0,").append(centiseconds(cue.startMs())).append(',').append(centiseconds(cue.endMs()))
                    .append(",Default,,0,0,0,,").append(String.join("\\N", cue.lines())).append('\n');
        }
        return out.toString();
    }

    private static String clock(long ms) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }

    private static String centiseconds(long ms) {
        long cs = (ms + 5) / 10;
        return String.format(Locale.ROOT, "%d:%02d:%02d.%02d", cs / 360_000, cs / 6_000 % 60, cs / 100 % 60, cs % 100);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

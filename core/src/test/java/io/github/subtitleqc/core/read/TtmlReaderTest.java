package io.github.subtitleqc.core.read;

import io.github.subtitleqc.core.model.SubtitleDocument;
import io.github.subtitleqc.core.text.VisibleText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the TTML reader gives that the case files do not show directly: visible text, the frame rate. */
class TtmlReaderTest {

    private static SubtitleDocument read(String xml, List<ReadIssue> issues) {
        return new TtmlReader().read(xml, issues::add);
    }

    @Test
    void escapedMarkupStaysVisibleAsWritten() {
        List<ReadIssue> issues = new ArrayList<>();
        SubtitleDocument d = read("<tt xmlns=\"http://www.w3.org/ns/ttml\"><body><div><p begin=\"0s\" end=\"1s\">"
                + "&lt;i&gt;x&lt;/i&gt; &amp;amp; {\\an8}y<span>&#60;b&#62;</span></p></div></body></tt>", issues);
        assertThat(issues).isEmpty();
        assertThat(VisibleText.of(d.cues().get(0).lines().get(0))).isEqualTo("<i>x</i> &amp; {\\an8}y<b>");
    }

    @Test
    void theDeclaredFrameRateIsTheEffectiveOne() {
        SubtitleDocument d = read("<tt xmlns=\"http://www.w3.org/ns/ttml\" xmlns:ttp=\"http://www.w3.org/ns/ttml#parameter\""
                + " ttp:frameRate=\"30\" ttp:frameRateMultiplier=\"1000 1001\"><body/></tt>", new ArrayList<>());
        assertThat(d.frameRate()).contains(new io.github.subtitleqc.core.time.FrameRate(30_000, 1001));
        SubtitleDocument none = read("<tt xmlns=\"http://www.w3.org/ns/ttml\"><body/></tt>", new ArrayList<>());
        assertThat(none.frameRate()).isEmpty();
    }

    @Test
    void anExternalEntityIsNeverFetched() {
        List<ReadIssue> issues = new ArrayList<>();
        SubtitleDocument d = read("<!DOCTYPE tt [<!ENTITY x SYSTEM \"http://127.0.0.1:1/never\">]>\n"
                + "<tt xmlns=\"http://www.w3.org/ns/ttml\"><body><p begin=\"0s\" end=\"1s\">&x;</p></body></tt>", issues);
        assertThat(d.cues().get(0).lines()).containsExactly("&x;");
        assertThat(issues).extracting(ReadIssue::ruleId, ReadIssue::line, ReadIssue::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("format", 1, 1),
                        org.assertj.core.groups.Tuple.tuple("parse-error", 2, 68));
    }
}

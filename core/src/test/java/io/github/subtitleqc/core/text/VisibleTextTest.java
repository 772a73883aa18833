package io.github.subtitleqc.core.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** SPEC §4.1: the text a viewer sees, from a line as written. */
class VisibleTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            <i>Hello</i>                              | Hello
            <b>Hello</b> <u>world</u>                 | Hello world
            <I>shout</I>                              | shout
            <font color="red">Red</font> text         | Red text
            <font face='Arial' size=4>A</font>        | A
            {\\an8}On top                             | On top
            {\\i1}slanted{\\i0}                       | slanted
            <v Bob>Hi there</v>                       | Hi there
            <v.loud Alice Smith>Stop!                 | Stop!
            <c.yellow>Warning</c>                     | Warning
            <c.yellow.bg_blue>Both</c>                | Both
            <lang en>Hello</lang>                     | Hello
            Hi <00:00:01.500>there                    | Hi there
            Hi <00:01.500>there                       | Hi there
            <v Bob><i>Hello</i></v>                   | Hello
            """)
    void removesMarkup(String written, String visible) {
        assertThat(VisibleText.of(written)).isEqualTo(visible);
    }

    @Test
    void removesRubyTextWithItsContent() {
        assertThat(VisibleText.of("<ruby>漢<rt>かん</rt>字<rt>じ</rt></ruby>を読む")).isEqualTo("漢字を読む");
        assertThat(VisibleText.of("<ruby>東京<rp>(</rp><rt>とうきょう</rt><rp>)</rp></ruby>")).isEqualTo("東京");
        assertThat(VisibleText.of("<ruby>東京<rt.small>とうきょう</rt></ruby>")).isEqualTo("東京");
        // WebVTT lets <rt> run to the end of the cue text
        assertThat(VisibleText.of("<ruby>東京<rt>とうきょう")).isEqualTo("東京");
    }

    @Test
    void rubyEndTagAlsoClosesAnOpenRubyText() {
        // W3C tree: </ruby> with <rt> open closes both, so 字 is base text again
        assertThat(VisibleText.of("<ruby>漢<rt>かん</ruby>字")).isEqualTo("漢字");
        assertThat(Counting.ALL_ONE.count(VisibleText.of("<ruby>漢<rt>かん</ruby>字"))).isEqualTo(2.0);
        assertThat(Counting.CJK_WEIGHTED.count(VisibleText.of("<ruby>漢<rt>かん</ruby>字"))).isEqualTo(2.0);
        assertThat(VisibleText.of("<ruby>漢<rt.small>かん</ruby>字<ruby>東<rt>ひがし</RUBY>です"))
                .isEqualTo("漢字東です");
        // an element opened inside the ruby text keeps it open: </ruby> closes only the current element
        assertThat(VisibleText.of("<ruby>漢<rt><b>かん</ruby>字")).isEqualTo("漢");
        assertThat(VisibleText.of("<ruby>漢<rt><b>かん</b></ruby>字")).isEqualTo("漢字");
    }

    @Test
    void rubyParenthesesAreNotVisible() {
        assertThat(VisibleText.of("<ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp></ruby>")).isEqualTo("漢");
        assertThat(Counting.CJK_WEIGHTED.count(VisibleText.of("<ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp></ruby>")))
                .isEqualTo(1.0);
        assertThat(VisibleText.of("<ruby>漢<rp>(</rp><rt>かん</rt><rp>)</ruby>字")).isEqualTo("漢字");
        assertThat(VisibleText.of("漢<rp>(</rp>字")).isEqualTo("漢字");
    }

    @Test
    void unclosedRubyTextHidesToTheEndOfTheLine() {
        assertThat(VisibleText.of("<ruby>東京<rt>とうきょう")).isEqualTo("東京");
        assertThat(VisibleText.of("<ruby>東京<rt>とうきょう</rt>")).isEqualTo("東京");
        assertThat(VisibleText.of("<ruby>東京<rt>とう</i>きょう")).isEqualTo("東京");
    }

    @Test
    void rubyTextOutsideRubyIsNotRubyText() {
        // WebVTT ignores an <rt> tag that is not directly inside <ruby>; its text shows
        assertThat(VisibleText.of("<rt>test")).isEqualTo("test");
        assertThat(VisibleText.of("a<rt>b</rt>c")).isEqualTo("abc");
    }

    @Test
    void decodesCharacterReferences() {
        assertThat(VisibleText.of("Tom &amp; Jerry")).isEqualTo("Tom & Jerry");
        assertThat(VisibleText.of("a &lt; b &gt; c")).isEqualTo("a < b > c");
        assertThat(VisibleText.of("no&nbsp;break")).isEqualTo("no\u00A0break");
        assertThat(VisibleText.of("caf&#233; &#x4E2D;&#x6587;")).isEqualTo("café 中文");
        assertThat(VisibleText.of("AT&T")).isEqualTo("AT&T");
        // decoded once: an escaped entity stays an entity, an escaped tag stays visible
        assertThat(VisibleText.of("&amp;lt;")).isEqualTo("&lt;");
        assertThat(VisibleText.of("&lt;i&gt;not a tag&lt;/i&gt;")).isEqualTo("<i>not a tag</i>");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tom &amp Jerry                    | Tom & Jerry
            &amp                              | &
            &AMP;                             | &
            &AMP                              | &
            &lt                               | <
            a &gt b                           | a > b
            &#x41                             | A
            &#65                              | A
            &#65;&#x42;                       | AB
            no&nbspbreak                      | no\u00A0break
            &copy 2024                        | © 2024
            &not                              | ¬
            &notit;                           | ¬it;
            &notin;                           | ∉
            &ampx                             | &x
            &ClockwiseContourIntegral;        | ∲
            &#x1F600                          | 😀
            &#x80;                            | €
            &#0;                              | \uFFFD
            &unknown;                         | &unknown;
            &Amp;                             | &Amp;
            &#;                               | &#;
            &;                                | &;
            R&D                               | R&D
            Rock & Roll                       | Rock & Roll
            """)
    void decodesCharacterReferencesAsHtmlDoesInText(String written, String visible) {
        assertThat(VisibleText.of(written)).isEqualTo(visible);
    }

    @Test
    void aLegacyReferenceCountsAsTheCharacterItShows() {
        assertThat(Counting.ALL_ONE.count(VisibleText.of("Tom &amp Jerry"))).isEqualTo(11.0);
        assertThat(Counting.ALL_ONE.count(VisibleText.of("&AMP;"))).isEqualTo(1.0);
        assertThat(Counting.ALL_ONE.count(VisibleText.of("&#x41&#66"))).isEqualTo(2.0);
        assertThat(Counting.CJK_WEIGHTED.count(VisibleText.of("东京&amp大阪"))).isEqualTo(4.5);
    }

    @Test
    void normalisesToNfc() {
        assertThat(VisibleText.of("Cafe\u0301")).isEqualTo("Caf\u00E9");
        assertThat(VisibleText.of("<i>e\u0301</i>")).isEqualTo("\u00E9");
    }

    @Test
    void normalisesToNfcAcrossADroppedInvisibleCharacter() {
        // the zero-width space goes, so e and the accent meet and compose
        assertThat(VisibleText.of("e\u200B\u0301")).isEqualTo("\u00E9");
    }

    @ParameterizedTest(name = "U+{0} is dropped")
    @ValueSource(strings = {"200B", "200E", "200F", "202A", "202B", "202C", "202D", "202E",
            "2066", "2067", "2068", "2069", "FEFF"})
    void dropsZeroWidthAndBidiControls(String hex) {
        char c = (char) Integer.parseInt(hex, 16);
        assertThat(VisibleText.of("a" + c + "b" + c)).isEqualTo("ab");
        assertThat(VisibleText.isInvisibleControl(c)).isTrue();
    }

    @Test
    void keepsTheJoinersSoEmojiSequencesStayWhole() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        assertThat(VisibleText.of(family)).isEqualTo(family);
        assertThat(Counting.graphemes(VisibleText.of(family))).isEqualTo(1);
        assertThat(VisibleText.of("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645")).contains("\u200C");
        assertThat(Counting.ALL_ONE.count(VisibleText.of("a\u200Cb"))).isEqualTo(2.0);
    }

    @ParameterizedTest(name = "U+{0} is kept")
    @ValueSource(strings = {"200A", "2010", "2029", "202F", "2065", "206A", "FEFE", "00A0"})
    void keepsTheCharactersAroundThoseRanges(String hex) {
        char c = (char) Integer.parseInt(hex, 16);
        assertThat(VisibleText.of("a" + c + "b")).isEqualTo("a" + c + "b");
        assertThat(VisibleText.isInvisibleControl(c)).isFalse();
    }

    @Test
    void dropsBidiMarksWrittenAsEntities() {
        assertThat(VisibleText.of("&lrm;שלום&rlm;")).isEqualTo("שלום");
    }

    @ParameterizedTest(name = "[{index}] ''{0}''")
    @ValueSource(strings = {"a < b", "a<b", "x<3 and y>2", "I <3 you", "5 > 3", "{not an override}", "a {b} c", ""})
    void keepsWhatIsNotMarkup(String written) {
        assertThat(VisibleText.of(written)).isEqualTo(written);
    }

    @Test
    void emptyTagsLeaveNothing() {
        assertThat(VisibleText.of("<i></i>")).isEmpty();
        assertThat(VisibleText.of("{\\an8}")).isEmpty();
        assertThat(VisibleText.of("\u200B")).isEmpty();
    }
}

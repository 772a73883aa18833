package io.github.subtitleqc.fix;

import io.github.subtitleqc.core.engine.ConfigurationException;
import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.fix.FixResult;
import io.github.subtitleqc.core.fix.Fixer;
import io.github.subtitleqc.core.fix.NotFixed;
import io.github.subtitleqc.core.fix.UnifiedDiff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What {@code fix} writes, byte for byte, with the built-in rules and profiles. */
class FixerTest {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static Engine engine(String profile) {
        return Engine.withDiscoveredRules(EngineConfig.defaults().withProfile(profile), FixerTest.class.getClassLoader());
    }

    private static FixResult fix(String profile, String name, String text) {
        return new Fixer(engine(profile), Fixer.parseRules(null)).fix(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String after(FixResult r) {
        return new String(r.after(), StandardCharsets.UTF_8);
    }

    @Test
    void minGapEndsTheEarlierCueTwoFramesBeforeTheNextAndKeepsBomAndCrlf() {
        String srt = "1\r\n00:00:01,000 --> 00:00:03,000\r\n<i>Hello</i>\r\n\r\n"
                + "2\r\n00:00:03,020 --> 00:00:05,000\r\nWorld\r\n";
        byte[] bytes = concat(UTF8_BOM, srt.getBytes(StandardCharsets.UTF_8));
        FixResult r = new Fixer(engine("netflix-en"), Set.of("min-gap")).fix("a.en.srt", bytes);
        assertThat(r.status()).isEqualTo(FixResult.Status.CHANGED);
        // 2 frames at 23.976 fps are 83 ms: 3.020 s - 0.083 s
        assertThat(r.after()).isEqualTo(concat(UTF8_BOM, srt.replace("00:00:03,000", "00:00:02,937")
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(r.fixed()).containsExactly(java.util.Map.entry("min-gap", 1));
        assertThat(r.notFixed()).isEmpty();
    }

    @Test
    void overlapInWebVttKeepsHeaderNotesStylesIdentifiersAndTheShortTimestampForm() {
        String vtt = "WEBVTT - a talk\n\nSTYLE\n::cue { color: yellow }\n\nNOTE  two  spaces stay in a note\n\n"
                + "intro\n00:01.000 --> 00:04.000 align:start\n<v Ana>Hi there</v>\n\n"
                + "00:03.500 --> 00:06.000\n<b>Bye</b>\n";
        FixResult r = fix("netflix-en", "talk.en.vtt", vtt);
        assertThat(after(r)).isEqualTo(vtt.replace("00:04.000 align", "00:03.417 align"));
        assertThat(r.fixed()).containsExactly(java.util.Map.entry("overlap", 1));
    }

    @Test
    void minDurationExtendsIntoTheGapKeepingTheMinimumGap() {
        String srt = "1\n00:00:01,000 --> 00:00:01,400\nHi\n\n2\n00:00:01,600 --> 00:00:03,000\nThere\n\n"
                + "3\n00:00:05,000 --> 00:00:05,500\nEnd\n\n4\n00:00:09,000 --> 00:00:10,000\nLast\n";
        FixResult r = fix("netflix-en", "a.en.srt", srt);
        // cue 1 cannot reach 833 ms before cue 2 (which starts 600 ms in); cue 3 can
        assertThat(after(r)).isEqualTo(srt.replace("00:00:05,500", "00:00:05,833"));
        assertThat(r.notFixed()).extracting(NotFixed::ruleId, NotFixed::cue, NotFixed::line, NotFixed::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("min-duration", 1, 2,
                        "cue 1 would have to end at 00:00:01.833 to last 833 ms, but cue 2 starts at 00:00:01.600 and"
                                + " the minimum gap is 2 frames (netflix-en); start cue 2 later, or join the two cues,"
                                + " by hand"));
    }

    @Test
    void aGapThatWouldMakeTheCueTooShortIsLeftAndSaysWhy() {
        String srt = "1\n00:00:01,000 --> 00:00:01,900\nHi\n\n2\n00:00:01,910 --> 00:00:03,000\nThere\n";
        FixResult r = fix("netflix-en", "a.en.srt", srt);
        assertThat(r.status()).isEqualTo(FixResult.Status.UNCHANGED);
        assertThat(r.after()).isSameAs(r.before());
        assertThat(r.notFixed()).extracting(NotFixed::ruleId, NotFixed::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("min-gap", "ending cue 1 at 00:00:01.827, 2 frames before cue 2,"
                        + " would leave it 827 ms, below the minimum duration of 833 ms (netflix-en); start cue 2"
                        + " later, or join the two cues, by hand"));
    }

    @Test
    void timesAreWrittenInTheFilesOwnForm() {
        String srt = "1\n0:00:01.5 --> 0:00:03.5\nHi\n\n2\n0:00:03.5 --> 0:00:05.0\nThere\n";
        FixResult r = fix("netflix-en", "a.en.srt", srt);
        // one digit of fraction: the end goes down to the tenth of a second at least 83 ms before 3.5 s
        assertThat(after(r)).isEqualTo(srt.replace("0:00:01.5 --> 0:00:03.5", "0:00:01.5 --> 0:00:03.4"));
    }

    @Test
    void whitespaceCollapsesDoubleSpacesAndRemovesSpacesBeforePunctuationAndAtLineEnds() {
        String srt = "1\n00:00:01,000 --> 00:00:03,000\n<i> Hello  world ,</i> \nit costs .5 dollars !\n\n"
                + "2\n00:00:04,000 --> 00:00:06,000\n你好 ，世界　　再见\n";
        FixResult r = fix("netflix-en", "a.en.srt", srt);
        assertThat(after(r)).isEqualTo("1\n00:00:01,000 --> 00:00:03,000\n<i>Hello world,</i>\nit costs .5 dollars!\n\n"
                + "2\n00:00:04,000 --> 00:00:06,000\n你好，世界　再见\n");
        assertThat(r.notFixed()).isEmpty();
    }

    @Test
    void frenchSpacingBeforeExclamationMarksStays() {
        String srt = "1\n00:00:01,000 --> 00:00:03,000\nBonjour !  Ça va ?\n";
        FixResult r = fix("auto", "a.fr.srt", srt);
        assertThat(after(r)).isEqualTo("1\n00:00:01,000 --> 00:00:03,000\nBonjour ! Ça va ?\n");
    }

    @Test
    void glossaryReplacesOnlyExactListedVariants(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("terms.csv");
        Files.writeString(csv, "preferred,forbidden,caseSensitive,language,note\n"
                + "Andy Jassy,Andy Jesse,false,,\nAnthropic,Antropic,true,,\n");
        Engine engine = Engine.withDiscoveredRules(EngineConfig.defaults().withProfile("netflix-en")
                .withGlossaries(List.of(csv)), getClass().getClassLoader());
        String srt = "1\n00:00:01,000 --> 00:00:03,000\nAndy Jesse of <b>Antropic</b>\nandy jesse again\n";
        FixResult r = new Fixer(engine, Set.of("glossary")).fix("a.en.srt", srt.getBytes(StandardCharsets.UTF_8));
        assertThat(after(r)).isEqualTo("1\n00:00:01,000 --> 00:00:03,000\nAndy Jassy of <b>Anthropic</b>\nandy jesse again\n");
        assertThat(r.notFixed()).extracting(NotFixed::ruleId, NotFixed::line, NotFixed::column, NotFixed::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("glossary", 4, 1, "'andy jesse' is not written as"
                        + " the glossary lists the variant (Andy Jesse); only exact variants are replaced: write"
                        + " 'Andy Jassy' by hand"));
    }

    @Test
    void aFileWithParseErrorsIsLeftAlone() {
        String srt = "1\n00:00:01,000 --> 00:00:03,000\nHi  there\n\n2\n00:00:0x --> nonsense\nOops\n";
        FixResult r = fix("netflix-en", "a.en.srt", srt);
        assertThat(r.status()).isEqualTo(FixResult.Status.REFUSED);
        assertThat(r.reason()).startsWith("it has parse-error findings (the first at line 6: ");
        assertThat(r.after()).isSameAs(r.before());
    }

    @Test
    void undecodableBytesAreEncodingFindingsAndTheFileIsLeftAlone() {
        byte[] bytes = concat("1\n00:00:01,000 --> 00:00:03,000\nHi  ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xFF, '\n'});
        FixResult r = new Fixer(engine("netflix-en"), Fixer.parseRules(null)).fix("a.en.srt", bytes);
        assertThat(r.status()).isEqualTo(FixResult.Status.REFUSED);
        assertThat(r.reason()).startsWith("it has encoding findings");
    }

    @Test
    void otherEncodingsAndUtf16AreWrittenBackInTheirOwnEncoding() {
        Charset gbk = Charset.forName("GBK");
        String srt = "1\r\n00:00:01,000 --> 00:00:03,000\r\n你好  世界\r\n";
        Engine engine = Engine.withDiscoveredRules(EngineConfig.defaults().withProfile("netflix-zh-hans")
                .withEncoding(gbk), getClass().getClassLoader());
        FixResult r = new Fixer(engine, Fixer.parseRules(null)).fix("a.zh.srt", srt.getBytes(gbk));
        assertThat(r.after()).isEqualTo(srt.replace("你好  世界", "你好 世界").getBytes(gbk));

        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, srt.getBytes(StandardCharsets.UTF_16LE));
        FixResult r16 = new Fixer(engine("netflix-zh-hans"), Fixer.parseRules(null)).fix("a.zh.srt", utf16);
        assertThat(r16.after()).isEqualTo(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                srt.replace("你好  世界", "你好 世界").getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void ttmlAndAssAreNotFixable() {
        FixResult r = fix("netflix-en", "a.en.ass", "[Script Info]\n");
        assertThat(r.status()).isEqualTo(FixResult.Status.UNSUPPORTED);
        assertThat(r.reason()).isEqualTo("fix supports .srt and .vtt");
        assertThat(fix("netflix-en", "a.en.ttml", "<tt/>").status()).isEqualTo(FixResult.Status.UNSUPPORTED);
    }

    @Test
    void onlyTheNamedRulesAreFixedAndADisabledRuleIsNot() {
        String srt = "1\n00:00:01,000 --> 00:00:03,000\nHi  there\n\n2\n00:00:03,020 --> 00:00:05,000\nYou\n";
        FixResult r = new Fixer(engine("netflix-en"), Set.of("whitespace")).fix("a.en.srt",
                srt.getBytes(StandardCharsets.UTF_8));
        assertThat(after(r)).isEqualTo(srt.replace("Hi  there", "Hi there"));

        Engine off = Engine.withDiscoveredRules(EngineConfig.defaults().withProfile("netflix-en").withRules(List.of(
                new io.github.subtitleqc.core.engine.RuleOverride("min-gap", false, null, java.util.Map.of()))),
                getClass().getClassLoader());
        FixResult r2 = new Fixer(off, Set.of("min-gap")).fix("a.en.srt", srt.getBytes(StandardCharsets.UTF_8));
        assertThat(r2.status()).isEqualTo(FixResult.Status.UNCHANGED);
    }

    @Test
    void aSecondFixChangesNothing() {
        String srt = "1\n00:00:01,000 --> 00:00:03,000\nHi  there ,\n\n2\n00:00:02,500 --> 00:00:03,100\nYou\n\n"
                + "3\n00:00:03,120 --> 00:00:05,000\nMe\n";
        FixResult first = fix("netflix-en", "a.en.srt", srt);
        assertThat(first.status()).isEqualTo(FixResult.Status.CHANGED);
        FixResult second = new Fixer(engine("netflix-en"), Fixer.parseRules(null)).fix("a.en.srt", first.after());
        assertThat(second.status()).isEqualTo(FixResult.Status.UNCHANGED);
        assertThat(second.notFixed()).isEqualTo(first.notFixed());
    }

    @Test
    void fixRulesNamesWhatCannotBeFixed() {
        assertThat(Fixer.parseRules(" min-gap , glossary")).containsExactly("min-gap", "glossary");
        assertThat(Fixer.parseRules("")).containsExactly("min-gap", "overlap", "min-duration", "whitespace");
        assertThatThrownBy(() -> Fixer.parseRules("min-gap,reading-speed")).isInstanceOf(ConfigurationException.class)
                .hasMessage("fixRules: 'reading-speed' cannot be fixed automatically; fix knows min-gap, overlap,"
                        + " min-duration, whitespace, glossary");
    }

    @Test
    void theDiffShowsTheChangedLinesWithContext() {
        String srt = "1\n00:00:01,000 --> 00:00:03,000\nHi  there\n";
        FixResult r = fix("netflix-en", "a.en.srt", srt);
        assertThat(UnifiedDiff.of("a.en.srt", r.beforeText(), r.afterText())).containsExactly(
                "--- a/a.en.srt", "+++ b/a.en.srt", "@@ -1,3 +1,3 @@", " 1", " 00:00:01,000 --> 00:00:03,000",
                "-Hi  there", "+Hi there");
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

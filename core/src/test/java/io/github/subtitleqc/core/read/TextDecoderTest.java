package io.github.subtitleqc.core.read;

import io.github.subtitleqc.core.engine.ConfigurationException;
import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.engine.SourceFile;
import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.model.Finding;
import io.github.subtitleqc.core.model.Severity;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextDecoderTest {

    /** The GB2312 file of the corpus (cdown/srt), read with encoding=auto: its Chinese text, decoded. */
    @Test
    void autoReadsTheCorpusGb2312File() throws IOException {
        Path file = Corpus.root().resolve("srt-fixtures/cdown-srt/gb2312.srt");
        DecodedText decoded = TextDecoder.decode(Files.readAllBytes(file), StandardCharsets.UTF_8, true);
        List<ReadIssue> issues = new ArrayList<>(decoded.issues());
        List<Cue> cues = new SrtReader().read(decoded, issues::add).cues();

        assertThat(decoded.charset().name()).isEqualTo("GB18030");
        assertThat(cues).extracting(Cue::text).containsExactly(
                "宇宙守护神  保护我们远离邪恶",
                "他能徒手抓住子弹  拦住疾速的火车",
                "轻轻一跳就能飞跃高楼");
        assertThat(issues).extracting(ReadIssue::ruleId).doesNotContain("encoding");
        assertThat(issues).filteredOn(i -> i.message().contains("guessed")).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("GB18030", "confidence 100%"));
    }

    /** The same through the engine, as the plugin's encoding=auto configures it. */
    @Test
    void engineWithAutoEncodingNamesTheGuessInAnInfoFinding() {
        Path file = Corpus.root().resolve("srt-fixtures/cdown-srt/gb2312.srt");
        Engine engine = new Engine(EngineConfig.defaults().withEncoding("auto").withThreads(1), List.of());

        FileResult result = engine.check(new SourceFile(file, "gb2312.srt"));

        assertThat(result.encoding()).isEqualTo("GB18030");
        assertThat(result.cues()).isEqualTo(3);
        assertThat(result.findings()).filteredOn(f -> f.message().contains("guessed")).singleElement()
                .satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("format");
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.line()).isEqualTo(1);
                });
        assertThat(result.findings()).extracting(Finding::ruleId).doesNotContain("encoding", "parse-error");
    }

    @Test
    void withoutAutoTheSameFileGivesOneEncodingFindingPerLine() {
        Path file = Corpus.root().resolve("srt-fixtures/cdown-srt/gb2312.srt");
        Engine engine = new Engine(EngineConfig.defaults().withThreads(1), List.of());

        FileResult result = engine.check(new SourceFile(file, "gb2312.srt"));

        assertThat(result.encoding()).isEqualTo("UTF-8");
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("encoding"))
                .extracting(Finding::line, Finding::column, Finding::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, 1, Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple(7, 1, Severity.ERROR),
                        org.assertj.core.groups.Tuple.tuple(11, 1, Severity.ERROR));
    }

    @Test
    void encodingParameterAcceptsAutoAndCharsetNamesAndRejectsTheRest() {
        assertThat(EngineConfig.defaults().withEncoding("AUTO").detectEncoding()).isTrue();
        assertThat(EngineConfig.defaults().withEncoding("GBK").encoding().name()).isEqualTo("GBK");
        assertThat(EngineConfig.defaults().withEncoding("GBK").detectEncoding()).isFalse();
        assertThat(EngineConfig.defaults().withEncoding(" ").encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> EngineConfig.defaults().withEncoding("klingon"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("unknown encoding 'klingon': use auto, or a Java charset name such as UTF-8, GBK, Big5,"
                        + " Shift_JIS or windows-1252");
    }

    /** Bad bytes on every line: one finding per line, the rest of each line and of the file still decoded. */
    @Test
    void undecodableBytesGiveOneFindingPerLineAndDecodingGoesOn() {
        byte[] bytes = "ok\nbad \u00FF\u00FE here \u00FF\r\nok\rbad\u00FF\n".getBytes(StandardCharsets.ISO_8859_1);

        DecodedText decoded = TextDecoder.decode(bytes, StandardCharsets.UTF_8);

        assertThat(decoded.text()).isEqualTo("ok\nbad \uFFFD\uFFFD here \uFFFD\r\nok\rbad\uFFFD\n");
        assertThat(decoded.issues()).extracting(ReadIssue::line, ReadIssue::column, ReadIssue::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, 5, "3 byte sequences, the first 0xFF, cannot be decoded as"
                        + " UTF-8 and shows as '\uFFFD': set the encoding parameter to the file's real encoding"
                        + " (or to auto) or re-save the file as UTF-8"),
                org.assertj.core.groups.Tuple.tuple(4, 4, "byte sequence 0xFF cannot be decoded as UTF-8 and shows"
                        + " as '\uFFFD': set the encoding parameter to the file's real encoding (or to auto) or"
                        + " re-save the file as UTF-8"));
    }

    /** A megabyte of bad bytes on one line is one finding, found in linear time. */
    @Test
    void aLineOfAMillionBadBytesIsOneFinding() {
        byte[] bytes = new byte[1 << 20];
        Arrays.fill(bytes, (byte) 0xFF);

        DecodedText decoded = TextDecoder.decode(bytes, StandardCharsets.UTF_8);

        assertThat(decoded.text()).hasSize(1 << 20);
        assertThat(decoded.issues()).singleElement()
                .satisfies(i -> assertThat(i.message()).startsWith("1048576 byte sequences, the first 0xFF,"));
    }

    /** A file whose bytes are in no known encoding: auto keeps UTF-8 and says it could not guess. */
    @Test
    void autoWithoutAConfidentGuessKeepsTheConfiguredEncodingAndSaysSo() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("1\n00:00:01,000 --> 00:00:02,000\n".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {(byte) 0xC0, (byte) 0x80, '\n'});

        DecodedText decoded = TextDecoder.decode(out.toByteArray(), StandardCharsets.UTF_8, true);

        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.issues()).first().satisfies(i -> {
            assertThat(i.ruleId()).isEqualTo("format");
            assertThat(i.message()).contains("could not be guessed with confidence", "below the 50% needed");
        });
        assertThat(decoded.issues()).filteredOn(i -> i.ruleId().equals("encoding")).singleElement()
                .satisfies(i -> assertThat(i.line()).isEqualTo(3));
    }

    private static final String LATIN_SRT = "1\r\n00:00:01,000 --> 00:00:03,000\r\nThe reactor is stable.\r\n\r\n"
            + "2\r\n00:00:04,000 --> 00:00:06,000\r\nCafé, naïve, Straße.\r\n";
    private static final String CHINESE_SRT = "1\n00:00:01,000 --> 00:00:03,000\n就是亚马逊Facebook这样的公司　一\n\n"
            + "2\n00:00:04,000 --> 00:00:06,000\n我们用工质引擎训练模型，效果很好。\n";

    /**
     * UTF-16 without a byte order mark, LE and BE, Latin and Chinese text, with and without
     * encoding=auto: read as UTF-16 from its NUL bytes, cues and text intact, one format info.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} {1} auto={2}")
    @org.junit.jupiter.params.provider.CsvSource({
            "UTF-16LE, latin, false", "UTF-16LE, latin, true", "UTF-16LE, chinese, false", "UTF-16LE, chinese, true",
            "UTF-16BE, latin, false", "UTF-16BE, latin, true", "UTF-16BE, chinese, false", "UTF-16BE, chinese, true"})
    void utf16WithoutByteOrderMarkIsReadFromItsNulBytes(String charset, String text, boolean auto) {
        String srt = text.equals("latin") ? LATIN_SRT : CHINESE_SRT;
        EngineConfig config = EngineConfig.defaults().withThreads(1);
        Engine engine = new Engine(auto ? config.withEncoding("auto") : config, List.of());

        FileResult result = engine.check("talk.srt", srt.getBytes(java.nio.charset.Charset.forName(charset)));

        assertThat(result.encoding()).isEqualTo(charset);
        assertThat(result.cues()).isEqualTo(2);
        assertThat(result.findings()).extracting(Finding::ruleId, Finding::severity, Finding::line, Finding::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("format", Severity.INFO, 1,
                        "the file has no byte order mark: read as " + charset + " from its pattern of NUL bytes;"
                                + " re-save it as UTF-8, or as " + charset + " with a byte order mark, to make its"
                                + " encoding explicit"));
        DecodedText decoded = TextDecoder.decode(srt.getBytes(java.nio.charset.Charset.forName(charset)),
                StandardCharsets.UTF_8, auto);
        assertThat(decoded.text()).isEqualTo(srt);
        assertThat(decoded.bom()).isFalse();
    }

    /** Configured as the encoding the pattern shows, the file is read without a finding. */
    @Test
    void utf16ConfiguredExplicitlyNeedsNoFinding() {
        Engine engine = new Engine(EngineConfig.defaults().withThreads(1).withEncoding("UTF-16LE"), List.of());

        FileResult result = engine.check("talk.srt", LATIN_SRT.getBytes(StandardCharsets.UTF_16LE));

        assertThat(result.encoding()).isEqualTo("UTF-16LE");
        assertThat(result.cues()).isEqualTo(2);
        assertThat(result.findings()).isEmpty();
    }

    /** A UTF-8 file with a few stray NULs stays UTF-8: each NUL is one byte among many that are not 0. */
    @Test
    void utf8WithAFewNulsIsNotTakenForUtf16() {
        String srt = "1\n00:00:01,000 --> 00:00:03,000\nA\u0000B\u0000C\u0000D\u0000\n\n"
                + "2\n00:00:04,000 --> 00:00:06,000\n\u0000x\u0000y\u0000z\n";
        for (boolean auto : new boolean[] {false, true}) {
            DecodedText decoded = TextDecoder.decode(srt.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, auto);

            assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(decoded.text()).isEqualTo(srt);
            assertThat(decoded.issues()).isEmpty();
        }
    }

    /** The WPT file with NULs in its cues is UTF-8. */
    @Test
    void theCorpusFileWithNulsStaysUtf8() throws IOException {
        byte[] bytes = Files.readAllBytes(Corpus.root().resolve("wpt-webvtt/file-parsing/tests/support/nulls.vtt"));

        assertThat(TextDecoder.decode(bytes, StandardCharsets.UTF_8, true).charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decode(bytes, StandardCharsets.UTF_8, false).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    /** UTF-32 without a byte order mark has 0 bytes at both parities: it is not taken for UTF-16. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"UTF-32LE", "UTF-32BE"})
    void utf32IsNotTakenForUtf16(String charset) {
        for (String srt : List.of(LATIN_SRT, CHINESE_SRT)) {
            DecodedText decoded = TextDecoder.decode(srt.getBytes(java.nio.charset.Charset.forName(charset)),
                    StandardCharsets.UTF_8, false);

            assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(decoded.issues()).extracting(ReadIssue::message).noneMatch(m -> m.contains("pattern of NUL"));
        }
    }

    /** A truncated UTF-16 file (an odd byte at the end) is still read as UTF-16; the last byte is an encoding error. */
    @Test
    void aTruncatedUtf16FileSaysItsPatternInTheEncodingFinding() {
        byte[] full = LATIN_SRT.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = Arrays.copyOf(full, full.length - 1);

        DecodedText decoded = TextDecoder.decode(bytes, StandardCharsets.UTF_8);

        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(decoded.issues()).filteredOn(i -> i.ruleId().equals("encoding")).singleElement()
                .satisfies(i -> assertThat(i.message()).endsWith("the file's pattern of NUL bytes says UTF-16LE:"
                        + " re-save the file in that encoding"));
    }
}

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
}

package io.github.subtitleqc.rules;

import io.github.subtitleqc.core.engine.Engine;
import io.github.subtitleqc.core.engine.EngineConfig;
import io.github.subtitleqc.core.engine.FileResult;
import io.github.subtitleqc.core.engine.ProgressListener;
import io.github.subtitleqc.core.engine.Report;
import io.github.subtitleqc.core.engine.SourceFile;
import io.github.subtitleqc.core.report.HtmlReportWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's HTML report (the engine with the built-in rules and the seed glossary, on the seed
 * subtitles) as the real consumer reads it: a browser. Headless Chromium loads the page from
 * {@code file://} with the network shut off and gives back the DOM it built. Tagged
 * {@code browser}: the default build leaves it out (a fresh machine has no Chromium), the
 * {@code browser} profile runs it and fails without Chromium; {@code .ci/run} installs Chromium
 * and runs it. Set {@code -Dsubtitleqc.screenshot=docs/report-html.png} to also save a screenshot
 * (how {@code docs/report-html.png} was made).
 */
@Tag("browser")
class HtmlReportInBrowserTest {

    private static final Path SEEDS = Path.of("..", "seeds").toAbsolutePath().normalize();
    private static final String SEED = "src/main/subtitles/big-tech-llm-anecdotes.zh-Hans.srt";

    private static Path page;
    private static FileResult seed;

    @BeforeAll
    static void writeSeedReport() throws IOException {
        EngineConfig config = EngineConfig.defaults().withThreads(1).withCueDetails(true)
                .withGlossaries(List.of(SEEDS.resolve("glossary.csv")));
        Report report = Engine.withDiscoveredRules(config, HtmlReportInBrowserTest.class.getClassLoader())
                .check(List.of(new SourceFile(SEEDS.resolve(SEED), "seeds/" + SEED)), ProgressListener.NONE);
        seed = report.files().get(0);
        page = Path.of("target", "seed-report", "subtitle-qc.html").toAbsolutePath();
        HtmlReportWriter.write(report, page);
    }

    @Test
    void chromiumBuildsTheSeedPageFromTheFileAlone() throws Exception {
        Document dom = Jsoup.parse(chromium("--dump-dom", page.toUri().toString()));

        assertThat(dom.select("main > section.file")).hasSize(1);
        assertThat(dom.select("#file-1").attr("data-findings")).isEqualTo(String.valueOf(seed.findings().size()));
        assertThat(dom.select("#file-1 table.findings tbody tr")).hasSize(seed.findings().size());
        assertThat(dom.select("#file-1 figure.timeline svg rect.cue")).hasSize(seed.cues());
        assertThat(dom.select("#file-1 figure.histogram svg line.limit").attr("data-limit")).isEqualTo("9");
        assertThat(dom.select("table.files tbody tr td a").text()).isEqualTo("seeds/" + SEED);

        String screenshot = System.getProperty("subtitleqc.screenshot");
        if (screenshot != null) {
            Path png = Path.of("..").resolve(screenshot).toAbsolutePath().normalize();
            chromium("--screenshot=" + png, "--window-size=1280,1800", "--hide-scrollbars", page.toUri().toString());
            assertThat(png).exists();
        }
    }

    /** Runs headless Chromium with the network off, and returns what it printed. */
    private static String chromium(String... arguments) throws IOException, InterruptedException {
        String binary = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome").stream()
                .filter(p -> new File(p).canExecute()).findFirst().orElse(null);
        assertThat(binary).as("the browser tests need Chromium: apt-get install chromium (.ci/run installs it)")
                .isNotNull();
        List<String> command = new ArrayList<>(List.of(binary, "--headless", "--no-sandbox", "--disable-gpu",
                "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>", "--allow-file-access-from-files"));
        command.addAll(List.of(arguments));
        Path out = Files.createTempFile("chromium", ".out");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("Chromium finished").isTrue();
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
        }
    }
}

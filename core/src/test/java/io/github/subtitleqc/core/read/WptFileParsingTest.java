package io.github.subtitleqc.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.subtitleqc.core.model.Cue;
import io.github.subtitleqc.core.model.CueLayout;
import io.github.subtitleqc.core.model.Region;
import io.github.subtitleqc.core.model.SubtitleDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conformance with the web-platform-tests WebVTT file-parsing suite
 * ({@code wpt-webvtt/expectations.json} in the corpus): each test that has an input file is read
 * through the decoder and the reader as the engine does. A {@code loaded} test must give the
 * asserted cue count and, per cue, every asserted value (id, start, end, text, cue settings and
 * region fields); a {@code rejected} test must be rejected: no cue and one {@code parse-error}.
 */
class WptFileParsingTest {

    private static final AtomicInteger RUN = new AtomicInteger();
    private static final AtomicInteger PASSED = new AtomicInteger();

    @TestFactory
    List<DynamicTest> fileParsing() throws IOException {
        Path suite = Corpus.root().resolve("wpt-webvtt");
        JsonNode tests = new ObjectMapper().readTree(suite.resolve("expectations.json").toFile()).get("tests");
        List<DynamicTest> result = new ArrayList<>();
        for (JsonNode test : tests) {
            if (!test.hasNonNull("input")) {
                continue; // empty.vtt, signature-null.vtt, signature-websrt.vtt: bytes not in the corpus
            }
            Path input = suite.resolve(test.get("input").asText());
            result.add(DynamicTest.dynamicTest(test.get("test").asText(), () -> {
                RUN.incrementAndGet();
                check(input, test.get("expected_by_wpt"));
                PASSED.incrementAndGet();
            }));
            if (test.path("reference_parse").has("cues")) {
                result.add(DynamicTest.dynamicTest(test.get("test").asText() + " (reference parse)",
                        () -> checkReference(input, test.get("reference_parse"))));
            }
        }
        assertThat(result).hasSizeGreaterThanOrEqualTo(50);
        return result;
    }

    @AfterAll
    static void printPassCount() {
        System.out.println("WPT file-parsing: " + PASSED.get() + "/" + RUN.get() + " passed");
    }

    private static void check(Path input, JsonNode expected) throws IOException {
        List<ReadIssue> issues = new ArrayList<>();
        DecodedText decoded = TextDecoder.decode(Files.readAllBytes(input), StandardCharsets.UTF_8);
        issues.addAll(decoded.issues());
        SubtitleDocument document = new WebVttReader().read(decoded, issues::add);
        boolean rejected = issues.stream().anyMatch(i -> i.message().startsWith("not a WebVTT file"));
        if (expected.get("outcome").asText().equals("rejected")) {
            assertThat(rejected).as("rejected").isTrue();
            assertThat(document.cues()).isEmpty();
            assertThat(issues).filteredOn(i -> i.ruleId().equals("parse-error")).hasSize(1);
            return;
        }
        assertThat(rejected).as("rejected: " + issues).isFalse();
        if (expected.has("cue_count")) {
            assertThat(document.cues()).as("cue count").hasSize(expected.get("cue_count").asInt());
        }
        for (JsonNode e : expected.path("cues")) {
            Cue cue = document.cues().get(e.get("index").asInt());
            Iterator<Map.Entry<String, JsonNode>> fields = e.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = field.getKey();
                if (!key.equals("index")) {
                    assertThat(actual(cue, key)).as("cue " + e.get("index") + " " + key)
                            .isEqualTo(expectedValue(field.getValue()));
                }
            }
        }
    }

    /**
     * The corpus also holds a full cue list from an independent re-implementation of the
     * algorithm (derived, not WPT's word): every id, start, end and text must agree with it too.
     */
    private static void checkReference(Path input, JsonNode reference) throws IOException {
        DecodedText decoded = TextDecoder.decode(Files.readAllBytes(input), StandardCharsets.UTF_8);
        SubtitleDocument document = new WebVttReader().read(decoded, issue -> { });
        List<String> actual = new ArrayList<>();
        for (Cue cue : document.cues()) {
            actual.add((cue.id() == null ? "" : cue.id()) + " | " + cue.startMs() + " | " + cue.endMs() + " | " + cue.text());
        }
        List<String> expected = new ArrayList<>();
        for (JsonNode c : reference.get("cues")) {
            expected.add(c.get("id").asText() + " | " + c.get("start_ms").asLong() + " | " + c.get("end_ms").asLong()
                    + " | " + c.get("text").asText());
        }
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    /** A cue's value under a WPT {@code VTTCue} / {@code VTTRegion} attribute name, as JSON would give it. */
    private static Object actual(Cue cue, String key) {
        CueLayout layout = cue.layout();
        Optional<Region> region = layout.region();
        return switch (key) {
            case "id" -> cue.id() == null ? "" : cue.id();
            case "text" -> cue.text();
            case "start" -> cue.startMs() / 1000.0;
            case "end" -> cue.endMs() / 1000.0;
            case "align" -> layout.align();
            case "vertical" -> layout.vertical();
            case "line" -> autoOr(layout.line());
            case "snapToLines" -> layout.snapToLines();
            case "lineAlign" -> layout.lineAlign();
            case "position" -> autoOr(layout.position());
            case "positionAlign" -> layout.positionAlign();
            case "size" -> layout.size();
            case "region" -> region.map(r -> "<" + r.id() + ">").orElse(null);
            case "region.id" -> region.map(Region::id).orElse(null);
            case "region.width" -> region.map(Region::width).orElse(null);
            case "region.lines" -> region.map(Region::lines).orElse(null);
            case "region.regionAnchorX" -> region.map(Region::regionAnchorX).orElse(null);
            case "region.regionAnchorY" -> region.map(Region::regionAnchorY).orElse(null);
            case "region.viewportAnchorX" -> region.map(Region::viewportAnchorX).orElse(null);
            case "region.viewportAnchorY" -> region.map(Region::viewportAnchorY).orElse(null);
            case "region.scroll" -> region.map(Region::scroll).orElse(null);
            default -> throw new AssertionError("expectation on an unknown cue attribute '" + key + "'");
        };
    }

    private static Object autoOr(OptionalDouble value) {
        return value.isPresent() ? (Object) value.getAsDouble() : "auto";
    }

    private static Object expectedValue(JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        return node.asText();
    }
}

package io.github.subtitleqc.core.report;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Markup} writes what jsoup writes for the same elements, text and attributes in a UTF-8 page. */
class MarkupTest {

    @Property(tries = 2000)
    void escapesTextAndAttributesAsJsoupDoes(@ForAll("texts") String text, @ForAll("texts") String value) throws IOException {
        StringWriter out = new StringWriter();
        new Markup(out).start("td").attr("class", "num").attr("data-sort", value).text(text).end("td").flush();
        assertThat(out.toString()).isEqualTo(jsoup(new Element("td").addClass("num").attr("data-sort", value).text(text)));
    }

    @Test
    void writesNestedElementsBooleanAttributesAndLowerCaseNamesAsJsoupDoes() throws IOException {
        StringWriter out = new StringWriter();
        // jsoup writes viewBox in lower case; Markup is given it so
        new Markup(out).start("details").attr("open").start("summary").text("2 findings").end("summary")
                .start("svg").attr("viewbox", "0 0 10 10").attr("role", "img").start("rect").attr("x", "1").end("rect")
                .element("title", "a <b> & \"c\"").end("svg").end("details").flush();
        Element details = new Element("details").attr("open", true);
        details.appendElement("summary").text("2 findings");
        Element svg = details.appendElement("svg").attr("viewBox", "0 0 10 10").attr("role", "img");
        svg.appendElement("rect").attr("x", "1");
        svg.appendElement("title").text("a <b> & \"c\"");
        assertThat(out.toString()).isEqualTo(jsoup(details));
    }

    @Test
    void aLongPageIsHandedOnInPiecesWithNothingLostOrReordered() throws IOException {
        StringWriter out = new StringWriter();
        Markup m = new Markup(out);
        Element tbody = new Element("tbody");
        m.start("tbody");
        for (int i = 0; i < 5000; i++) {
            m.start("tr").attr("class", "row").element("td", "cue " + i + " & <more>").end("tr");
            tbody.appendElement("tr").addClass("row").appendElement("td").text("cue " + i + " & <more>");
        }
        m.end("tbody");
        assertThat(out.toString().length()).as("handed on before the end").isGreaterThan(0);
        m.flush();
        assertThat(out.toString()).isEqualTo(jsoup(tbody));
    }

    private static String jsoup(Element element) {
        Document shell = Document.createShell("");
        shell.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        shell.body().appendChild(element);
        return element.outerHtml();
    }

    @Provide
    Arbitrary<String> texts() {
        // markup characters, the no-break space, C0 controls, DEL and C1, a pair and lone surrogates, CJK, quotes
        return Arbitraries.of("a", " ", "&", "<", ">", "\"", "'", "\u00A0", "\u0000", "\u0001", "\t", "\n", "\r", "\u000B",
                        "\u001F", "\u007F", "\u0085", "\uD83D\uDE00", "\uD83D", "\uDE00", "漢", "&amp;", "\u2028", "\uFFFE")
                .list().ofMaxSize(10).map(parts -> String.join("", parts));
    }
}

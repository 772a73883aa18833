package io.github.subtitleqc.maven;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The report goal takes check's parameters of the same names exactly as check does, per the descriptor Maven reads. */
class PluginDescriptorTest {

    private static final List<String> SHARED = List.of("skip", "baseDirectory", "sourceDirectories", "includes",
            "excludes", "profile", "language", "frameRate", "glossaries", "rules", "encoding");

    @Test
    void reportTakesTheSharedParametersAsCheckDoes() throws Exception {
        Map<String, String> check = parameters("check");
        Map<String, String> report = parameters("report");
        for (String name : SHARED) {
            assertThat(report.get(name)).as(name).isNotNull().isEqualTo(check.get(name));
        }
        // the shared ones, file sets and kinds, and where the page goes on its own: nothing of the gate or the site
        List<String> reportParameters = new java.util.ArrayList<>(SHARED);
        reportParameters.addAll(List.of("fileSets", "kinds", "outputDirectory"));
        assertThat(report.keySet()).containsExactlyInAnyOrderElementsOf(reportParameters);
        assertThat(report.get("outputDirectory")).isEqualTo("java.io.File  default=${project.build.directory}/reports"
                + " required=true editable=true");
        assertThat(check.get("encoding")).isEqualTo("java.lang.String ${subtitleqc.encoding} default=${project.build.sourceEncoding}"
                + " required=false editable=true");
        assertThat(check.get("includes")).isEqualTo("java.lang.String ${subtitleqc.includes} default=**/*.srt,**/*.vtt,**/*.ttml,**/*.dfxp,**/*.ass,**/*.ssa"
                + " required=false editable=true");
        assertThat(check.get("sourceDirectories")).isEqualTo("java.util.List (none) required=false editable=true");
    }

    @Test
    void baselineTakesTheSharedParametersThreadsAndBaselineFileAsCheckDoes() throws Exception {
        Map<String, String> check = parameters("check");
        Map<String, String> baseline = parameters("baseline");
        for (String name : List.of("skip", "baseDirectory", "sourceDirectories", "includes", "excludes", "profile",
                "language", "frameRate", "glossaries", "rules", "encoding", "fileSets", "kinds", "threads",
                "baselineFile")) {
            assertThat(baseline.get(name)).as(name).isNotNull().isEqualTo(check.get(name));
        }
        assertThat(baseline.keySet()).as("nothing of reports or the gate").hasSize(15);
        assertThat(check.get("baselineFile")).isEqualTo("java.io.File ${subtitleqc.baselineFile}"
                + " default=${project.basedir}/subtitle-qc-baseline.json required=false editable=true");
    }

    @Test
    void fixTakesTheSharedParametersAsCheckDoes() throws Exception {
        Map<String, String> check = parameters("check");
        Map<String, String> fix = parameters("fix");
        for (String name : SHARED) {
            assertThat(fix.get(name)).as(name).isNotNull().isEqualTo(check.get(name));
        }
        assertThat(fix.get("fixRules")).isEqualTo("java.lang.String ${subtitleqc.fixRules}"
                + " default=min-gap,overlap,min-duration,whitespace required=false editable=true");
        assertThat(fix.get("dryRun")).isEqualTo("boolean ${subtitleqc.dryRun} default=false required=false editable=true");
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent();
    }

    /** Each parameter of a goal as "type expression default=… required=… editable=…". */
    private static Map<String, String> parameters(String goal) throws Exception {
        Element plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("target/classes/META-INF/maven/plugin.xml").toFile()).getDocumentElement();
        NodeList mojos = plugin.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (!mojo.getElementsByTagName("goal").item(0).getTextContent().equals(goal)) {
                continue;
            }
            Map<String, String> configured = new LinkedHashMap<>();
            Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
            NodeList entries = configuration.getChildNodes();
            for (int j = 0; j < entries.getLength(); j++) {
                if (entries.item(j).getNodeType() == Node.ELEMENT_NODE) {
                    Element e = (Element) entries.item(j);
                    configured.put(e.getTagName(), e.getTextContent() + " default=" + e.getAttribute("default-value"));
                }
            }
            Map<String, String> out = new LinkedHashMap<>();
            NodeList parameters = ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("parameter");
            for (int j = 0; j < parameters.getLength(); j++) {
                Element p = (Element) parameters.item(j);
                String name = text(p, "name");
                out.put(name, text(p, "type") + " " + configured.getOrDefault(name, "(none)") + " required="
                        + text(p, "required") + " editable=" + text(p, "editable"));
            }
            return out;
        }
        throw new AssertionError("no goal " + goal + " in the plugin descriptor");
    }
}

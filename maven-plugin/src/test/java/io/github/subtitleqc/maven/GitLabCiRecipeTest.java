package io.github.subtitleqc.maven;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.subtitleqc.core.report.JUnitFormat;
import io.github.subtitleqc.core.report.ReportTarget;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/ci/gitlab-ci.yml hands GitLab the JUnit report where the check goal writes it. */
class GitLabCiRecipeTest {

    private static final Path RECIPE = Path.of("../docs/ci/gitlab-ci.yml");

    @Test
    void theRecipeNamesTheJUnitReportTheCheckGoalWrites() throws Exception {
        JsonNode job = new ObjectMapper(new YAMLFactory()).readTree(RECIPE.toFile()).get("subtitle-qc");
        String expected = checkDefault("outputDirectory").replace("${project.build.directory}", "target") + "/"
                + new JUnitFormat().fileName(ReportTarget.BASE_NAME).orElseThrow();
        assertThat(expected).isEqualTo("target/subtitle-qc/subtitle-qc-junit.xml");
        assertThat(job.at("/artifacts/reports/junit").textValue()).isEqualTo(expected);
        // uploaded also when the check fails the build, which is when the report matters most
        assertThat(job.at("/artifacts/when").textValue()).isEqualTo("always");
        assertThat(job.get("script").get(0).textValue()).isEqualTo("mvn -B verify -Dsubtitleqc.formats=console,json,junit");
        assertThat(checkProperty("formats")).isEqualTo("${subtitleqc.formats}");
    }

    /** The default value of a check goal parameter, from the plugin descriptor Maven reads. */
    private static String checkDefault(String parameter) throws Exception {
        return checkConfiguration(parameter).getAttribute("default-value");
    }

    private static String checkProperty(String parameter) throws Exception {
        return checkConfiguration(parameter).getTextContent();
    }

    private static Element checkConfiguration(String parameter) throws Exception {
        Element plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("target/classes/META-INF/maven/plugin.xml").toFile()).getDocumentElement();
        NodeList mojos = plugin.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (mojo.getElementsByTagName("goal").item(0).getTextContent().equals("check")) {
                Element configuration = (Element) mojo.getElementsByTagName("configuration").item(0);
                return (Element) configuration.getElementsByTagName(parameter).item(0);
            }
        }
        throw new AssertionError("no check goal in the plugin descriptor");
    }
}

package io.github.subtitleqc.maven;

import io.github.subtitleqc.core.report.CheckstyleFormat;
import io.github.subtitleqc.core.report.ReportTarget;
import io.github.subtitleqc.core.report.SarifFormat;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CI recipes in docs/ci name the files the plugin writes: its default outputDirectory (from the
 * built plugin descriptor) in a project whose build directory is {@code target}, and the formats'
 * file names.
 */
class CiRecipesTest {

    private static final Path DOCS = Path.of("..", "docs", "ci");

    /** Where the check goal writes a report by default, relative to the project: target/subtitle-qc/… */
    private static String defaultReport(String fileName) throws Exception {
        Document plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("target", "classes", "META-INF", "maven", "plugin.xml").toFile());
        Element check = null;
        var mojos = plugin.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (mojo.getElementsByTagName("goal").item(0).getTextContent().equals("check")) {
                check = mojo;
            }
        }
        assertThat(check).isNotNull();
        Element configuration = (Element) check.getElementsByTagName("configuration").item(0);
        Element outputDirectory = (Element) configuration.getElementsByTagName("outputDirectory").item(0);
        String dir = outputDirectory.getAttribute("default-value");
        assertThat(dir).startsWith("${project.build.directory}/");
        return dir.replace("${project.build.directory}", "target") + "/" + fileName;
    }

    @Test
    void theGitHubActionsRecipeUploadsTheSarifFileThePluginWrites() throws Exception {
        String sarif = defaultReport(new SarifFormat().fileName(ReportTarget.BASE_NAME).orElseThrow());
        assertThat(sarif).isEqualTo("target/subtitle-qc/subtitle-qc.sarif");
        String workflow = Files.readString(DOCS.resolve("github-actions.yml"));
        assertThat(workflow).contains("uses: github/codeql-action/upload-sarif@")
                .contains("sarif_file: " + sarif)
                .contains("security-events: write")
                .contains("-Dsubtitleqc.formats=console,json,sarif");
    }

    @Test
    void theJenkinsfileRecordsTheCheckstyleFileThePluginWrites() throws Exception {
        String checkstyle = defaultReport(new CheckstyleFormat().fileName(ReportTarget.BASE_NAME).orElseThrow());
        assertThat(checkstyle).isEqualTo("target/subtitle-qc/subtitle-qc-checkstyle.xml");
        assertThat(Files.readString(DOCS.resolve("Jenkinsfile")))
                .contains("recordIssues(tools: [checkStyle(pattern: '" + checkstyle + "')])")
                .contains("-Dsubtitleqc.formats=console,json,checkstyle");
    }
}

package io.github.subtitleqc.core.read;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class XmlRootTest {

    @Test
    void ttmlAndItsDraftNamespacesAreTtml() {
        assertThat(XmlRoot.of("<?xml version=\"1.0\"?>\n<!-- c -->\n<tt xmlns=\"http://www.w3.org/ns/ttml\"><body/></tt>"))
                .hasValueSatisfying(n -> assertThat(n.isTtml()).isTrue());
        assertThat(XmlRoot.of("<tt:tt xmlns:tt=\"http://www.w3.org/ns/ttml\"/>")).hasValueSatisfying(n -> {
            assertThat(n.isTtml()).isTrue();
            assertThat(n.localName()).isEqualTo("tt");
        });
        assertThat(XmlRoot.of("<tt xmlns=\"http://www.w3.org/2006/10/ttaf1\"/>")).hasValueSatisfying(n -> assertThat(n.isTtml()).isTrue());
    }

    @Test
    void otherRootsAreNot() {
        assertThat(XmlRoot.of("<tt/>")).hasValueSatisfying(n -> {
            assertThat(n.isTtml()).isFalse();
            assertThat(n).hasToString("tt");
        });
        assertThat(XmlRoot.of("<project xmlns=\"http://maven.apache.org/POM/4.0.0\"/>")).hasValueSatisfying(n -> {
            assertThat(n.isTtml()).isFalse();
            assertThat(n).hasToString("{http://maven.apache.org/POM/4.0.0}project");
        });
    }

    @Test
    void notXmlHasNoRoot() {
        assertThat(XmlRoot.of("1\n00:00:01,000 --> 00:00:02,000\nhello\n")).isEmpty();
        assertThat(XmlRoot.of("")).isEmpty();
        assertThat(XmlRoot.of("<?xml version=\"1.0\"?>")).isEmpty();
    }

    @Test
    void aDoctypeIsNeverFetched() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE tt [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<tt xmlns=\"http://www.w3.org/ns/ttml\">&x;</tt>";
        assertThat(XmlRoot.of(xxe)).hasValueSatisfying(n -> assertThat(n.isTtml()).isTrue());
    }
}

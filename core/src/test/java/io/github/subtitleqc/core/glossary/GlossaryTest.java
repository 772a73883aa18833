package io.github.subtitleqc.core.glossary;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GlossaryTest {

    private static GlossaryEntry entry(String preferred, boolean caseSensitive, String language, String... forbidden) {
        return new GlossaryEntry(preferred, List.of(forbidden), caseSensitive, language, null, "test:1");
    }

    private static List<String> found(Glossary g, String text) {
        return g.find(text, null).stream().map(m -> m.found() + "@" + m.start()).toList();
    }

    @Test
    void latinTermsMatchOnWordBoundariesAndAChangeOfScriptIsABoundary() {
        Glossary g = new Glossary(List.of(entry("infrastructure", true, null, "infra")));
        assertThat(found(g, "infra团队")).containsExactly("infra@0");
        assertThat(found(g, "我们的infra")).containsExactly("infra@3");
        assertThat(found(g, "infrared light")).isEmpty();
        assertThat(found(g, "the infra, again")).containsExactly("infra@4");
        assertThat(found(g, "superinfra")).isEmpty();
        assertThat(found(g, "infra2")).isEmpty();
    }

    @Test
    void hanTermsMatchAsSubstrings() {
        Glossary g = new Glossary(List.of(entry("工质引擎", true, null, "公质引擎")));
        assertThat(found(g, "是要发展公质引擎还是非公质引擎")).containsExactly("公质引擎@4", "公质引擎@11");
    }

    @Test
    void caseSensitiveEntriesMatchOnlyAsWritten() {
        Glossary g = new Glossary(List.of(entry("Bedrock", true, null, "betawork", "bedrock")));
        assertThat(found(g, "包括bedrock团队")).containsExactly("bedrock@2");
        assertThat(found(g, "Bedrock and BETAWORK")).isEmpty();
    }

    @Test
    void caseInsensitiveEntriesMatchAnyCaseButNeverThePreferredTermItself() {
        Glossary g = new Glossary(List.of(entry("OpenAI", false, null, "openai", "Open AI")));
        assertThat(found(g, "OpenAI, OPENAI, openai and open ai")).containsExactly("OPENAI@8", "openai@16", "open ai@27");
    }

    @Test
    void nfkcOnBothSides() {
        Glossary g = new Glossary(List.of(entry("Bedrock", true, null, "betawork")));
        assertThat(found(g, "ｂｅｔａｗｏｒｋ团队")).containsExactly("ｂｅｔａｗｏｒｋ@0");
        Glossary full = new Glossary(List.of(entry("Anthropic", true, null, "Ｂｅｄｒｏｃｋ")));
        assertThat(found(full, "Bedrock")).containsExactly("Bedrock@0");
    }

    @Test
    void fullWidthTextMatchesAHalfWidthVariant() {
        Glossary g = new Glossary(List.of(entry("Amazon Bedrock", true, null, "Bedrock")));
        assertThat(found(g, "包括Ｂｅｄｒｏｃｋ团队")).containsExactly("Ｂｅｄｒｏｃｋ@2");
        assertThat(g.find("包括Ｂｅｄｒｏｃｋ团队", null).get(0).end()).isEqualTo(9);
    }

    @Test
    void aVariantInsideThePreferredTermIsNotReported() {
        Glossary g = new Glossary(List.of(entry("Amazon Bedrock", true, null, "Bedrock")));
        assertThat(found(g, "Amazon Bedrock is fine, Bedrock alone is not")).containsExactly("Bedrock@24");
    }

    @Test
    void entriesApplyToTheirLanguageOnly() {
        Glossary g = new Glossary(List.of(entry("工质引擎", true, "zh", "公质引擎")));
        assertThat(g.find("公质引擎", "zh-Hans")).hasSize(1);
        assertThat(g.find("公质引擎", "zh")).hasSize(1);
        assertThat(g.find("公质引擎", "ja")).isEmpty();
        assertThat(g.find("公质引擎", null)).hasSize(1);
    }

    @Test
    void matchesNameTheirEntry() {
        GlossaryEntry bedrock = entry("Bedrock", true, null, "betawork");
        TermMatch m = new Glossary(List.of(bedrock)).find("后来betawork又去", null).get(0);
        assertThat(m).isEqualTo(new TermMatch(bedrock, "betawork", 2, 10));
    }

    @Test
    void tenThousandEntriesStillFindTheOne() {
        List<GlossaryEntry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            entries.add(entry("Term" + i, true, null, "trm" + i));
        }
        entries.add(entry("Bedrock", true, null, "betawork"));
        assertThat(found(new Glossary(entries), "后来betawork又去 trm42")).containsExactly("betawork@2", "trm42@13");
    }
}

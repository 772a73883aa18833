package io.github.subtitleqc.core.glossary;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GlossaryReaderTest {

    private static final Path DIR = Path.of("src/test/resources/glossary");
    private final GlossaryReader reader = new GlossaryReader();

    private List<GlossaryEntry> read(String name) throws GlossaryException {
        return reader.read(DIR.resolve(name));
    }

    @Test
    void csvWithQuotedFieldsAndPipeSeparatedVariants() throws Exception {
        assertThat(read("quoted.csv")).containsExactly(
                new GlossaryEntry("Bedrock", List.of("betawork", "bedrock"), true, null,
                        "Amazon's model service, not \"betawork\"", "quoted.csv:2"),
                new GlossaryEntry("工质引擎", List.of("公质引擎"), true, "zh", "a transcription slip",
                        "quoted.csv:3"),
                new GlossaryEntry("fine-tune", List.of("finetune", "fine tune"), false, "en", null,
                        "quoted.csv:4"));
    }

    @Test
    void tsvColumnsInAnyOrderExtraColumnsIgnoredBlankLinesSkipped() throws Exception {
        assertThat(read("columns.tsv")).extracting(GlossaryEntry::preferred, GlossaryEntry::forbidden,
                GlossaryEntry::note, GlossaryEntry::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Anthropic", List.of("Antropic", "Anthropics"), "kept in order",
                        "columns.tsv:2"),
                org.assertj.core.groups.Tuple.tuple("OpenAI", List.of("Open AI"), "second",
                        "columns.tsv:4"));
    }

    @Test
    void aHeaderWithoutPreferredNamesFileAndLine() {
        assertThatThrownBy(() -> read("no-preferred.csv")).isInstanceOf(GlossaryException.class)
                .hasMessage(DIR.resolve("no-preferred.csv") + ":1: the header has no 'preferred' column (it names"
                        + " term, forbidden): the first line names the columns, and the columns are preferred"
                        + " (required), forbidden, caseSensitive, language, note");
    }

    @Test
    void aBadCaseSensitiveValueNamesTheLine() {
        assertThatThrownBy(() -> read("bad-case.csv")).isInstanceOf(GlossaryException.class)
                .hasMessage(DIR.resolve("bad-case.csv") + ":3: caseSensitive is 'yes': write true or false");
    }

    @Test
    void anEmptyPreferredNamesTheLine() {
        assertThatThrownBy(() -> read("empty-preferred.csv")).isInstanceOf(GlossaryException.class)
                .hasMessage(DIR.resolve("empty-preferred.csv")
                        + ":4: the 'preferred' column is empty: every row needs the term to write");
    }

    /** The parser's words (CSVException, "encapsulated token") never reach the user: the line and the fix do. */
    @Test
    void anUnterminatedQuoteNamesItsLineInPlainWords() {
        assertThatThrownBy(() -> read("unterminated.csv")).isInstanceOf(GlossaryException.class)
                .hasMessage(DIR.resolve("unterminated.csv") + ":2: a quoted field is not closed (its quote opens at"
                        + " column 9): close the quote or remove it")
                .hasNoCause(); // Maven would print the cause's message after it
    }

    @Test
    void anUnterminatedQuoteAfterGoodRowsNamesItsOwnLine(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path csv = Files.writeString(tmp.resolve("glossary.csv"),
                "preferred,forbidden\nOpenAI,\"Open AI\"\nBedrock,\"betawork\nDeepSeek,Deep Seek\n");

        assertThatThrownBy(() -> reader.read(csv)).isInstanceOf(GlossaryException.class)
                .hasMessage(csv + ":3: a quoted field is not closed (its quote opens at column 9): close the quote"
                        + " or remove it")
                .message().doesNotContain("CSVException", "encapsulated", "Exception");
    }

    @Test
    void textAfterAClosingQuoteSaysHowToQuote(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path csv = Files.writeString(tmp.resolve("glossary.csv"),
                "preferred,forbidden,note\nBedrock,betawork,\"Amazon's\" model service\n");

        assertThatThrownBy(() -> reader.read(csv)).isInstanceOf(GlossaryException.class)
                .hasMessage(csv + ":2: a quoted field has text after its closing quote (column 29): quote the whole"
                        + " field and write each quote inside it twice (\"\")");
    }

    @Test
    void anUnterminatedQuoteInTsvToo(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path tsv = Files.writeString(tmp.resolve("terms.tsv"), "preferred\tforbidden\r\nA\tb\r\nB\t\"c\r\n");

        assertThatThrownBy(() -> reader.read(tsv)).isInstanceOf(GlossaryException.class)
                .hasMessage(tsv + ":3: a quoted field is not closed (its quote opens at column 3): close the quote"
                        + " or remove it");
    }

    @Test
    void anEmptyGlossaryNamesTheColumns(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path csv = Files.writeString(tmp.resolve("glossary.csv"), "");

        assertThatThrownBy(() -> reader.read(csv)).isInstanceOf(GlossaryException.class)
                .hasMessage(csv + ":1: the glossary is empty: its first line must name the columns (the columns are"
                        + " preferred (required), forbidden, caseSensitive, language, note)");
    }

    @Test
    void aFolderIsNotAGlossary(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("terms.csv"));

        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(GlossaryException.class)
                .hasMessage(dir + ": this is a folder, not a glossary file: name a .csv, .tsv or .tbx file in"
                        + " <glossaries>");
    }

    @Test
    void aMissingFileSaysSo() {
        assertThatThrownBy(() -> read("missing.csv")).isInstanceOf(GlossaryException.class)
                .hasMessage(DIR.resolve("missing.csv") + ": glossary file not found: check the <glossaries> path");
    }

    @Test
    void anUnknownExtensionSaysWhatIsRead(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path odd = Files.writeString(tmp.resolve("terms.xlsx"), "x");
        assertThatThrownBy(() -> reader.read(odd)).isInstanceOf(GlossaryException.class)
                .hasMessage(odd + ": unknown glossary format: use a .csv, .tsv or .tbx file");
    }

    @Test
    void tbxStatusesMapToPreferredAndForbiddenPerLanguage() throws Exception {
        assertThat(read("basic.tbx")).containsExactly(
                new GlossaryEntry("Bedrock", List.of("betawork", "Bed Rock"), true, "en", null, "basic.tbx:5"),
                new GlossaryEntry("工质引擎", List.of("公质引擎"), true, "zh", null, "basic.tbx:5"));
    }

    @Test
    void tbxVersion3ConceptEntriesAndTermSections() throws Exception {
        assertThat(read("v3.tbx")).extracting(GlossaryEntry::preferred, GlossaryEntry::forbidden, GlossaryEntry::language)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DeepSeek", List.of("Deep Seek"), "en"));
    }

    @Test
    void tbxNeverResolvesExternalEntities() {
        assertThatThrownBy(() -> read("xxe.tbx")).isInstanceOf(GlossaryException.class)
                .hasMessage(DIR.resolve("xxe.tbx") + ":2: TBX with a DOCTYPE or entity references is not accepted"
                        + " (they could read other files): remove the DOCTYPE");
    }

    @Test
    void brokenTbxNamesTheLine() {
        assertThatThrownBy(() -> read("broken.tbx")).isInstanceOf(GlossaryException.class)
                .hasMessageStartingWith(DIR.resolve("broken.tbx") + ":7: malformed TBX: ")
                .hasNoCause()
                .message().doesNotContain("ParseError", "[row,col]");
    }

    @Test
    void xmlThatIsNotTbxIsRejected() {
        assertThatThrownBy(() -> read("not-tbx.xml")).isInstanceOf(GlossaryException.class)
                .hasMessage(DIR.resolve("not-tbx.xml") + ":2: not a TBX file: the root element is <glossary>,"
                        + " expected <martif> or <tbx>");
    }
}

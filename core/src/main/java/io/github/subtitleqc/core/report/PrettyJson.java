package io.github.subtitleqc.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import java.io.IOException;

/**
 * Jackson's default pretty printing (what {@link JsonGenerator#useDefaultPrettyPrinter()} gives:
 * objects one field a line, indented by two spaces a level, after the system's line separator),
 * with each level's line break and indentation made once as ready UTF-8 bytes. The default indenter
 * writes them as characters, converting each to bytes, for every field: in a report of hundreds of
 * thousands of findings, about a tenth of the time it takes to write it. The text is the same
 * (JsonReportWriterTest compares the two).
 */
final class PrettyJson {

    private PrettyJson() {
    }

    /** Sets {@code g} to print as {@link JsonGenerator#useDefaultPrettyPrinter()} would. */
    static void use(JsonGenerator g) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter();
        printer.indentObjectsWith(Indenter.INSTANCE);
        g.setPrettyPrinter(printer);
    }

    /** {@link DefaultIndenter#SYSTEM_LINEFEED_INSTANCE}, each level's text made once. */
    private static final class Indenter implements DefaultPrettyPrinter.Indenter {
        static final Indenter INSTANCE = new Indenter();
        private static final int LEVELS = 32;
        private final SerializedString[] levels = new SerializedString[LEVELS];

        Indenter() {
            for (int level = 0; level < LEVELS; level++) {
                levels[level] = new SerializedString(DefaultIndenter.SYS_LF + "  ".repeat(level));
            }
        }

        @Override
        public void writeIndentation(JsonGenerator g, int level) throws IOException {
            if (level < LEVELS) {
                g.writeRaw(levels[level]);
            } else {
                DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.writeIndentation(g, level);
            }
        }

        @Override
        public boolean isInline() {
            return false;
        }
    }
}

package io.github.subtitleqc.core.report;

import java.io.IOException;
import java.io.Writer;

/**
 * HTML written as it is made, for a report too large to build as a tree first: start tags,
 * attributes, text and end tags go straight to the writer, each text and attribute value escaped
 * as jsoup escapes them in a UTF-8 page ({@code &}, {@code <}, {@code >} and the no-break space by
 * name, {@code "} too in attributes, C0 controls but tab, line feed and carriage return and lone
 * surrogates by number), so no user text reaches the page unescaped. Attribute names are given in
 * lower case, as jsoup writes them ({@code viewbox}: HTML's parser gives SVG its camel case back).
 * Markup is gathered in a buffer and handed to the writer in pieces of about 16 K characters, so
 * {@link #flush} before writing to the writer directly. {@code MarkupTest} holds it to jsoup's own
 * output.
 */
final class Markup {

    private static final int PIECE = 16 * 1024;

    private final Writer out;
    private final StringBuilder buffer = new StringBuilder(PIECE + 1024);
    /** A start tag is written up to its attributes: its {@code >} is still to come. */
    private boolean inStartTag;

    Markup(Writer out) {
        this.out = out;
    }

    /** Opens element {@code tag}: attributes may follow. */
    Markup start(String tag) {
        closeStartTag();
        buffer.append('<').append(tag);
        inStartTag = true;
        return this;
    }

    /** An attribute of the element just started. */
    Markup attr(String name, String value) {
        buffer.append(' ').append(name).append("=\"");
        escape(value, true);
        buffer.append('"');
        return this;
    }

    /** A boolean attribute ({@code <details open>}). */
    Markup attr(String name) {
        buffer.append(' ').append(name);
        return this;
    }

    /** Text, escaped. */
    Markup text(String text) {
        closeStartTag();
        escape(text, false);
        return this;
    }

    /** Closes element {@code tag}. */
    Markup end(String tag) throws IOException {
        closeStartTag();
        buffer.append("</").append(tag).append('>');
        if (buffer.length() >= PIECE) {
            flush();
        }
        return this;
    }

    /** An element with only text in it: {@code <tag>text</tag>}. */
    Markup element(String tag, String text) throws IOException {
        return start(tag).text(text).end(tag);
    }

    /** An element with a class and only text in it. */
    Markup element(String tag, String cssClass, String text) throws IOException {
        return start(tag).attr("class", cssClass).text(text).end(tag);
    }

    /** Markup of our own, written as it is (no user text in it). */
    Markup raw(String html) throws IOException {
        closeStartTag();
        buffer.append(html);
        if (buffer.length() >= PIECE) {
            flush();
        }
        return this;
    }

    /** Hands what is gathered to the writer (a start tag left open stays open). */
    void flush() throws IOException {
        out.append(buffer);
        buffer.setLength(0);
    }

    private void closeStartTag() {
        if (inStartTag) {
            buffer.append('>');
            inStartTag = false;
        }
    }

    private void escape(String s, boolean attribute) {
        int from = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String replacement;
            if (c >= 0x20 && c != '&' && c != '<' && c != '>' && c != '"' && c != 0xA0 && !Character.isSurrogate(c)) {
                continue; // most characters: written as they are
            }
            if (c == '&') {
                replacement = "&amp;";
            } else if (c == '<') {
                replacement = "&lt;";
            } else if (c == '>') {
                replacement = "&gt;";
            } else if (c == '"') {
                if (!attribute) {
                    continue;
                }
                replacement = "&quot;";
            } else if (c == 0xA0) {
                replacement = "&nbsp;";
            } else if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++; // a pair: the character outside the BMP as it is
                continue;
            } else {
                replacement = "&#x" + Integer.toHexString(c) + ";"; // a C0 control or a lone surrogate
            }
            buffer.append(s, from, i).append(replacement);
            from = i + 1;
        }
        buffer.append(s, from, n);
    }
}

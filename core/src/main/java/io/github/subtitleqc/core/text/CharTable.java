package io.github.subtitleqc.core.text;

import java.util.function.IntUnaryOperator;

/**
 * A property of each BMP character worked out on its first use and kept in a table of bytes: for
 * a look-up that a loop over every character of a file would otherwise repeat (a search through
 * Unicode's script ranges, a property from ICU, a transliteration). Values are 1 to 127; 0 in the
 * table means not yet known. Filling it is racy but harmless: threads that meet a character at
 * once both work out the same value.
 */
public final class CharTable {

    private final byte[] values = new byte[0x10000];
    private final IntUnaryOperator lookUp;

    /** @param lookUp a character's value, 1 to 127, worked out once per character */
    public CharTable(IntUnaryOperator lookUp) {
        this.lookUp = lookUp;
    }

    /** The value of BMP character {@code c}. */
    public int get(int c) {
        int value = values[c];
        if (value == 0) {
            value = lookUp.applyAsInt(c);
            if (value < 1 || value > 127) {
                throw new IllegalStateException("a CharTable value must be 1 to 127, not " + value);
            }
            values[c] = (byte) value;
        }
        return value;
    }
}

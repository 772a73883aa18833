package io.github.subtitleqc.core.cache;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link ByteWriter} and {@link ByteReader} write and read exactly what the JDK's data streams do. */
class ByteReaderWriterTest {

    private static void writeAll(DataOutput out) throws IOException {
        out.writeBoolean(true);
        out.writeByte(-3);
        out.writeShort(-12345);
        out.writeChar('語');
        out.writeInt(0xCAFEBABE);
        out.writeLong(0x0123456789ABCDEFL);
        out.writeFloat(1.5e-7f);
        out.writeDouble(-Math.PI);
        out.writeUTF("é語\uD800x");
        out.writeBytes("ab");
        out.writeChars("cd");
        out.write(new byte[] {7, 8, 9}, 1, 2);
        Binary.writeString(out, "ascii, é語, 😀 and a lone \uDC00");
        Binary.writeString(out, null);
        Binary.writeSignedVarLong(out, Long.MIN_VALUE);
        Binary.writeSignedVarInt(out, Integer.MIN_VALUE);
        Binary.writeVarInt(out, -1);
    }

    private static String readAll(DataInput in) throws IOException {
        return in.readBoolean() + " " + in.readByte() + " " + in.readShort() + " " + in.readChar() + " "
                + Integer.toHexString(in.readInt()) + " " + Long.toHexString(in.readLong()) + " " + in.readFloat() + " "
                + in.readDouble() + " " + in.readUTF() + " " + (char) in.readUnsignedByte() + (char) in.readByte() + " "
                + in.readChar() + in.readChar() + " " + in.readByte() + in.readByte() + " " + Binary.readString(in) + " "
                + Binary.readString(in) + " " + Binary.readSignedVarLong(in) + " " + Binary.readSignedVarInt(in) + " "
                + Binary.readVarInt(in);
    }

    @Test
    void writesAndReadsWhatTheDataStreamsDo() throws IOException {
        ByteArrayOutputStream jdk = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(jdk)) {
            writeAll(out);
        }
        ByteWriter ours = new ByteWriter(1);
        writeAll(ours);

        assertThat(ours.toByteArray()).isEqualTo(jdk.toByteArray());
        String expected = "true -3 -12345 語 cafebabe 123456789abcdef 1.5E-7 -3.141592653589793 é語\uD800x ab cd 89"
                + " ascii, é語, 😀 and a lone \uDC00 null -9223372036854775808 -2147483648 -1";
        assertThat(readAll(new DataInputStream(new ByteArrayInputStream(jdk.toByteArray())))).isEqualTo(expected);
        ByteReader reader = new ByteReader(ours.toByteArray());
        assertThat(readAll(reader)).isEqualTo(expected);
        assertThat(reader.remaining()).isZero();
    }

    @Test
    void readingPastTheEndIsAnEofNeverABadValue() {
        ByteReader reader = new ByteReader(new byte[] {1, 2, 3, 4, 5}, 1, 3);
        assertThatThrownBy(reader::readInt).isInstanceOf(EOFException.class);
        assertThat(reader.skipBytes(10)).isEqualTo(3);
        assertThatThrownBy(reader::readByte).isInstanceOf(EOFException.class);
        // a damaged length asks for more than there is
        ByteWriter w = new ByteWriter(8);
        try {
            Binary.writeVarInt(w, 2 * 1_000_000 + 2);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThatThrownBy(() -> Binary.readString(new ByteReader(w.toByteArray()))).isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> Binary.readString(new DataInputStream(new ByteArrayInputStream(w.toByteArray()))))
                .isInstanceOf(EOFException.class);
    }
}

package io.github.subtitleqc.core.read;

/**
 * The fuzz target: any bytes, decoded with UTF-8 and with auto and read by both readers, must give
 * a well-formed read ({@link ReaderPropertiesTest#readAllWays}). {@link ReaderFuzzTest} runs it in the
 * build; Jazzer's command line runs it as long as asked (docs/fuzzing.md).
 */
public final class ReaderFuzzTarget {

    private ReaderFuzzTarget() {
    }

    public static void fuzzerTestOneInput(byte[] bytes) {
        ReaderPropertiesTest.readAllWays(bytes);
    }
}

package io.github.subtitleqc.core.read;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of decoding and both readers with Jazzer (see docs/fuzzing.md). A build
 * that runs all tests fuzzes {@link ReaderFuzzTarget} for 20,000 inputs (Maven profile
 * {@code fuzz}, which sets {@code JAZZER_FUZZ}); with {@code -Dtest=ReaderFuzzTest} only the saved
 * inputs in {@code ReaderFuzzTestInputs/} are replayed. An exception or a broken invariant fails
 * the test, and Jazzer saves the input there as {@code crash-*}.
 */
class ReaderFuzzTest {

    @FuzzTest(maxExecutions = 20_000, maxDuration = "2m")
    void decodeAndReadAnything(byte[] bytes) {
        ReaderFuzzTarget.fuzzerTestOneInput(bytes);
    }
}

package io.github.subtitleqc.core.report;

import io.github.subtitleqc.core.engine.FileResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The front doors open one writer per format and must close every one, whatever fails. */
class OpenWritersTest {

    private final List<String> events = new ArrayList<>();

    @Test
    void everyWriterIsClosedAfterOneFailsToCloseAndTheFirstFailureIsThrown() {
        assertThatThrownBy(() -> {
            try (OpenWriters writers = OpenWriters.open(List.of(format("a", false, true), format("b", false, true),
                    format("c", false, false)), target())) {
                assertThat(writers.list()).hasSize(3);
            }
        }).isInstanceOf(IOException.class).hasMessage("a cannot close")
                .satisfies(e -> assertThat(e.getSuppressed()).extracting(Throwable::getMessage).containsExactly("b cannot close"));
        assertThat(events).containsExactly("open a", "open b", "open c", "close a", "close b", "close c");
    }

    @Test
    void aFormatThatFailsToOpenClosesTheOnesOpenedBeforeIt() {
        assertThatThrownBy(() -> OpenWriters.open(List.of(format("a", false, false), format("b", true, false),
                format("c", false, false)), target())).isInstanceOf(IOException.class).hasMessage("b cannot open");
        assertThat(events).containsExactly("open a", "close a");
    }

    private ReportTarget target() {
        return new ReportTarget(java.nio.file.Path.of("unused"), ReportTarget.BASE_NAME, line -> { }, 10, null);
    }

    private ReportFormat format(String id, boolean failOpen, boolean failClose) {
        return new ReportFormat() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String description() {
                return id;
            }

            @Override
            public Optional<String> fileName(String baseName) {
                return Optional.empty();
            }

            @Override
            public ReportWriter open(ReportTarget target) throws IOException {
                if (failOpen) {
                    throw new IOException(id + " cannot open");
                }
                events.add("open " + id);
                return new ReportWriter() {
                    @Override
                    public void start(RunStart run) {
                    }

                    @Override
                    public void file(FileResult result) {
                    }

                    @Override
                    public void finish(RunEnd end) {
                    }

                    @Override
                    public void close() throws IOException {
                        events.add("close " + id);
                        if (failClose) {
                            throw new IOException(id + " cannot close");
                        }
                    }
                };
            }
        };
    }
}

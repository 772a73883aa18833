package io.github.subtitleqc.core.text;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CharTableTest {

    @Test
    void looksEachCharacterUpOnce() {
        AtomicInteger lookUps = new AtomicInteger();
        CharTable table = new CharTable(c -> {
            lookUps.incrementAndGet();
            return Character.isLetter(c) ? 1 : 2;
        });
        assertThat(table.get('a')).isEqualTo(1);
        assertThat(table.get('a')).isEqualTo(1);
        assertThat(table.get('中')).isEqualTo(1);
        assertThat(table.get('。')).isEqualTo(2);
        assertThat(table.get(0xFFFF)).isEqualTo(2);
        assertThat(lookUps).hasValue(4);
    }

    @Test
    void refusesAValueItCannotTellFromNotYetKnown() {
        assertThatThrownBy(() -> new CharTable(c -> 0).get('x')).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1 to 127, not 0");
    }
}

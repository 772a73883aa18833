package io.github.subtitleqc.core.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTest {

    @Test
    void countsWordsNotPunctuationOrSpaces() {
        assertThat(Words.count("Hello, world!")).isEqualTo(2);
        assertThat(Words.count("It's 3 o'clock")).isEqualTo(3);
        assertThat(Words.count("  ...  ")).isZero();
        assertThat(Words.count("")).isZero();
        assertThat(Words.count("line one\nline two")).isEqualTo(4);
    }

    @Test
    void countsChineseWordsWithTheDictionary() {
        // 就是 / 亚马逊 / Facebook / 这样 / 的 / 公司
        assertThat(Words.count("就是亚马逊Facebook这样的公司")).isEqualTo(6);
    }
}

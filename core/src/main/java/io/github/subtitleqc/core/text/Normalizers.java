package io.github.subtitleqc.core.text;

import com.ibm.icu.text.Normalizer2;

/**
 * ICU's normalisers, each loaded on first use: their data costs a cold start tens of milliseconds,
 * and a run over ASCII text without a glossary needs neither.
 */
public final class Normalizers {

    private Normalizers() {
    }

    /** NFC: the visible text of every cue that is not plain ASCII. */
    public static Normalizer2 nfc() {
        return Nfc.INSTANCE;
    }

    /** NFKC: glossary matching and the term rules' keys. */
    public static Normalizer2 nfkc() {
        return Nfkc.INSTANCE;
    }

    private static final class Nfc {
        static final Normalizer2 INSTANCE = Normalizer2.getNFCInstance();
    }

    private static final class Nfkc {
        static final Normalizer2 INSTANCE = Normalizer2.getNFKCInstance();
    }
}

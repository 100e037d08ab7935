package io.haircut;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a message may quote of an input: 60 characters on one line, then "…" and the full length. */
class ExcerptTest {

    @Test
    void aLongTextIsCutToSixtyCharactersWithItsLength() {
        String text = "0123456789".repeat(50) + "\nsecret";
        // 500 digits + line break + 6 letters = 507 characters; the first 60 are the digits 0-9 six times.
        assertThat(Excerpt.quoted(text)).isEqualTo("'" + "0123456789".repeat(6) + "\u2026' (507 characters)");
        assertThat(Excerpt.quoted("short\tvalue")).isEqualTo("'short value'");
    }

    @Test
    void aMessageWithALongQuotationIsCutAndAnExcerptAlreadyCutIsLeftAlone() {
        String raw = "f.yaml:1:1: the file holds '" + "a".repeat(200) + "'; expected a rule";
        assertThat(new HaircutException(raw).getMessage())
                .isEqualTo("f.yaml:1:1: the file holds '" + "a".repeat(60) + "\u2026' (200 characters); expected a rule");
        // Already an excerpt, followed later by a short quotation: neither changes, and the two never pair up.
        String cut = "f.yaml:1:1: the file holds " + Excerpt.quoted("b".repeat(300)) + "; expected a 'rules:' list of them";
        assertThat(new HaircutException(cut).getMessage()).isEqualTo(cut);
    }

    @Test
    void apostrophesInsideWordsAreNotQuotes() {
        String message = "the sheet's header names the file's " + "c".repeat(100) + " column";
        assertThat(new HaircutException(message).getMessage()).isEqualTo(message);
    }
}

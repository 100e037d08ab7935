package io.haircut.workbook.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFormatTest {

    @TempDir
    Path dir;

    @Test
    void theDelimiterThatSplitsTheLinesAlike() {
        assertThat(TextFormat.delimiter("Title line\n\na,b,c\n\"1,5\",2,3\n4,5,6\n", false)).isEqualTo(',');
        // European numbers put commas in the values; the semicolons still split every line alike.
        assertThat(TextFormat.delimiter("Date;Amount;Note\n01.02.2025;1.234,56;x\n02.02.2025;99,90;y\n", false)).isEqualTo(';');
        assertThat(TextFormat.delimiter("a\tb\tc\n1\t2\t3\n", false)).isEqualTo('\t');
        assertThat(TextFormat.delimiter("a|b|c\n1|2|3\n", false)).isEqualTo('|');
        assertThat(TextFormat.delimiter("a\tb,c\n1\t2,3\n", true)).isEqualTo('\t'); // a .tsv prefers tabs on a tie
    }

    @Test
    void encodingsFromTheBytes() throws Exception {
        Path utf8 = Files.write(dir.resolve("a.csv"), "Name\nCafé\n".getBytes(StandardCharsets.UTF_8));
        Path cp1252 = Files.write(dir.resolve("b.csv"), "Name\nCafé\n".getBytes(TextFormat.WINDOWS_1252));
        Path utf16 = Files.write(dir.resolve("c.csv"), "Name,Amount\nCafé,1\n".getBytes(StandardCharsets.UTF_16LE));
        assertThat(TextFormat.detect(utf8, false).charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(TextFormat.detect(cp1252, false).charset()).isEqualTo(TextFormat.WINDOWS_1252);
        assertThat(TextFormat.detect(utf16, false).charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(TextFormat.detect(utf16, false).describe()).isEqualTo("UTF-16LE, comma-separated");
        // A stray Windows-1252 byte far into an otherwise ASCII file still decides the encoding.
        byte[] late = ("Name\n" + "x\n".repeat(10_000) + "Caf\u00e9\n").getBytes(TextFormat.WINDOWS_1252);
        assertThat(TextFormat.detect(Files.write(dir.resolve("d.csv"), late), false).charset()).isEqualTo(TextFormat.WINDOWS_1252);
    }
}

package io.haircut.xlsx.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** The joined CRC agrees with the JDK's CRC-32 of the joined bytes. */
class Crc32JoinTest {

    private static long crc(byte[] b, int from, int to) {
        CRC32 c = new CRC32();
        c.update(b, from, to - from);
        return c.getValue();
    }

    @Test
    void theCheckValueOfTheStandard() {
        // CRC-32 of "123456789" is CBF43926 (the standard's check value), whichever way the string is cut.
        byte[] digits = "123456789".getBytes(StandardCharsets.US_ASCII);
        for (int cut = 0; cut <= digits.length; cut++) {
            assertThat(Crc32Join.of(crc(digits, 0, cut), crc(digits, cut, digits.length), digits.length - cut))
                    .as("cut at " + cut).isEqualTo(0xCBF43926L);
        }
    }

    @Test
    void anyCutOfRandomBytes() {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            byte[] b = new byte[random.nextInt(100_000)];
            random.nextBytes(b);
            int cut = b.length == 0 ? 0 : random.nextInt(b.length + 1);
            assertThat(Crc32Join.of(crc(b, 0, cut), crc(b, cut, b.length), b.length - cut)).isEqualTo(crc(b, 0, b.length));
        }
    }
}

package io.haircut.xlsx.streaming;

/**
 * The CRC-32 of two byte runs joined end to end, from each run's own CRC-32 and the second run's length,
 * without reading either again: a large sheet's rows are compressed before the sheet's head (written by POI
 * once the small sheets are laid out) exists, and the zip needs the CRC of the whole. The method is zlib's
 * {@code crc32_combine}: appending n zero bits to a CRC is a linear map over GF(2), applied by repeated squaring.
 */
final class Crc32Join {

    private static final long POLYNOMIAL = 0xedb88320L; // CRC-32 (ISO 3309), reflected

    private Crc32Join() {
    }

    /** CRC-32 of A followed by B, given CRC-32 of A, CRC-32 of B and B's length in bytes. */
    static long of(long crcA, long crcB, long lengthB) {
        if (lengthB <= 0) {
            return crcA;
        }
        long[] even = new long[32]; // the map for 2^k zero bits, k even
        long[] odd = new long[32];
        odd[0] = POLYNOMIAL; // one zero bit
        long row = 1;
        for (int n = 1; n < 32; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd); // two zero bits
        square(odd, even); // four zero bits
        long crc = crcA;
        long length = lengthB;
        do { // each pass: one zero byte, then two, four, ...; applied where the length has a bit set
            square(even, odd);
            if ((length & 1) != 0) {
                crc = times(even, crc);
            }
            length >>= 1;
            if (length == 0) {
                break;
            }
            square(odd, even);
            if ((length & 1) != 0) {
                crc = times(odd, crc);
            }
            length >>= 1;
        } while (length != 0);
        return crc ^ crcB;
    }

    private static long times(long[] matrix, long vector) {
        long sum = 0;
        int i = 0;
        long v = vector;
        while (v != 0) {
            if ((v & 1) != 0) {
                sum ^= matrix[i];
            }
            v >>>= 1;
            i++;
        }
        return sum;
    }

    private static void square(long[] square, long[] matrix) {
        for (int n = 0; n < 32; n++) {
            square[n] = times(matrix, matrix[n]);
        }
    }
}

package io.haircut.workbook;

import java.nio.charset.StandardCharsets;

/**
 * Edits the bytes of a zip archive in place, to make the damaged and crafted archives that no zip
 * library writes: a directory that lies about sizes, two parts with one name, parts that overlap.
 * Offsets follow the zip format (PKWARE APPNOTE 4.3.7 local header, 4.3.12 central header).
 */
final class ZipBytes {

    private static final int LOCAL = 0x04034b50;
    private static final int CENTRAL = 0x02014b50;

    static final int CENTRAL_CRC = 16;
    static final int CENTRAL_COMPRESSED_SIZE = 20;
    static final int CENTRAL_SIZE = 24;
    static final int CENTRAL_LOCAL_OFFSET = 42;

    private ZipBytes() {
    }

    /** The offset of the central directory header of the part {@code name}. */
    static int central(byte[] zip, String name) {
        for (int i = zip.length - 46; i >= 0; i--) {
            if (int32(zip, i) == CENTRAL && name.equals(string(zip, i + 46, int16(zip, i + 28)))) {
                return i;
            }
        }
        throw new IllegalArgumentException("no central header for " + name);
    }

    /** The offset of the local header of the part {@code name}. */
    static int local(byte[] zip, String name) {
        for (int i = 0; i + 30 < zip.length; i++) {
            if (int32(zip, i) == LOCAL && name.equals(string(zip, i + 30, int16(zip, i + 26)))) {
                return i;
            }
        }
        throw new IllegalArgumentException("no local header for " + name);
    }

    /** Where the part's (compressed) data starts. */
    static int data(byte[] zip, String name) {
        int at = local(zip, name);
        return at + 30 + int16(zip, at + 26) + int16(zip, at + 28);
    }

    static int int32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    static int int16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    static void putInt32(byte[] b, int at, long value) {
        for (int i = 0; i < 4; i++) {
            b[at + i] = (byte) (value >>> (8 * i));
        }
    }

    /** Renames a part in both of its headers; the new name must have the same length. */
    static void rename(byte[] zip, String from, String to) {
        if (from.length() != to.length()) {
            throw new IllegalArgumentException("names must have the same length");
        }
        byte[] name = to.getBytes(StandardCharsets.US_ASCII);
        int local = local(zip, from);
        int central = central(zip, from);
        System.arraycopy(name, 0, zip, local + 30, name.length);
        System.arraycopy(name, 0, zip, central + 46, name.length);
    }

    private static String string(byte[] b, int at, int length) {
        return at + length > b.length ? "" : new String(b, at, length, StandardCharsets.ISO_8859_1);
    }
}

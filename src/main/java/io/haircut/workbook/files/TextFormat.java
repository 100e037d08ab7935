package io.haircut.workbook.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a text table file is written: its character encoding and its delimiter, found from the bytes
 * themselves because data-room CSVs come from everywhere (Excel on Windows saves Windows-1252 with
 * semicolons in much of Europe; other tools write UTF-16 or a BOM).
 *
 * @param bomLength bytes of byte-order mark to skip
 */
public record TextFormat(Charset charset, int bomLength, char delimiter) {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final List<Character> DELIMITERS = List.of(',', ';', '\t', '|');
    private static final int SAMPLE_LINES = 60;

    /** The format of {@code file}, from its bytes; a .tsv file is tab-separated unless its lines say otherwise. */
    public static TextFormat of(Path file) throws IOException {
        return detect(file, file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".tsv"));
    }

    /** The file's text after its byte-order mark, in its encoding; bytes the encoding cannot map are replaced, not refused. */
    public java.io.Reader reader(Path file) throws IOException {
        java.io.InputStream bytes = Files.newInputStream(file);
        try {
            bytes.skipNBytes(bomLength);
        } catch (IOException e) {
            bytes.close();
            throw e;
        }
        return new java.io.BufferedReader(new java.io.InputStreamReader(bytes, charset), 1 << 16);
    }

    /** How Commons CSV reads it: this delimiter, spaces kept, and blank lines kept, so record n is row n as a spreadsheet shows it. */
    public org.apache.commons.csv.CSVFormat csv() {
        return org.apache.commons.csv.CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreSurroundingSpaces(false)
                .setIgnoreEmptyLines(false)
                .get();
    }

    /** "UTF-8 (BOM), semicolon": how inspect names it. */
    String describe() {
        String name = charset.equals(WINDOWS_1252) ? "Windows-1252" : charset.name();
        return name + (bomLength > 0 ? " (BOM)" : "") + ", " + switch (delimiter) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '\t' -> "tab";
            case '|' -> "pipe";
            default -> "'" + delimiter + "'";
        } + "-separated";
    }

    static TextFormat detect(Path file, boolean tabByName) throws IOException {
        byte[] head = new byte[4096];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        Charset charset;
        int bom = 0;
        if (n >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (n >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (n >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else {
            charset = withoutBom(file, head, n);
        }
        String sample = new String(head, bom, Math.max(0, n - bom), charset);
        return new TextFormat(charset, bom, delimiter(sample, tabByName));
    }

    /** UTF-16 shows as zero bytes in every other position; otherwise valid UTF-8, else Windows-1252. */
    private static Charset withoutBom(Path file, byte[] head, int n) throws IOException {
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i++) {
            if (head[i] == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        if (n >= 4 && oddZeros > n / 4 && evenZeros == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (n >= 4 && evenZeros > n / 4 && oddZeros == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    /** Checks the whole file: one stray byte from Windows-1252 late in a large export must not be read as UTF-8. */
    static boolean isUtf8(Path file) throws IOException {
        java.nio.charset.CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        try (java.io.Reader in = new java.io.InputStreamReader(Files.newInputStream(file), strict)) {
            char[] buffer = new char[1 << 16];
            while (in.read(buffer) >= 0) {
                // decoding is the check: a byte that is not UTF-8 throws
            }
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /**
     * The delimiter that splits the most sample lines into the same number of fields (outside quotes);
     * title lines without any delimiter do not vote. Ties go to the one giving more fields.
     */
    static char delimiter(String sample, boolean tabByName) {
        String[] lines = sample.split("\r\n|\n|\r", -1);
        int limit = Math.min(lines.length - (lines.length > 1 ? 1 : 0), SAMPLE_LINES); // the last line may be cut off
        char best = tabByName ? '\t' : ',';
        int bestLines = 0;
        int bestFields = 0;
        for (char d : DELIMITERS) {
            Map<Integer, Integer> linesByCount = new HashMap<>();
            for (int i = 0; i < Math.max(limit, 1) && i < lines.length; i++) {
                int count = countOutsideQuotes(lines[i], d);
                if (count > 0) {
                    linesByCount.merge(count, 1, Integer::sum);
                }
            }
            for (Map.Entry<Integer, Integer> e : linesByCount.entrySet()) {
                int agreeing = e.getValue();
                boolean preferTab = tabByName && d == '\t';
                if (agreeing > bestLines || (agreeing == bestLines && e.getKey() > bestFields) || (preferTab && agreeing >= bestLines)) {
                    best = d;
                    bestLines = agreeing;
                    bestFields = e.getKey();
                }
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char d) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == d && !quoted) {
                count++;
            }
        }
        return count;
    }
}

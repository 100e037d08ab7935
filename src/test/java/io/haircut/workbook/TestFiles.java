package io.haircut.workbook;

import java.io.IOException;
import org.apache.poi.poifs.crypt.EncryptionMode;

/** Hostile-corpus workbooks for tests in other packages. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A workbook whose shared-strings part stops halfway: a zip in order, XML that is not (POI's parser fails on it). */
    public static byte[] cutSharedStrings() {
        String strings = RawXlsx.sharedStrings("Globex", "Initech");
        return RawXlsx.valid().put(RawXlsx.SHARED_STRINGS, strings.substring(0, strings.length() / 2)).bytes();
    }

    /** A valid two-entry workbook (100.00 and 250.50), encrypted with {@code password} (ECMA-376 Agile). */
    public static byte[] lockedWorkbook(String password) throws IOException {
        return HostileCorpus.encrypt(RawXlsx.valid().bytes(), password, EncryptionMode.agile);
    }
}

package io.haircut.workbook.files;

import io.haircut.Causes;
import io.haircut.workbook.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.util.function.BiConsumer;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens a password-protected .xlsx or .xlsm workbook (Office's encryption: an OLE2 container holding
 * EncryptionInfo and the encrypted package; ECMA-376 Agile or Standard encryption, MS-OFFCRYPTO). The
 * package is decrypted into a temporary file in a folder only this user can read, read like any
 * workbook, and deleted afterwards; the input file is only read. A workbook protected with Excel's
 * built-in password ("VelvetSweatshop", used for read-only files) opens without one, as in Excel.
 */
public final class ProtectedWorkbook {

    private ProtectedWorkbook() {
    }

    /** Whether Excel's built-in read-only password opens the workbook. */
    static boolean opensWithoutPassword(Path file, String display) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return Decryptor.getInstance(new EncryptionInfo(fs)).verifyPassword(Decryptor.DEFAULT_PASSWORD);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw unreadable(display);
        }
    }

    /**
     * Runs {@code reader} on the workbook's package: the file itself when it is not protected (with
     * {@code checked}, what {@link FileKind#check} read of it), else its decrypted copy, whose container is
     * checked here first and which is deleted when the reader returns or fails.
     */
    public static void read(Path file, String display, String password, ZipScan.Findings checked, BiConsumer<Path, ZipScan.Findings> reader) {
        if (FileKind.of(file) != FileKind.PROTECTED) {
            reader.accept(file, checked);
            return;
        }
        Path folder = null;
        Path plain = null;
        try {
            folder = Files.createTempDirectory("haircut-"); // owner-only permissions on POSIX systems
            plain = folder.resolve("decrypted.xlsx");
            decrypt(file, display, password == null ? Decryptor.DEFAULT_PASSWORD : password, plain);
            if (FileKind.of(plain) != FileKind.XLSX) {
                throw new ImportException(display + ": the password opened it, but it is not an Excel workbook inside"
                        + " (it is " + FileKind.of(plain).description() + ")");
            }
            reader.accept(plain, ZipScan.verify(plain, display));
        } catch (IOException e) {
            throw new ImportException(display + ": cannot decrypt the workbook into a temporary file: " + Causes.of(e));
        } finally {
            deleteQuietly(plain);
            deleteQuietly(folder);
        }
    }

    private static void decrypt(Path file, String display, String password, Path plain) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
                OutputStream out = Files.newOutputStream(plain, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            Decryptor decryptor = Decryptor.getInstance(new EncryptionInfo(fs));
            if (!decryptor.verifyPassword(password)) {
                throw new ImportException(display + ": the password is not right for this workbook");
            }
            try (InputStream in = decryptor.getDataStream(fs)) {
                long length = decryptor.getLength(); // known once the stream is open
                // The package is no larger than the encrypted stream that holds it; a larger stated length is a lie.
                if (length < 0 || length > Files.size(file)) {
                    throw unreadable(display);
                }
                byte[] buffer = new byte[1 << 16];
                for (long left = length; left > 0; ) {
                    int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                    if (n < 0) {
                        throw unreadable(display);
                    }
                    write(out, buffer, n, display);
                    left -= n;
                }
            }
        } catch (ImportException e) {
            throw e;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            // A damaged container: POIFS and the ciphers report it with checked and runtime exceptions alike.
            throw unreadable(display);
        }
    }

    private static void write(OutputStream out, byte[] buffer, int n, String display) {
        try {
            out.write(buffer, 0, n);
        } catch (IOException e) {
            throw new ImportException(display + ": cannot decrypt the workbook into a temporary file: " + Causes.of(e));
        }
    }

    private static ImportException unreadable(String display) {
        return new ImportException(display + ": this workbook is password protected, and its encryption data is damaged"
                + " or of a kind haircut cannot open; get a fresh copy of the file");
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // The folder is the system's temporary folder; the failure being reported matters more.
        }
    }
}

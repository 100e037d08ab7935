package io.haircut.workbook;

import io.haircut.ledger.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Imports a company's financials from a canonical workbook (.xlsx / .xlsm) or a folder of CSV files
 * named after the sheets (Revenue.csv, Costs.csv, ...). Files are only read, never written.
 */
public final class LedgerImporter {

    private LedgerImporter() {
    }

    public static ImportedLedger importPath(Path path) {
        return importPath(path, null);
    }

    /**
     * As {@link #importPath(Path)}, opening a password-protected workbook with {@code password} (null when
     * none is given). Files that are not what their name says, or that exceed haircut's limits, are refused
     * first ({@link FileKind#check}).
     */
    public static ImportedLedger importPath(Path path, String password) {
        try {
            return read(path, password);
        } catch (OutOfMemoryError e) {
            // The half-built ledger is garbage once this frame is left, so the shell and its session go on.
            throw WorkbookLimits.outOfMemory(path);
        }
    }

    private static ImportedLedger read(Path path, String password) {
        String display = path.toString();
        if (!Files.exists(path)) {
            throw new ImportException(display + ": no such file or folder");
        }
        FileKind.check(path, Files.isDirectory(path) ? display : path.getFileName().toString(), password);
        LedgerBuilder builder = new LedgerBuilder();
        List<SourceFile> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            List<Path> csvs = csvFiles(path);
            if (csvs.isEmpty()) {
                throw new ImportException(display + ": no .csv files in this folder; expected Revenue.csv and optionally "
                        + "Costs.csv, Customers.csv, Funding.csv, Commitments.csv, Parties.csv, Cash.csv");
            }
            for (Path csv : csvs) {
                String name = csv.getFileName().toString();
                FileKind.check(csv, display.endsWith("/") ? display + name : display + "/" + name, null);
                CsvReader.read(csv, display.endsWith("/") ? display + name : display + "/" + name, stem(name), builder);
                files.add(new SourceFile(csv.toString(), sha256(csv), List.of(stem(name))));
            }
            String company = stem(path.getFileName().toString());
            return new ImportedLedger(builder.build(company, files, display.endsWith("/") ? display : display + "/"),
                    builder.tables(), builder.notes());
        }
        String name = path.getFileName().toString();
        String extension = extension(name);
        List<String> sheets = new ArrayList<>();
        TableSink recording = new TableSink() {
            @Override
            public void startTable(String file, String sheet, String tableName) {
                sheets.add(tableName);
                builder.startTable(file, sheet, tableName);
            }

            @Override
            public void row(TableRow row) {
                builder.row(row);
            }

            @Override
            public void endTable() {
                builder.endTable();
            }
        };
        switch (extension) {
            case "xlsx", "xlsm" -> ProtectedWorkbook.read(path, name, password, plain -> XlsxReader.read(plain, name, recording));
            case "csv" -> CsvReader.read(path, name, stem(name), recording);
            default -> throw new ImportException(display + ": cannot import ." + extension
                    + " files; expected an .xlsx or .xlsm workbook, a .csv file, or a folder of .csv files");
        }
        files.add(new SourceFile(path.toString(), sha256(path), sheets));
        return new ImportedLedger(builder.build(stem(name), files, name), builder.tables(), builder.notes());
    }

    private static List<Path> csvFiles(Path folder) {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> extension(p.getFileName().toString()).equals("csv") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ImportException(folder + ": cannot list the folder: " + e.getMessage());
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new ImportException(file + ": cannot read the file: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

package io.haircut.workbook;

import io.haircut.Cancelled;
import io.haircut.Progress;
import io.haircut.RowCounter;
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
        return importPath(path, Progress.NONE);
    }

    /**
     * As {@link #importPath(Path)}, telling {@code progress} the rows read so far. Stops with
     * {@link Cancelled} when the thread is interrupted (Ctrl-C in the shell); nothing is kept.
     */
    public static ImportedLedger importPath(Path path, Progress progress) {
        String display = path.toString();
        if (!Files.exists(path)) {
            throw new ImportException(display + ": no such file or folder");
        }
        RowCounter counter = new RowCounter(progress);
        LedgerBuilder builder = new LedgerBuilder();
        TableSink counted = counting(builder, counter);
        List<SourceFile> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            List<Path> csvs = csvFiles(path);
            if (csvs.isEmpty()) {
                throw new ImportException(display + ": no .csv files in this folder; expected Revenue.csv and optionally "
                        + "Costs.csv, Customers.csv, Funding.csv, Commitments.csv, Parties.csv, Cash.csv");
            }
            for (Path csv : csvs) {
                String name = csv.getFileName().toString();
                CsvReader.read(csv, display.endsWith("/") ? display + name : display + "/" + name, stem(name), counted);
                files.add(new SourceFile(csv.toString(), sha256(csv), List.of(stem(name))));
            }
            counter.done();
            Cancelled.checkInterrupted(); // Ctrl-C after the last row still cancels: nothing is kept
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
                counted.row(row);
            }

            @Override
            public void endTable() {
                builder.endTable();
            }
        };
        switch (extension) {
            case "xlsx", "xlsm" -> XlsxReader.read(path, name, recording);
            case "csv" -> CsvReader.read(path, name, stem(name), recording);
            default -> throw new ImportException(display + ": cannot import ." + extension
                    + " files; expected an .xlsx or .xlsm workbook, a .csv file, or a folder of .csv files");
        }
        files.add(new SourceFile(path.toString(), sha256(path), sheets));
        counter.done();
        Cancelled.checkInterrupted(); // Ctrl-C after the last row still cancels: nothing is kept
        return new ImportedLedger(builder.build(stem(name), files, name), builder.tables(), builder.notes());
    }

    /** Passes rows on to {@code sink}, counting them (and noticing Ctrl-C) on the way. */
    private static TableSink counting(TableSink sink, RowCounter counter) {
        return new TableSink() {
            @Override
            public void startTable(String file, String sheet, String tableName) {
                sink.startTable(file, sheet, tableName);
            }

            @Override
            public void row(TableRow row) {
                counter.row();
                sink.row(row);
            }

            @Override
            public void endTable() {
                sink.endTable();
            }
        };
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
            if (Cancelled.wasInterruption(e)) {
                throw new Cancelled();
            }
            throw new ImportException(file + ": cannot read the file: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

package io.haircut.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a canonical revenue ledger of any size for the benchmark (README "Performance"): 7 columns (Date, Customer,
 * Channel, Settlement, Amount, Invoice, Product), about 8% settled in cloud credits and about 6% from the
 * investors listed on the Parties sheet, deterministic for a seed. Amounts are whole cents.
 *
 * <p>{@code main(rows, file)} writes one file (.xlsx or a CSV folder), e.g.
 * {@code mvn -q -B test-compile exec:java -Dexec.mainClass=io.haircut.bench.BenchmarkLedger
 * -Dexec.classpathScope=test -Dexec.args="1000000 target/bench/ledger-1000000.xlsx"}.
 */
public final class BenchmarkLedger {

    static final String[] INVESTOR_NAMES = {
        "Amazon Web Services, Inc.", "AWS EMEA SARL", "Google LLC", "Google Cloud EMEA Ltd", "Microsoft Corporation"};
    static final String[] INVESTOR_GROUPS = {"Amazon", "Amazon", "Google", "Google", "Microsoft"};
    static final String[] CHANNELS = {"direct", "api", "aws-marketplace", "gcp-marketplace", "azure-marketplace"};
    static final String[] PRODUCTS = {"claude-api", "enterprise-seat", "batch-inference", "fine-tuning"};

    private BenchmarkLedger() {
    }

    public static void main(String[] args) throws IOException {
        int rows = Integer.parseInt(args[0]);
        Path target = Path.of(args[1]);
        if (target.toString().endsWith(".xlsx")) {
            writeXlsx(target, rows, 42);
        } else {
            writeCsvFolder(target, rows, 42);
        }
    }

    /** One revenue line, drawn from the generator's fixed distribution. */
    record Line(LocalDate date, String customer, String channel, String settlement, long cents, String invoice, String product) {
    }

    static final class Lines {
        private final Random random;
        private final int rows;
        private int i;

        Lines(int rows, long seed) {
            this.rows = rows;
            this.random = new Random(seed);
        }

        boolean hasNext() {
            return i < rows;
        }

        Line next() {
            // Dates spread over 2024-10-01 .. 2026-04-30 in ledger order, as a billing export is sorted.
            LocalDate date = LocalDate.of(2024, 10, 1).plusDays((long) i * 576 / rows);
            int pick = random.nextInt(1000);
            String customer;
            String channel = CHANNELS[random.nextInt(CHANNELS.length)];
            if (pick < 60) {
                customer = INVESTOR_NAMES[random.nextInt(INVESTOR_NAMES.length)];
            } else {
                customer = "Customer " + (1 + random.nextInt(5000)) + " Inc.";
            }
            boolean marketplace = channel.endsWith("marketplace");
            String settlement = marketplace && random.nextInt(100) < 24 ? "cloud-credit" : "cash";
            long cents = 1_000L + random.nextInt(5_000_000);
            i++;
            return new Line(date, customer, channel, settlement, cents, "INV-" + (100_000_000 + i),
                    PRODUCTS[random.nextInt(PRODUCTS.length)]);
        }
    }

    static void writeXlsx(Path file, int rows, long seed) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            wb.setCompressTempFiles(true);
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = wb.createSheet("Revenue");
            header(sheet.createRow(0), "Date", "Customer", "Channel", "Settlement", "Amount", "Invoice", "Product");
            Lines lines = new Lines(rows, seed);
            for (int r = 1; lines.hasNext(); r++) {
                Line l = lines.next();
                Row row = sheet.createRow(r);
                var d = row.createCell(0);
                d.setCellValue(l.date());
                d.setCellStyle(dateStyle);
                row.createCell(1).setCellValue(l.customer());
                row.createCell(2).setCellValue(l.channel());
                row.createCell(3).setCellValue(l.settlement());
                // POI's numeric cell API takes a double; cents / 100 with at most 9 digits is exact in the
                // shortest-repr text POI writes, which is what the importer reads back.
                row.createCell(4).setCellValue(Double.parseDouble(java.math.BigDecimal.valueOf(l.cents(), 2).toPlainString()));
                row.createCell(5).setCellValue(l.invoice());
                row.createCell(6).setCellValue(l.product());
            }
            Sheet parties = wb.createSheet("Parties");
            header(parties.createRow(0), "Name", "Group", "Relationship");
            for (int p = 0; p < INVESTOR_NAMES.length; p++) {
                header(parties.createRow(p + 1), INVESTOR_NAMES[p], INVESTOR_GROUPS[p], "investor");
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
    }

    static void writeCsvFolder(Path folder, int rows, long seed) throws IOException {
        Files.createDirectories(folder);
        try (Writer w = Files.newBufferedWriter(folder.resolve("Revenue.csv"), StandardCharsets.UTF_8)) {
            w.write("Date,Customer,Channel,Settlement,Amount,Invoice,Product\n");
            Lines lines = new Lines(rows, seed);
            while (lines.hasNext()) {
                Line l = lines.next();
                w.write(l.date() + ",\"" + l.customer() + "\"," + l.channel() + "," + l.settlement() + ","
                        + java.math.BigDecimal.valueOf(l.cents(), 2).toPlainString() + "," + l.invoice() + "," + l.product() + "\n");
            }
        }
        try (Writer w = Files.newBufferedWriter(folder.resolve("Parties.csv"), StandardCharsets.UTF_8)) {
            w.write("Name,Group,Relationship\n");
            for (int p = 0; p < INVESTOR_NAMES.length; p++) {
                w.write("\"" + INVESTOR_NAMES[p] + "\"," + INVESTOR_GROUPS[p] + ",investor\n");
            }
        }
    }

    private static void header(Row row, String... values) {
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
    }
}

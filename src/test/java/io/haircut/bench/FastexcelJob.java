package io.haircut.bench;

import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The benchmark's fastexcel program: the same job as the POI streaming reference with fastexcel's reader
 * (Aalto StAX underneath) and its streaming writer. Read Revenue and Parties, drop credit-settled and investor
 * rows, sum a monthly bridge (reported, credit, related party), write the kept rows and the bridge as xlsx and
 * the bridge as CSV. Usage: {@code FastexcelJob LEDGER.xlsx OUTDIR}.
 */
public final class FastexcelJob {

    private FastexcelJob() {
    }

    public static void main(String[] args) throws Exception {
        Path ledger = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        TreeMap<String, BigDecimal[]> bridge = new TreeMap<>();
        try (ReadableWorkbook in = new ReadableWorkbook(ledger.toFile());
                OutputStream os = Files.newOutputStream(out.resolve("fastexcel.xlsx"))) {
            Set<String> investors = new HashSet<>();
            try (Stream<Row> rows = in.findSheet("Parties").orElseThrow().openStream()) {
                rows.skip(1).filter(r -> "investor".equals(r.getCellText(2))).forEach(r -> investors.add(r.getCellText(0)));
            }
            Workbook wb = new Workbook(os, "bench", "1.0");
            Worksheet kept = wb.newWorksheet("Adjusted");
            int[] rowOut = {0};
            try (Stream<Row> rows = in.findSheet("Revenue").orElseThrow().openStream()) {
                rows.skip(1).forEach(r -> {
                    LocalDate date = r.getCellAsDate(0).orElseThrow().toLocalDate();
                    BigDecimal amount = r.getCellAsNumber(4).orElseThrow();
                    BigDecimal[] month = bridge.computeIfAbsent(date.toString().substring(0, 7),
                            m -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                    month[0] = month[0].add(amount);
                    if (r.getCellText(3).equals("cloud-credit")) {
                        month[1] = month[1].add(amount);
                    } else if (investors.contains(r.getCellText(1))) {
                        month[2] = month[2].add(amount);
                    } else {
                        int row = rowOut[0]++;
                        kept.value(row, 0, date);
                        for (int c = 1; c < 7; c++) {
                            if (c == 4) {
                                kept.value(row, c, amount);
                            } else {
                                kept.value(row, c, r.getCellText(c));
                            }
                        }
                        if (row % 10_000 == 0) {
                            try {
                                kept.flush();
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }
                    }
                });
            }
            kept.finish();
            Worksheet b = wb.newWorksheet("Bridge");
            int r = 0;
            for (var e : bridge.entrySet()) {
                b.value(r, 0, e.getKey());
                for (int c = 0; c < 3; c++) {
                    b.value(r, c + 1, e.getValue()[c]);
                }
                r++;
            }
            wb.finish();
        }
        writeBridgeCsv(bridge, out.resolve("bridge.csv"));
    }

    static void writeBridgeCsv(TreeMap<String, BigDecimal[]> bridge, Path file) throws java.io.IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("month,reported,credit,related_party,adjusted\n");
            for (var e : bridge.entrySet()) {
                BigDecimal[] m = e.getValue();
                w.write(e.getKey() + "," + m[0].toPlainString() + "," + m[1].toPlainString() + "," + m[2].toPlainString() + ","
                        + m[0].subtract(m[1]).subtract(m[2]).toPlainString() + "\n");
            }
        }
    }
}

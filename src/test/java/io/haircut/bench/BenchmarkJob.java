package io.haircut.bench;

import io.haircut.bridge.Bridges;
import io.haircut.output.AtomicFileWriter;
import io.haircut.ledger.Granularity;
import io.haircut.ledger.Ledger;
import io.haircut.report.BridgeFormats;
import io.haircut.report.CsvRenderer;
import io.haircut.rules.applied.AdjustedLedger;
import io.haircut.rules.applied.Adjuster;
import io.haircut.rules.files.RuleFiles;
import io.haircut.rules.RuleSet;
import io.haircut.workbook.LedgerImporter;
import io.haircut.xlsx.AdjustedWorkbookExporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * One timed run in its own JVM, printing one line of {@code key=value} figures: either haircut's whole
 * job (import, rules, bridge, export) or the minimal POI streaming reference job.
 * Usage: {@code BenchmarkJob haircut|reference LEDGER.xlsx OUTDIR}.
 */
public final class BenchmarkJob {

    private BenchmarkJob() {
    }

    public static void main(String[] args) throws Exception {
        PeakHeap peak = PeakHeap.begin();
        Map<String, Long> millis = new LinkedHashMap<>();
        Path ledgerFile = Path.of(args[1]);
        Path out = Files.createDirectories(Path.of(args[2]));
        long start = System.nanoTime();
        if (args[0].equals("haircut")) {
            haircut(ledgerFile, out, millis);
        } else {
            reference(ledgerFile, out);
        }
        // The total is the job's: the warm re-runs after it are not part of it.
        Long warmLoop = millis.remove("warm_loop");
        millis.put("total", (System.nanoTime() - start) / 1_000_000 - (warmLoop == null ? 0 : warmLoop));
        peak.finish();
        StringBuilder line = new StringBuilder("RESULT job=" + args[0]);
        millis.forEach((k, v) -> line.append(' ').append(k).append("_ms=").append(v));
        line.append(" peak_heap_mb=").append(peak.maxUsed / (1024 * 1024));
        line.append(" rss_mb=").append(peakRssMb());
        System.out.println(line);
    }

    private static void haircut(Path ledgerFile, Path out, Map<String, Long> millis) throws IOException {
        long t = System.nanoTime();
        Ledger ledger = LedgerImporter.importPath(ledgerFile).ledger();
        t = lap(millis, "import", t);
        RuleSet rules = RuleFiles.load(Benchmark.RULES);
        AdjustedLedger adjusted = Adjuster.apply(ledger, rules);
        t = lap(millis, "rules", t);
        String bridgeCsv = CsvRenderer.text(BridgeFormats.report(Bridges.byPeriod(adjusted, Granularity.MONTH)));
        t = lap(millis, "bridge", t);
        AtomicFileWriter.write(out.resolve("bridge.csv"), Set.of(ledgerFile), true,
                s -> s.write(bridgeCsv.getBytes(StandardCharsets.UTF_8)));
        AdjustedWorkbookExporter.export(adjusted, out.resolve("adjusted.xlsx"), Set.of(ledgerFile), true);
        t = lap(millis, "export", t);
        // A report re-run after a rule change, as the shell does it: one rule switched off, the rules
        // applied again to the loaded ledger and the monthly bridge rebuilt.
        RuleSet changed = rules.withDisabled("related-party-revenue", true);
        Bridges.byPeriod(Adjuster.apply(ledger, changed), Granularity.MONTH);
        lap(millis, "rerun", t);
        // The same in a warm shell, where the user toggles rules back and forth: five more, the median.
        long[] warm = new long[5];
        long loop = System.nanoTime();
        for (int i = 0; i < warm.length; i++) {
            long w = System.nanoTime();
            Bridges.byPeriod(Adjuster.apply(ledger, rules.withDisabled("related-party-revenue", i % 2 == 0)), Granularity.MONTH);
            warm[i] = (System.nanoTime() - w) / 1_000_000;
        }
        java.util.Arrays.sort(warm);
        millis.put("warm_rerun", warm[warm.length / 2]);
        millis.put("warm_loop", (System.nanoTime() - loop) / 1_000_000);
    }

    private static long lap(Map<String, Long> millis, String what, long since) {
        long now = System.nanoTime();
        millis.put(what, (now - since) / 1_000_000);
        return now;
    }

    /**
     * The streaming reference (README "Performance"): POI's own streaming APIs and nothing else. Read the Revenue sheet with
     * XSSFReader + SAX, drop credit-settled and investor rows, sum a monthly bridge, write the kept rows
     * and the bridge with SXSSF.
     */
    private static void reference(Path ledgerFile, Path out) throws Exception {
        Set<String> investors = Set.of(BenchmarkLedger.INVESTOR_NAMES);
        TreeMap<String, BigDecimal[]> bridge = new TreeMap<>();
        try (OPCPackage pkg = OPCPackage.open(ledgerFile.toFile(), PackageAccess.READ);
                SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet kept = wb.createSheet("Adjusted");
            AtomicLong rowOut = new AtomicLong();
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (!sheets.getSheetName().equals("Revenue")) {
                        continue;
                    }
                    String[] cells = new String[7];
                    XSSFSheetXMLHandler.SheetContentsHandler rows = new XSSFSheetXMLHandler.SheetContentsHandler() {
                        @Override
                        public void startRow(int rowNum) {
                            java.util.Arrays.fill(cells, null);
                        }

                        @Override
                        public void endRow(int rowNum) {
                            if (rowNum == 0) {
                                return;
                            }
                            BigDecimal amount = new BigDecimal(cells[4]);
                            BigDecimal[] month = bridge.computeIfAbsent(cells[0].substring(0, 7),
                                    m -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                            month[0] = month[0].add(amount);
                            if (cells[3].equals("cloud-credit")) {
                                month[1] = month[1].add(amount);
                            } else if (investors.contains(cells[1])) {
                                month[2] = month[2].add(amount);
                            } else {
                                Row r = kept.createRow((int) rowOut.getAndIncrement());
                                for (int c = 0; c < 7; c++) {
                                    r.createCell(c).setCellValue(cells[c]);
                                }
                            }
                        }

                        @Override
                        public void cell(String ref, String value, XSSFComment comment) {
                            int col = ref.charAt(0) - 'A';
                            if (col >= 0 && col < 7) {
                                cells[col] = value;
                            }
                        }
                    };
                    DataFormatter iso = new DataFormatter() {
                        @Override
                        public String formatRawCellContents(double value, int formatIndex, String formatString) {
                            // Dates as ISO and numbers in full so the reference sums exact values.
                            return org.apache.poi.ss.usermodel.DateUtil.isADateFormat(formatIndex, formatString)
                                    ? org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(value).toLocalDate().toString()
                                    : BigDecimal.valueOf(value).toPlainString();
                        }
                    };
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, rows, iso, false));
                    xml.parse(new InputSource(sheet));
                }
            }
            Sheet b = wb.createSheet("Bridge");
            int r = 0;
            for (var e : bridge.entrySet()) {
                Row row = b.createRow(r++);
                row.createCell(0).setCellValue(e.getKey());
                for (int c = 0; c < 3; c++) {
                    row.createCell(c + 1).setCellValue(e.getValue()[c].toPlainString());
                }
            }
            try (OutputStream o = Files.newOutputStream(out.resolve("reference.xlsx"))) {
                wb.write(o);
            }
            wb.dispose();
            FastexcelJob.writeBridgeCsv(bridge, out.resolve("bridge.csv"));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException e) {
            // not Linux: no RSS figure
        }
        return -1;
    }

    /** Samples used heap every 20 ms: the peak a user would see in a monitor. */
    static final class PeakHeap extends Thread {
        volatile long maxUsed;
        private volatile boolean running = true;

        static PeakHeap begin() {
            PeakHeap p = new PeakHeap();
            p.setDaemon(true);
            p.start();
            return p;
        }

        @Override
        public void run() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (running) {
                maxUsed = Math.max(maxUsed, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void finish() {
            running = false;
            maxUsed = Math.max(maxUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
    }
}

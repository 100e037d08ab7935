package io.haircut.samples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a sample as {@code <stem>.xlsx} plus the folder {@code <stem>/} with one CSV per sheet.
 * Both forms hold the same rows; the CSV bytes depend only on the data, and the workbook's dates
 * (core properties and zip entry times) are pinned so regenerating changes as little as possible.
 */
final class SampleWriter {

    /** UTF-8 without BOM, comma, minimal quoting, "\n" after every record. */
    static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    /** The fixed "created" and "modified" date of every sample workbook. */
    static final LocalDateTime PINNED = LocalDateTime.of(2026, 5, 1, 0, 0);

    private SampleWriter() {
    }

    static void write(Sample sample, Path dir) throws IOException {
        Path csvDir = dir.resolve(sample.stem());
        Files.createDirectories(csvDir);
        for (SampleSheet sheet : sample.sheets()) {
            writeCsv(sheet, csvDir.resolve(sheet.name() + ".csv"));
        }
        Files.write(dir.resolve(sample.stem() + ".xlsx"), pinZipTimes(workbook(sample)));
    }

    static void writeCsv(SampleSheet sheet, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, CSV)) {
            printer.printRecord(sheet.headers());
            for (List<Cell> row : sheet.rows()) {
                printer.printRecord(row.stream().map(Cell::csv).toList());
            }
        }
    }

    private static byte[] workbook(Sample sample) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
            Date pinned = Date.from(PINNED.toInstant(ZoneOffset.UTC));
            core.setCreated(Optional.of(pinned));
            core.setModified(Optional.of(pinned));
            core.setCreator("haircut sample generator");
            core.setTitle(sample.stem() + " (illustrative sample)");

            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle amountStyle = wb.createCellStyle();
            amountStyle.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            CellStyle headerStyle = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);

            for (SampleSheet s : sample.sheets()) {
                Sheet sheet = wb.createSheet(s.name());
                Row header = sheet.createRow(0);
                for (int c = 0; c < s.headers().size(); c++) {
                    org.apache.poi.ss.usermodel.Cell cell = header.createCell(c);
                    cell.setCellValue(s.headers().get(c));
                    cell.setCellStyle(headerStyle);
                }
                for (int r = 0; r < s.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<Cell> values = s.rows().get(r);
                    for (int c = 0; c < values.size(); c++) {
                        org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                        Cell value = values.get(c);
                        // Java 17: no pattern switch yet, so an instanceof chain over the sealed types.
                        if (value instanceof Cell.Text t) {
                            cell.setCellValue(t.value());
                        } else if (value instanceof Cell.Day d) {
                            cell.setCellValue(d.value());
                            cell.setCellStyle(dateStyle);
                        } else if (value instanceof Cell.Amount a) {
                            // Excel keeps every number as a binary double; cents below 2^53 survive the
                            // trip and round back exactly to two decimals. No sum is made here.
                            cell.setCellValue(a.value().doubleValue());
                            cell.setCellStyle(amountStyle);
                        } else if (value instanceof Cell.Count n) {
                            cell.setCellValue(n.value());
                        }
                    }
                }
                sheet.createFreezePane(0, 1);
                for (int c = 0; c < s.headers().size(); c++) {
                    // Fixed widths from text lengths: autoSizeColumn depends on the machine's fonts.
                    sheet.setColumnWidth(c, 256 * (widest(s, c) + 3));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static int widest(SampleSheet s, int column) {
        int widest = s.headers().get(column).length();
        for (List<Cell> row : s.rows()) {
            widest = Math.max(widest, row.get(column).csv().length());
        }
        return Math.min(widest, 60);
    }

    /**
     * Rewrites the zip with every entry stamped {@link #PINNED} (local DOS time, so the time zone
     * does not matter): POI stamps entries with the wall clock.
     */
    static byte[] pinZipTimes(byte[] xlsx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(xlsx.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(PINNED);
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}

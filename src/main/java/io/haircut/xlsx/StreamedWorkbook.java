package io.haircut.xlsx;

import io.haircut.output.AtomicFileWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a workbook whose large sheets are streamed: POI lays out every sheet (the small ones whole; the
 * large ones with their columns, freeze pane and filter but no rows), and while that package is copied to
 * the output each large sheet's empty {@code <sheetData/>} is replaced by the rows its writer streams, and
 * its links added. The rows never exist as objects and never pass through a temporary file.
 *
 * <p>The zip is plain (zip64 only where an entry needs it, so every reader opens it), and compressed at
 * the fastest level: on a million-row ledger the default level costs three times as long for a file a
 * fifth smaller.
 */
final class StreamedWorkbook {

    static final int COMPRESSION = Deflater.BEST_SPEED;

    /** Elements that follow {@code <hyperlinks>} in a worksheet (ECMA-376 Part 1, 18.3.1.99, CT_Worksheet order). */
    private static final List<String> AFTER_HYPERLINKS = List.of("<printOptions", "<pageMargins", "<pageSetup",
            "<headerFooter", "<rowBreaks", "<colBreaks", "<customProperties", "<cellWatches", "<ignoredErrors",
            "<smartTags", "<drawing", "<legacyDrawing", "<legacyDrawingHF", "<picture", "<oleObjects", "<controls",
            "<webPublishItems", "<tableParts", "<extLst", "</worksheet>");

    private final XSSFWorkbook layout;
    private final Map<String, Consumer<StreamedRows>> bodies = new LinkedHashMap<>();
    private final List<AutoCloseable> opened = new ArrayList<>();

    StreamedWorkbook(XSSFWorkbook layout) {
        this.layout = layout;
    }

    /** The rows of {@code sheet}, left empty in the layout, come from {@code body} when the workbook is written. */
    void stream(XSSFSheet sheet, Consumer<StreamedRows> body) {
        if (sheet.getPhysicalNumberOfRows() > 0) {
            throw new IllegalStateException(sheet.getSheetName() + ": a streamed sheet has no rows in the layout");
        }
        bodies.put(sheet.getPackagePart().getPartName().getName().substring(1), body);
    }

    /** Closed once the workbook is written, or its writing failed: what the bodies open as they run (a source file). */
    void closeAfterWriting(AutoCloseable resource) {
        opened.add(resource);
    }

    void write(OutputStream target) throws IOException {
        try {
            writeParts(target);
        } finally {
            for (AutoCloseable resource : opened) {
                try {
                    resource.close();
                } catch (Exception e) {
                    // a file opened only for reading: the workbook is written (or failed) all the same
                }
            }
        }
    }

    private void writeParts(OutputStream target) throws IOException {
        ByteArrayOutputStream laidOut = new ByteArrayOutputStream();
        layout.write(laidOut);
        Map<String, Consumer<StreamedRows>> pending = new HashMap<>(bodies);
        ZipOutputStream zip = new ZipOutputStream(new AtomicFileWriter.KeepOpen(target));
        zip.setLevel(COMPRESSION);
        try (ZipInputStream parts = new ZipInputStream(new ByteArrayInputStream(laidOut.toByteArray()))) {
            for (ZipEntry part = parts.getNextEntry(); part != null; part = parts.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(part.getName()));
                Consumer<StreamedRows> body = pending.remove(part.getName());
                if (body == null) {
                    parts.transferTo(zip);
                } else {
                    streamSheet(part.getName(), new String(parts.readAllBytes(), StandardCharsets.UTF_8), body, zip);
                }
                zip.closeEntry();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException("streamed sheets missing from the layout: " + pending.keySet());
        }
        zip.finish();
    }

    /** The laid-out sheet with its rows: everything before {@code <sheetData/>}, the rows, everything after, links inserted. */
    private static void streamSheet(String name, String xml, Consumer<StreamedRows> body, OutputStream out) throws IOException {
        int data = xml.indexOf("<sheetData/>");
        if (data < 0) {
            throw new IllegalStateException(name + ": no empty <sheetData/> in the laid-out sheet");
        }
        // The laid-out dimension says A1; a reader that trusts it would see one cell, so it goes (it is optional).
        String head = xml.substring(0, data).replaceFirst("<dimension ref=\"[A-Z0-9:]*\"/>", "");
        String tail = xml.substring(data + "<sheetData/>".length());
        out.write(head.getBytes(StandardCharsets.UTF_8));
        out.write("<sheetData>".getBytes(StandardCharsets.US_ASCII));
        StreamedRows rows = new StreamedRows(out);
        body.accept(rows);
        rows.finish();
        out.write("</sheetData>".getBytes(StandardCharsets.US_ASCII));
        String links = StreamedRows.hyperlinksXml(rows.links());
        if (!links.isEmpty()) {
            if (tail.contains("<hyperlinks")) {
                throw new IllegalStateException(name + ": links both in the layout and streamed");
            }
            int at = AFTER_HYPERLINKS.stream().mapToInt(tail::indexOf).filter(i -> i >= 0).min().orElse(tail.length());
            tail = tail.substring(0, at) + links + tail.substring(at);
        }
        out.write(tail.getBytes(StandardCharsets.UTF_8));
    }
}

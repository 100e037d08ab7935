package io.haircut.xlsx;

import io.haircut.Cancelled;
import io.haircut.output.AtomicFileWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a workbook whose large sheets are streamed: POI lays out every sheet (the small ones whole; the
 * large ones with their columns, freeze pane and filter but no rows), and each large sheet's empty
 * {@code <sheetData/>} is replaced by the rows its writer streams, and its links added. The rows never exist
 * as objects.
 *
 * <p>The large sheets are written side by side, one thread per core: each is deflated into a temporary file
 * as its rows are written, and the zip takes those compressed bytes as they are, in the layout's order. Sheets
 * given the same lane (the copies of one source file, which share its open package) are written one after
 * another on one thread. The temporary files are deleted once the workbook is written or has failed.
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
    private static final AtomicInteger THREADS = new AtomicInteger();

    /** A large sheet's writer and the lane it is written in. */
    private record Streamed(Object lane, Consumer<StreamedRows> body) {
    }

    /** One part of the laid-out package, in the package's order. */
    private record Part(String name, byte[] bytes) {
    }

    private final XSSFWorkbook layout;
    private final Map<String, Streamed> bodies = new LinkedHashMap<>();
    private final List<AutoCloseable> opened = new ArrayList<>();

    StreamedWorkbook(XSSFWorkbook layout) {
        this.layout = layout;
    }

    /** The rows of {@code sheet}, left empty in the layout, come from {@code body} when the workbook is written. */
    void stream(XSSFSheet sheet, Consumer<StreamedRows> body) {
        stream(sheet, sheet, body);
    }

    /**
     * As {@link #stream(XSSFSheet, Consumer)}, for a sheet whose writer shares something that is not safe to
     * use from two threads with the other sheets of {@code lane}: they are written one after another, in the
     * order they were given.
     */
    void stream(XSSFSheet sheet, Object lane, Consumer<StreamedRows> body) {
        if (sheet.getPhysicalNumberOfRows() > 0) {
            throw new IllegalStateException(sheet.getSheetName() + ": a streamed sheet has no rows in the layout");
        }
        bodies.put(sheet.getPackagePart().getPartName().getName().substring(1), new Streamed(lane, body));
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
        List<Part> parts = laidOutParts();
        Map<Object, List<Part>> lanes = new LinkedHashMap<>();
        Map<String, CompletableFuture<DeflatedPart>> written = new HashMap<>();
        for (Part p : parts) {
            Streamed s = bodies.get(p.name());
            if (s != null) {
                lanes.computeIfAbsent(s.lane(), k -> new ArrayList<>()).add(p);
                written.put(p.name(), new CompletableFuture<>());
            }
        }
        if (written.size() != bodies.size()) {
            throw new IllegalStateException("streamed sheets missing from the layout: " + bodies.keySet());
        }
        Scratch scratch = new Scratch();
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), lanes.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "haircut-sheet-writer-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            // Longest first, so the other thread is not left idle at the end: a shared lane copies a source file,
            // whose every row is parsed as well as written; the others in the layout's order.
            List<List<Part>> order = new ArrayList<>();
            int shared = 0;
            for (Map.Entry<Object, List<Part>> lane : lanes.entrySet()) {
                order.add(lane.getKey() instanceof XSSFSheet ? order.size() : shared++, lane.getValue());
            }
            order.forEach(lane -> pool.execute(() -> writeLane(lane, written, scratch)));
            ZipArchiveOutputStream zip = new ZipArchiveOutputStream(new AtomicFileWriter.KeepOpen(target));
            zip.setLevel(COMPRESSION);
            zip.setUseZip64(Zip64Mode.AsNeeded);
            for (Part p : parts) {
                CompletableFuture<DeflatedPart> sheet = written.get(p.name());
                if (sheet == null) {
                    zip.putArchiveEntry(new ZipArchiveEntry(p.name()));
                    zip.write(p.bytes());
                    zip.closeArchiveEntry();
                } else {
                    DeflatedPart d = await(sheet);
                    ZipArchiveEntry entry = new ZipArchiveEntry(p.name());
                    entry.setMethod(ZipEntry.DEFLATED);
                    entry.setCrc(d.crc());
                    entry.setSize(d.size());
                    entry.setCompressedSize(d.compressedSize());
                    try (InputStream in = Files.newInputStream(d.file())) {
                        zip.addRawArchiveEntry(entry, in);
                    }
                }
            }
            zip.finish();
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scratch.delete();
        }
    }

    /** The package POI laid out, part by part. */
    private List<Part> laidOutParts() throws IOException {
        ByteArrayOutputStream laidOut = new ByteArrayOutputStream();
        layout.write(laidOut);
        List<Part> parts = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(laidOut.toByteArray()))) {
            for (ZipEntry part = zip.getNextEntry(); part != null; part = zip.getNextEntry()) {
                parts.add(new Part(part.getName(), zip.readAllBytes()));
            }
        }
        return parts;
    }

    /** The sheets of one lane, in order, each deflated into its own temporary file; after a failure the rest fail with it. */
    private void writeLane(List<Part> lane, Map<String, CompletableFuture<DeflatedPart>> written, Scratch scratch) {
        Throwable failure = null;
        for (Part p : lane) {
            CompletableFuture<DeflatedPart> result = written.get(p.name());
            if (failure == null && Thread.currentThread().isInterrupted()) {
                failure = new Cancelled();
            }
            if (failure != null) {
                result.completeExceptionally(failure);
                continue;
            }
            try (DeflatedPart out = scratch.newPart()) {
                streamSheet(p.name(), new String(p.bytes(), StandardCharsets.UTF_8), bodies.get(p.name()).body(), out);
                out.close();
                result.complete(out);
            } catch (Throwable t) { // handed to the writing thread, which reports it
                failure = t;
                result.completeExceptionally(t);
            }
        }
    }

    /** A sheet's compressed bytes once its lane has written them; its writer's failure as the writer threw it. */
    private static DeflatedPart await(CompletableFuture<DeflatedPart> sheet) throws IOException {
        try {
            return sheet.get();
        } catch (InterruptedException e) {
            throw new Cancelled(); // Ctrl-C while a sheet was being written; the lanes stop when the pool shuts down
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** The temporary files of one workbook's sheets; none is created once they are being deleted. */
    private static final class Scratch {
        private final List<Path> files = new ArrayList<>();
        private boolean deleted;

        synchronized DeflatedPart newPart() throws IOException {
            if (deleted) {
                throw new Cancelled();
            }
            Path file = Files.createTempFile("haircut-sheet-", ".deflated");
            files.add(file);
            return new DeflatedPart(file);
        }

        synchronized void delete() {
            deleted = true;
            for (Path f : files) {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    // the system's temporary folder: nothing of the workbook depends on it
                }
            }
        }
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

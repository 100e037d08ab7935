package io.haircut.xlsx.streaming;

import io.haircut.Cancelled;
import io.haircut.output.AtomicFileWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.zip.CRC32;
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
 * <p>The large sheets' rows are written side by side, one thread per core, from {@link #start()} on, while
 * the small sheets are still being laid out: each sheet's rows are deflated into a temporary file as they are
 * written, as a run that the deflated head and tail of the laid-out sheet are joined to (CRC-32s joined by
 * {@link Crc32Join}), and the zip takes those bytes as they are, in the layout's order. Sheets given the same
 * lane (the copies of one source file, which share its open package) are written one after another on one
 * thread. The temporary files are deleted once the workbook is written, has failed, or is closed unwritten.
 *
 * <p>The zip is plain (zip64 only where an entry needs it, so every reader opens it), and compressed at
 * the fastest level: on a million-row ledger the default level costs three times as long for a file a
 * fifth smaller.
 */
public final class StreamedWorkbook implements AutoCloseable {

    static final int COMPRESSION = Deflater.BEST_SPEED;

    /** Elements that follow {@code <hyperlinks>} in a worksheet (ECMA-376 Part 1, 18.3.1.99, CT_Worksheet order). */
    private static final List<String> AFTER_HYPERLINKS = List.of("<printOptions", "<pageMargins", "<pageSetup",
            "<headerFooter", "<rowBreaks", "<colBreaks", "<customProperties", "<cellWatches", "<ignoredErrors",
            "<smartTags", "<drawing", "<legacyDrawing", "<legacyDrawingHF", "<picture", "<oleObjects", "<controls",
            "<webPublishItems", "<tableParts", "<extLst", "</worksheet>");
    private static final byte[] OPEN = "<sheetData>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "</sheetData>".getBytes(StandardCharsets.US_ASCII);
    private static final AtomicInteger THREADS = new AtomicInteger();

    /** A large sheet's part name, its writer and the lane it is written in. */
    private record Streamed(String part, Object lane, Consumer<StreamedRows> body) {
    }

    /** A large sheet's rows, deflated, and the links its writer recorded. */
    public record Rows(DeflatedPart deflated, List<StreamedRows.Link> links) {
    }

    private final XSSFWorkbook layout;
    private final Map<String, Streamed> bodies = new LinkedHashMap<>();
    /** Read by the writer threads while sheets given after the first start are added: a concurrent map. */
    private final Map<String, CompletableFuture<Rows>> written = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<AutoCloseable> opened = new ArrayList<>();
    private final Scratch scratch = new Scratch();
    private final int threads;
    private ExecutorService pool;
    /** The parts whose rows have been handed to a writer thread. */
    private final Set<String> started = new HashSet<>();
    private final Set<Object> startedLanes = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private boolean writing;
    private boolean closed;

    public StreamedWorkbook(XSSFWorkbook layout) {
        this(layout, Runtime.getRuntime().availableProcessors());
    }

    /** With at most {@code threads} writer threads (the source copies written ahead of an export use one). */
    public StreamedWorkbook(XSSFWorkbook layout, int threads) {
        this.layout = layout;
        this.threads = Math.max(1, threads);
    }

    /** The rows of {@code sheet}, left empty in the layout, come from {@code body}, on another thread. */
    public void stream(XSSFSheet sheet, Consumer<StreamedRows> body) {
        stream(sheet, sheet, body);
    }

    /**
     * As {@link #stream(XSSFSheet, Consumer)}, for a sheet whose writer shares something that is not safe to
     * use from two threads with the other sheets of {@code lane}: they are written one after another, in the
     * order they were given. A body reads only what is settled before {@link #start()}: the ledger, the
     * source files, the styles already made.
     */
    public void stream(XSSFSheet sheet, Object lane, Consumer<StreamedRows> body) {
        if (writing) {
            throw new IllegalStateException(sheet.getSheetName() + ": streamed after the workbook started to be written");
        }
        if (sheet.getPhysicalNumberOfRows() > 0) {
            throw new IllegalStateException(sheet.getSheetName() + ": a streamed sheet has no rows in the layout");
        }
        String part = sheet.getPackagePart().getPartName().getName().substring(1);
        bodies.put(part, new Streamed(part, lane, body));
        written.put(part, new CompletableFuture<>());
    }

    /**
     * The rows of {@code sheet} were written before this workbook by another one ({@link SourceCopiesAhead}), which
     * keeps their temporary file: this workbook only reads it.
     */
    public void prewritten(XSSFSheet sheet, CompletableFuture<Rows> rows) {
        if (writing) {
            throw new IllegalStateException(sheet.getSheetName() + ": given after the workbook started to be written");
        }
        written.put(sheet.getPackagePart().getPartName().getName().substring(1), rows);
    }

    /** The rows of the streamed sheet named {@code sheetName}, once written; for a later workbook to take as they are. */
    public CompletableFuture<Rows> rowsOf(String sheetName) {
        XSSFSheet sheet = layout.getSheet(sheetName);
        CompletableFuture<Rows> rows = sheet == null ? null : written.get(sheet.getPackagePart().getPartName().getName().substring(1));
        if (rows == null) {
            throw new IllegalArgumentException(sheetName + ": not a streamed sheet");
        }
        return rows;
    }

    /** Closed once the workbook is written, or its writing failed: what the bodies open as they run (a source file). */
    public synchronized void closeAfterWriting(AutoCloseable resource) {
        opened.add(resource);
    }

    /**
     * Starts writing the rows of the large sheets given since the last start, while the caller goes on laying
     * out the rest; may be called again for sheets given later (the exporter starts the source copies, the
     * longest, before anything else). Longest first within a start, so the other thread is not left idle at
     * the end: a shared lane copies a source file, whose every row is parsed as well as written; the others in
     * the order they were given. One thread per core.
     */
    public void start() {
        Map<Object, List<Streamed>> lanes = new LinkedHashMap<>();
        bodies.values().stream().filter(s -> started.add(s.part()))
                .forEach(s -> lanes.computeIfAbsent(s.lane(), k -> new ArrayList<>()).add(s));
        if (lanes.isEmpty()) {
            return;
        }
        for (Object lane : lanes.keySet()) {
            if (!startedLanes.add(lane)) { // its sheets share what is not safe on two threads: one task writes them all
                throw new IllegalStateException("a lane's sheets are all given before the start that writes them");
            }
        }
        List<List<Streamed>> order = new ArrayList<>();
        int shared = 0;
        for (Map.Entry<Object, List<Streamed>> lane : lanes.entrySet()) {
            order.add(lane.getKey() instanceof XSSFSheet ? order.size() : shared++, lane.getValue());
        }
        if (pool == null) {
            pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "haircut-sheet-writer-" + THREADS.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }
        order.forEach(lane -> pool.execute(() -> writeLane(lane)));
    }

    /** Lays out the package, joins each large sheet's rows into it, and writes the zip; then closes. */
    public void write(OutputStream target) throws IOException {
        try {
            writing = true;
            start();
            writeParts(target);
        } finally {
            close();
        }
    }

    /** Stops the rows still being written, deletes their temporary files and closes what the bodies opened. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (pool != null) {
            pool.shutdownNow();
            boolean interrupted = false;
            while (true) {
                try {
                    if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                        break;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        scratch.delete();
        closeOpened();
    }

    /**
     * Once every sheet's rows are written, for a workbook whose rows another one takes ({@link SourceCopiesAhead}):
     * its threads end and what the bodies opened is closed; the temporary files stay until {@link #close()}.
     */
    public synchronized void finishedWriting() {
        if (pool != null) {
            pool.shutdown();
        }
        closeOpened();
    }

    /** Closes what the bodies opened (a source file), once they are all done with it; again, it does nothing. */
    synchronized void closeOpened() {
        for (AutoCloseable resource : opened) {
            try {
                resource.close();
            } catch (Exception e) {
                // a file opened only for reading: the workbook is written (or failed) all the same
            }
        }
        opened.clear();
    }

    private void writeParts(OutputStream target) throws IOException {
        ByteArrayOutputStream laidOut = new ByteArrayOutputStream();
        layout.write(laidOut);
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(new AtomicFileWriter.KeepOpen(target));
        zip.setLevel(COMPRESSION);
        zip.setUseZip64(Zip64Mode.AsNeeded);
        Set<String> pending = new HashSet<>(written.keySet());
        try (ZipInputStream parts = new ZipInputStream(new ByteArrayInputStream(laidOut.toByteArray()))) {
            for (ZipEntry part = parts.getNextEntry(); part != null; part = parts.getNextEntry()) {
                byte[] bytes = parts.readAllBytes();
                if (!pending.remove(part.getName())) {
                    zip.putArchiveEntry(new ZipArchiveEntry(part.getName()));
                    zip.write(bytes);
                    zip.closeArchiveEntry();
                } else {
                    addSheet(zip, part.getName(), new String(bytes, StandardCharsets.UTF_8), await(written.get(part.getName())));
                }
            }
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException("streamed sheets missing from the layout: " + pending);
        }
        zip.finish();
    }

    /** The laid-out sheet with its rows: everything before {@code <sheetData/>}, the rows, everything after, links inserted. */
    private static void addSheet(ZipArchiveOutputStream zip, String name, String xml, Rows rows) throws IOException {
        int data = xml.indexOf("<sheetData/>");
        if (data < 0) {
            throw new IllegalStateException(name + ": no empty <sheetData/> in the laid-out sheet");
        }
        // The laid-out dimension says A1; a reader that trusts it would see one cell, so it goes (it is optional).
        byte[] head = xml.substring(0, data).replaceFirst("<dimension ref=\"[A-Z0-9:]*\"/>", "").getBytes(StandardCharsets.UTF_8);
        String tail = xml.substring(data + "<sheetData/>".length());
        String links = StreamedRows.hyperlinksXml(rows.links());
        if (!links.isEmpty()) {
            if (tail.contains("<hyperlinks")) {
                throw new IllegalStateException(name + ": links both in the layout and streamed");
            }
            int at = AFTER_HYPERLINKS.stream().mapToInt(tail::indexOf).filter(i -> i >= 0).min().orElse(tail.length());
            tail = tail.substring(0, at) + links + tail.substring(at);
        }
        byte[] tailBytes = tail.getBytes(StandardCharsets.UTF_8);
        byte[] headDeflated = DeflatedPart.deflated(head, false);
        byte[] tailDeflated = DeflatedPart.deflated(tailBytes, true);
        DeflatedPart body = rows.deflated();
        long crc = Crc32Join.of(Crc32Join.of(crc(head), body.crc(), body.size()), crc(tailBytes), tailBytes.length);
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        entry.setCrc(crc);
        entry.setSize(head.length + body.size() + tailBytes.length);
        entry.setCompressedSize(headDeflated.length + body.compressedSize() + tailDeflated.length);
        try (InputStream bodyBytes = Files.newInputStream(body.file());
                InputStream joined = new SequenceInputStream(Collections.enumeration(List.of(
                        new ByteArrayInputStream(headDeflated), bodyBytes, new ByteArrayInputStream(tailDeflated))))) {
            zip.addRawArchiveEntry(entry, joined);
        }
    }

    private static long crc(byte[] bytes) {
        CRC32 c = new CRC32();
        c.update(bytes);
        return c.getValue();
    }

    /** The sheets of one lane, in order, each deflated into its own temporary file; after a failure the rest fail with it. */
    private void writeLane(List<Streamed> lane) {
        Throwable failure = null;
        for (Streamed s : lane) {
            CompletableFuture<Rows> result = written.get(s.part());
            if (failure == null && Thread.currentThread().isInterrupted()) {
                failure = new Cancelled();
            }
            if (failure != null) {
                result.completeExceptionally(failure);
                continue;
            }
            try (DeflatedPart out = scratch.newPart()) {
                out.write(OPEN);
                StreamedRows rows = new StreamedRows(out);
                s.body().accept(rows);
                rows.finish();
                out.write(CLOSE);
                out.close();
                result.complete(new Rows(out, rows.links()));
            } catch (Throwable t) { // handed to the writing thread, which reports it
                failure = t;
                result.completeExceptionally(t);
            }
        }
    }

    /** A sheet's rows once its lane has written them; its writer's failure as the writer threw it. */
    private static Rows await(CompletableFuture<Rows> sheet) throws IOException {
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
            file.toFile().deleteOnExit(); // a session that ends without closing its workbooks (copies written ahead) leaves none
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
}

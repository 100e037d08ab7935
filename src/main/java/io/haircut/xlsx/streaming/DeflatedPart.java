package io.haircut.xlsx.streaming;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A run of one zip entry's bytes, deflated into a temporary file as they are written, with what the zip's
 * headers need (CRC-32, size before and after). The run ends on a byte boundary without marking the last
 * block (a sync flush), so a deflated head can go before it and a deflated tail after it: a large sheet's
 * rows are compressed on their own thread while the sheet around them is still being laid out
 * ({@link StreamedWorkbook}).
 */
final class DeflatedPart extends OutputStream {

    private static final int BUFFER = 1 << 16;

    private final Path file;
    private final OutputStream fileOut;
    private final Deflater deflater = new Deflater(StreamedWorkbook.COMPRESSION, true); // raw deflate, as a zip holds it
    private final DeflaterOutputStream out;
    private final CRC32 crc = new CRC32();
    private long size;
    private long compressedSize;
    private boolean closed;

    DeflatedPart(Path file) throws IOException {
        this.file = file;
        this.fileOut = new BufferedOutputStream(Files.newOutputStream(file), BUFFER);
        this.out = new DeflaterOutputStream(fileOut, deflater, BUFFER, true);
    }

    /** {@code bytes} deflated in memory; {@code last} marks the final block, else the run ends with a sync flush. */
    static byte[] deflated(byte[] bytes, boolean last) throws IOException {
        Deflater d = new Deflater(StreamedWorkbook.COMPRESSION, true);
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(bytes.length / 4 + 64);
            DeflaterOutputStream run = new DeflaterOutputStream(buffer, d, 8192, true);
            run.write(bytes);
            if (last) {
                run.finish();
            } else {
                run.flush();
            }
            return buffer.toByteArray();
        } finally {
            d.end();
        }
    }

    @Override
    public void write(int b) throws IOException {
        crc.update(b);
        size++;
        out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        crc.update(b, off, len);
        size += len;
        out.write(b, off, len);
    }

    /** Ends the run with a sync flush and closes the file; the figures below are then final. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            try {
                out.flush(); // not finish(): a tail follows
                compressedSize = deflater.getBytesWritten();
            } finally {
                try {
                    fileOut.close();
                } finally {
                    deflater.end();
                }
            }
        }
    }

    Path file() {
        return file;
    }

    long crc() {
        return crc.getValue();
    }

    long size() {
        return size;
    }

    long compressedSize() {
        return compressedSize;
    }
}

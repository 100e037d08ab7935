package io.haircut.xlsx;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * One zip entry's bytes, deflated into a temporary file as they are written, with what the zip's headers
 * need (CRC-32, size before and after): a large sheet is compressed on its own thread and the zip takes the
 * compressed bytes as they are ({@link StreamedWorkbook}).
 */
final class DeflatedPart extends OutputStream {

    private static final int BUFFER = 1 << 16;

    private final Path file;
    private final Deflater deflater = new Deflater(StreamedWorkbook.COMPRESSION, true); // raw deflate, as a zip holds it
    private final DeflaterOutputStream out;
    private final CRC32 crc = new CRC32();
    private long size;
    private long compressedSize;
    private boolean finished;

    DeflatedPart(Path file) throws IOException {
        this.file = file;
        this.out = new DeflaterOutputStream(new BufferedOutputStream(Files.newOutputStream(file), BUFFER), deflater, BUFFER);
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

    /** Ends the deflated stream and closes the file; the figures below are then final. */
    @Override
    public void close() throws IOException {
        if (!finished) {
            finished = true;
            try {
                out.finish();
                compressedSize = deflater.getBytesWritten();
            } finally {
                try {
                    out.close();
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

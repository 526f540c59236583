package dev.quiver.embedded.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads the frames of one WAL file in order, checking each one's length, lsn (dense, starting at the file's first
 * lsn) and checksum, and stops at the first frame that fails. Not thread-safe; one scanner per file pass.
 */
final class WalFileScanner {
    private static final int WINDOW_BYTES = 1 << 20;

    /**
     * Where a scan stopped.
     *
     * @param goodEnd the offset just past the last intact frame
     * @param nextLsn the lsn the next frame should carry
     * @param records the number of intact frames
     * @param problem why the frame at {@code goodEnd} failed, or {@code null} when the scan reached the end
     */
    record Outcome(long goodEnd, long nextLsn, long records, @Nullable String problem) {
    }

    private final Path file;
    private final FileChannel channel;
    private final long size;
    private byte[] window = new byte[WINDOW_BYTES];
    private long windowStart;
    private int windowLength;

    WalFileScanner(Path file, FileChannel channel, long size) {
        this.file = file;
        this.channel = channel;
        this.size = size;
    }

    /**
     * Scans from the start of the file, passing every intact record with lsn greater than {@code afterLsn} to
     * {@code visitor} (when not null).
     */
    Outcome scan(long firstLsn, long afterLsn, @Nullable WalVisitor visitor) throws IOException {
        long position = 0;
        long lsn = firstLsn;
        long records = 0;
        while (position < size) {
            String problem = check(position, lsn);
            if (problem != null) {
                return new Outcome(position, lsn, records, problem);
            }
            int at = load(position, WalFrame.HEADER_BYTES);
            int length = intAt(at + WalFrame.LENGTH_OFFSET);
            if (visitor != null && lsn > afterLsn) {
                byte type = window[at + WalFrame.TYPE_OFFSET];
                int payloadAt = load(position, WalFrame.HEADER_BYTES + length) + WalFrame.HEADER_BYTES;
                visitor.visit(lsn, type, Arrays.copyOfRange(window, payloadAt, payloadAt + length));
            }
            position += WalFrame.HEADER_BYTES + length;
            lsn++;
            records++;
        }
        return new Outcome(position, lsn, records, null);
    }

    /**
     * Looks for an intact frame starting anywhere after {@code from} whose lsn is at least {@code minLsn}: its
     * presence shows that damage at {@code from - 1} is not a torn tail.
     *
     * @return the offset of such a frame, or -1
     */
    long findIntactFrameAfter(long from, long minLsn) throws IOException {
        for (long position = from; position + WalFrame.HEADER_BYTES <= size; position++) {
            int at = load(position, WalFrame.HEADER_BYTES);
            long lsn = longAt(at + WalFrame.LSN_OFFSET);
            long maxLsn = minLsn + (size - position) / WalFrame.HEADER_BYTES;
            if (lsn >= minLsn && lsn <= maxLsn && check(position, lsn) == null) {
                return position;
            }
        }
        return -1;
    }

    /**
     * Counts the records, whole or partial, that a cut at {@code from} drops (at least 1 when anything is there). The
     * frames are followed by their length fields; when that chain ends exactly at the end of the file with the
     * consecutive lsns from {@code nextLsn} it is trusted, otherwise (a damaged length field) the tail counts as the
     * one damaged record.
     */
    long countFramesFrom(long from, long nextLsn) throws IOException {
        long count = 0;
        long position = from;
        while (position < size) {
            if (size - position < WalFrame.HEADER_BYTES) {
                return 1;
            }
            int at = load(position, WalFrame.HEADER_BYTES);
            int length = intAt(at + WalFrame.LENGTH_OFFSET);
            long lsn = longAt(at + WalFrame.LSN_OFFSET);
            if (length < 0 || length > WalFrame.MAX_PAYLOAD_BYTES || lsn != nextLsn + count) {
                return 1;
            }
            count++;
            position += WalFrame.HEADER_BYTES + (long) length;
        }
        return Math.max(count, 1);
    }

    /** Why the frame at {@code position} is not an intact frame carrying {@code expectedLsn}, or null if it is. */
    private @Nullable String check(long position, long expectedLsn) throws IOException {
        long remaining = size - position;
        if (remaining < WalFrame.HEADER_BYTES) {
            return "partial frame header (" + remaining + " of " + WalFrame.HEADER_BYTES + " bytes)";
        }
        int at = load(position, WalFrame.HEADER_BYTES);
        int length = intAt(at + WalFrame.LENGTH_OFFSET);
        if (length < 0 || length > WalFrame.MAX_PAYLOAD_BYTES) {
            return "implausible payload length " + length;
        }
        if (WalFrame.HEADER_BYTES + (long) length > remaining) {
            return "frame of " + length + " payload bytes runs past the end of the file (" + remaining + " bytes left)";
        }
        long lsn = longAt(at + WalFrame.LSN_OFFSET);
        if (lsn != expectedLsn) {
            return "lsn " + lsn + " where " + expectedLsn + " was expected";
        }
        at = load(position, WalFrame.HEADER_BYTES + length);
        int stored = intAt(at + WalFrame.CRC_OFFSET);
        int actual = WalFrame.checksum(window, at, length);
        if (stored != actual) {
            return String.format("checksum mismatch (stored 0x%08x, computed 0x%08x)", stored, actual);
        }
        return null;
    }

    /** Makes bytes [position, position + length) available in the window; returns their offset in it. */
    private int load(long position, int length) throws IOException {
        if (position >= windowStart && position + length <= windowStart + windowLength) {
            return (int) (position - windowStart);
        }
        if (length > window.length) {
            window = new byte[length];
        }
        int toRead = (int) Math.min(window.length, size - position);
        FileIo.readFully(channel, ByteBuffer.wrap(window, 0, toRead), position, file);
        windowStart = position;
        windowLength = toRead;
        return 0;
    }

    private int intAt(int offset) {
        return (window[offset] & 0xff) << 24 | (window[offset + 1] & 0xff) << 16
                | (window[offset + 2] & 0xff) << 8 | window[offset + 3] & 0xff;
    }

    private long longAt(int offset) {
        return (long) intAt(offset) << 32 | intAt(offset + 4) & 0xffffffffL;
    }
}

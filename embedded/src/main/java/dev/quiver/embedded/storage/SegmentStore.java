package dev.quiver.embedded.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

/**
 * Immutable segment files, {@code <dir>/segments/<id>.seg}: each is written once, atomically (temp file, force,
 * rename, force the directory) with a CRC-32C checksum, and mapped back in read-only. Temp files left by a crash are
 * deleted when the store opens. Thread-safe for distinct segment ids; writing the same id from two threads at once is
 * a caller error.
 *
 * <p>File layout (big-endian): magic {@code "QSEG"} (int), format version (int), CRC-32C of every byte from offset 16
 * to the end (int), CRC-32C of the bytes from offset 16 to the end of the header (int), header length (int), reserved
 * (int), body length (long), header, zero padding to a multiple of 64, body. The second checksum lets
 * {@link #readHeader(long)} check a header without reading the body.
 */
public final class SegmentStore {
    static final String DIRECTORY_NAME = "segments";
    static final String TEMP_SUFFIX = ".seg.tmp";
    private static final Pattern FILE_NAME = Pattern.compile("(\\d{1,19})\\.seg");
    private static final int MAGIC = 0x51534547; // "QSEG"
    private static final int VERSION = 1;
    private static final int PREFIX_BYTES = 32;
    private static final int FILE_CRC_OFFSET = 8;
    private static final int HEADER_CRC_OFFSET = 12;
    private static final int CHECKED_FROM = 16;
    private static final int BODY_ALIGNMENT = 64;

    private final Path directory;

    SegmentStore(Path directory) throws IOException {
        this.directory = directory;
        FileIo.createDirectories(directory);
        FileIo.deleteLeftovers(directory, TEMP_SUFFIX);
    }

    /** The directory holding the segment files. */
    public Path directory() {
        return directory;
    }

    /** The path of segment {@code segmentId}'s file relative to the data directory, as the manifest lists it. */
    public static String relativePath(long segmentId) {
        requireValidId(segmentId);
        return DIRECTORY_NAME + "/" + segmentId + ".seg";
    }

    /** The segment id of a path {@link #relativePath(long)} made, or -1 when it is not a segment file's path. */
    public static long idOf(String relativePath) {
        if (!relativePath.startsWith(DIRECTORY_NAME + "/")) {
            return -1;
        }
        Matcher matcher = FILE_NAME.matcher(relativePath.substring(DIRECTORY_NAME.length() + 1));
        if (!matcher.matches()) {
            return -1;
        }
        try {
            return Long.parseLong(matcher.group(1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The file of segment {@code segmentId} (whether or not it exists). */
    public Path file(long segmentId) {
        requireValidId(segmentId);
        return directory.resolve(segmentId + ".seg");
    }

    /**
     * Writes segment {@code segmentId} atomically and durably: after a crash the file is either absent (or its old
     * version) or complete. An existing file of the same id is replaced. The body buffers are read from their position
     * to their limit without being modified.
     *
     * @param header a small description of the body, stored verbatim
     * @param body   the body, concatenated in order; total file size must stay below 2 GiB
     * @throws IOException naming the file and the failed step
     */
    public void write(long segmentId, byte[] header, ByteBuffer... body) throws IOException {
        Path target = file(segmentId);
        long bodyLength = 0;
        for (ByteBuffer part : body) {
            bodyLength += part.remaining();
        }
        int bodyOffset = align(PREFIX_BYTES + header.length);
        if (bodyOffset + bodyLength > Integer.MAX_VALUE) {
            throw new IOException("cannot write segment file " + target + ": " + (bodyOffset + bodyLength)
                    + " bytes exceed the 2 GiB limit of a segment file; seal segments smaller");
        }
        ByteBuffer head = ByteBuffer.allocate(bodyOffset).order(ByteOrder.BIG_ENDIAN);
        head.putInt(MAGIC).putInt(VERSION).putInt(0).putInt(0)
                .putInt(header.length).putInt(0).putLong(bodyLength).put(header);
        CRC32C headerCrc = new CRC32C();
        headerCrc.update(head.array(), CHECKED_FROM, PREFIX_BYTES - CHECKED_FROM + header.length);
        head.putInt(HEADER_CRC_OFFSET, (int) headerCrc.getValue());
        CRC32C crc = new CRC32C();
        crc.update(head.array(), CHECKED_FROM, bodyOffset - CHECKED_FROM);
        for (ByteBuffer part : body) {
            crc.update(part.duplicate());
        }
        head.putInt(FILE_CRC_OFFSET, (int) crc.getValue());
        head.clear();
        long total = bodyOffset + bodyLength;
        FileIo.replaceAtomically(target, directory.resolve(segmentId + TEMP_SUFFIX), channel -> {
            FileIo.writeFully(channel, head, 0);
            long position = bodyOffset;
            for (ByteBuffer part : body) {
                ByteBuffer view = part.duplicate();
                int length = view.remaining();
                FileIo.writeFully(channel, view, position);
                position += length;
            }
            if (position != total) {
                throw new IOException("segment body changed while being written");
            }
        }, "segment");
    }

    /**
     * Maps segment {@code segmentId} read-only and verifies its checksum (which reads the whole file once).
     *
     * @throws NoSuchFileException        when no such segment was written
     * @throws StorageCorruptedException  naming the file when it is truncated or fails its checksum
     * @throws IOException                naming the file when it cannot be read
     */
    public MappedSegment open(long segmentId) throws IOException {
        Path file = file(segmentId);
        MappedByteBuffer map;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < PREFIX_BYTES) {
                throw corrupt(file, "it is " + size + " bytes long, shorter than its " + PREFIX_BYTES + "-byte prefix");
            }
            if (size > Integer.MAX_VALUE) {
                throw corrupt(file, "it is " + size + " bytes long, more than a segment file can be");
            }
            map = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
        } catch (NoSuchFileException e) {
            throw missing(file, e);
        } catch (StorageCorruptedException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException("cannot map segment file " + file + ": " + e, e);
        }
        map.order(ByteOrder.BIG_ENDIAN);
        int size = map.capacity();
        int headerLength = checkPrefix(file, map.slice(0, PREFIX_BYTES).order(ByteOrder.BIG_ENDIAN), size);
        long bodyLength = map.getLong(24);
        verify(file, "checksum", map.getInt(FILE_CRC_OFFSET), map.slice(CHECKED_FROM, size - CHECKED_FROM));
        verify(file, "header checksum", map.getInt(HEADER_CRC_OFFSET),
                map.slice(CHECKED_FROM, PREFIX_BYTES - CHECKED_FROM + headerLength));
        int bodyOffset = (int) align(PREFIX_BYTES + (long) headerLength);
        return new MappedSegment(segmentId, file, map, PREFIX_BYTES, headerLength, bodyOffset, (int) bodyLength);
    }

    /**
     * Reads only the header of segment {@code segmentId}, checking the header's own checksum but not the body's (which
     * {@link #open(long)} checks): cheap enough to list what every segment holds at start-up.
     *
     * @throws NoSuchFileException        when no such segment was written
     * @throws StorageCorruptedException  naming the file when the prefix or header is damaged
     * @throws IOException                naming the file when it cannot be read
     */
    public byte[] readHeader(long segmentId) throws IOException {
        Path file = file(segmentId);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < PREFIX_BYTES) {
                throw corrupt(file, "it is " + size + " bytes long, shorter than its " + PREFIX_BYTES + "-byte prefix");
            }
            ByteBuffer prefix = ByteBuffer.allocate(PREFIX_BYTES).order(ByteOrder.BIG_ENDIAN);
            FileIo.readFully(channel, prefix, 0, file);
            int headerLength = checkPrefix(file, prefix, size);
            ByteBuffer checked = ByteBuffer.allocate(PREFIX_BYTES - CHECKED_FROM + headerLength);
            checked.put(prefix.array(), CHECKED_FROM, PREFIX_BYTES - CHECKED_FROM);
            FileIo.readFully(channel, checked, PREFIX_BYTES, file);
            verify(file, "header checksum", prefix.getInt(HEADER_CRC_OFFSET), checked.flip());
            return Arrays.copyOfRange(checked.array(), PREFIX_BYTES - CHECKED_FROM, checked.capacity());
        } catch (NoSuchFileException e) {
            throw missing(file, e);
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().contains(file.toString())) {
                throw e;
            }
            throw new IOException("cannot read the header of segment file " + file + ": " + e, e);
        }
    }

    /**
     * Deletes segment {@code segmentId}'s file (a mapping still in use stays readable until released).
     *
     * @return whether a file was deleted
     */
    public boolean delete(long segmentId) throws IOException {
        Path file = file(segmentId);
        boolean deleted;
        try {
            deleted = Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new IOException("cannot delete segment file " + file + ": " + e, e);
        }
        if (deleted) {
            FileIo.forceDirectory(directory);
        }
        return deleted;
    }

    /** The ids of the stored segments, ascending. */
    public List<Long> list() throws IOException {
        List<Long> ids = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.seg")) {
            for (Path file : files) {
                Matcher matcher = FILE_NAME.matcher(file.getFileName().toString());
                if (matcher.matches()) {
                    try {
                        ids.add(Long.parseLong(matcher.group(1)));
                    } catch (NumberFormatException ignored) {
                        // 19 digits above Long.MAX_VALUE: not a file this store wrote
                    }
                }
            }
        } catch (IOException e) {
            throw new IOException("cannot list segment directory " + directory + ": " + e, e);
        }
        ids.sort(null);
        return ids;
    }

    /** Checks magic, version and lengths against the file size; returns the header length. */
    private static int checkPrefix(Path file, ByteBuffer prefix, long size) throws IOException {
        int magic = prefix.getInt(0);
        if (magic != MAGIC) {
            throw corrupt(file, String.format("bad magic 0x%08x (not a Quiver segment file)", magic));
        }
        int version = prefix.getInt(4);
        if (version != VERSION) {
            throw new IOException("segment file " + file + " has format version " + version
                    + ", this Quiver reads version " + VERSION);
        }
        int headerLength = prefix.getInt(16);
        long bodyLength = prefix.getLong(24);
        if (headerLength < 0 || bodyLength < 0 || align(PREFIX_BYTES + (long) headerLength) + bodyLength != size) {
            throw corrupt(file, "header length " + headerLength + " and body length " + bodyLength
                    + " do not match the file size " + size);
        }
        return headerLength;
    }

    private static void verify(Path file, String what, int stored, ByteBuffer checked) throws StorageCorruptedException {
        CRC32C crc = new CRC32C();
        crc.update(checked);
        int actual = (int) crc.getValue();
        if (actual != stored) {
            throw corrupt(file, String.format("%s mismatch (stored 0x%08x, computed 0x%08x)", what, stored, actual));
        }
    }

    private static NoSuchFileException missing(Path file, NoSuchFileException cause) {
        NoSuchFileException missing = new NoSuchFileException(file.toString(), null, "segment file does not exist");
        missing.initCause(cause);
        return missing;
    }

    private static StorageCorruptedException corrupt(Path file, String detail) {
        return new StorageCorruptedException(file, -1, "segment file " + file + " is corrupt: " + detail);
    }

    private static int align(int offset) {
        return (int) align((long) offset);
    }

    private static long align(long offset) {
        return (offset + BODY_ALIGNMENT - 1) / BODY_ALIGNMENT * BODY_ALIGNMENT;
    }

    private static void requireValidId(long segmentId) {
        if (segmentId < 0) {
            throw new IllegalArgumentException("segment id must not be negative, got " + segmentId);
        }
    }
}

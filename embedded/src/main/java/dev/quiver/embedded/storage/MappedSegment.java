package dev.quiver.embedded.storage;

import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.file.Path;

/**
 * A segment file mapped read-only into memory, its checksum verified. The mapping is released by the garbage
 * collector once this object and every buffer obtained from it are unreachable (Java cannot unmap safely earlier), so
 * dropping the last reference is how a segment is released. Thread-safe: every accessor returns an independent view.
 */
public final class MappedSegment {
    private final long id;
    private final Path file;
    private final MappedByteBuffer map;
    private final int headerOffset;
    private final int headerLength;
    private final int bodyOffset;
    private final int bodyLength;

    MappedSegment(long id, Path file, MappedByteBuffer map, int headerOffset, int headerLength, int bodyOffset,
            int bodyLength) {
        this.id = id;
        this.file = file;
        this.map = map;
        this.headerOffset = headerOffset;
        this.headerLength = headerLength;
        this.bodyOffset = bodyOffset;
        this.bodyLength = bodyLength;
    }

    /** The segment id. */
    public long id() {
        return id;
    }

    /** The file this segment was mapped from. */
    public Path file() {
        return file;
    }

    /** A copy of the header bytes given to {@link SegmentStore#write(long, byte[], ByteBuffer...)}. */
    public byte[] header() {
        byte[] copy = new byte[headerLength];
        map.get(headerOffset, copy);
        return copy;
    }

    /**
     * A read-only view of the body: the concatenation of the buffers given to
     * {@link SegmentStore#write(long, byte[], ByteBuffer...)}, position 0, limit = body length, big-endian (set the
     * order you wrote with). The body starts 64-byte aligned in the file, so aligned typed views are possible.
     */
    public ByteBuffer body() {
        return map.slice(bodyOffset, bodyLength).asReadOnlyBuffer();
    }

    /** The body length in bytes. */
    public int bodyLength() {
        return bodyLength;
    }
}

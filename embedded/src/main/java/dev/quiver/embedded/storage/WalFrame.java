package dev.quiver.embedded.storage;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;

/**
 * The on-disk frame of one WAL record, big-endian: payload length (int), CRC-32C (int), lsn (long), type (byte),
 * payload. The checksum covers the payload, then the length, lsn and type, so a frame whose length or lsn was damaged
 * fails it too; the payload comes first so that its (long) part can be computed before the lsn is assigned.
 */
final class WalFrame {
    static final int HEADER_BYTES = 17;
    static final int MAX_PAYLOAD_BYTES = (256 << 20) - HEADER_BYTES;
    static final int LENGTH_OFFSET = 0;
    static final int CRC_OFFSET = 4;
    static final int LSN_OFFSET = 8;
    static final int TYPE_OFFSET = 16;

    private WalFrame() {
    }

    /** The checksum of the encoded frame starting at {@code offset} in {@code frame} with {@code payloadLength}. */
    static int checksum(byte[] frame, int offset, int payloadLength) {
        CRC32C crc = new CRC32C();
        crc.update(frame, offset + HEADER_BYTES, payloadLength);
        crc.update(frame, offset + LENGTH_OFFSET, 4);
        crc.update(frame, offset + LSN_OFFSET, HEADER_BYTES - LSN_OFFSET);
        return (int) crc.getValue();
    }

    /** Starts the checksum of a frame from its payload alone; finished by {@link Batch#add}. */
    static CRC32C payloadChecksum(byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(payload);
        return crc;
    }

    /**
     * A growable off-heap buffer of encoded frames, filled by appenders and drained by the group-commit leader.
     * Off-heap so that the channel writes it without copying it into a temporary direct buffer of the writing
     * thread (which the JDK would then keep cached per thread). Not thread-safe.
     */
    static final class Batch {
        private static final int INITIAL_CAPACITY = 256 << 10;
        private static final int RETAINED_CAPACITY = 8 << 20;

        private final byte[] scratch = new byte[HEADER_BYTES];
        private final ByteBuffer scratchView = ByteBuffer.wrap(scratch).order(ByteOrder.BIG_ENDIAN);
        private ByteBuffer buffer = allocate(INITIAL_CAPACITY);

        /** Encodes a frame; {@code payloadCrc} is {@link #payloadChecksum(byte[])} of {@code payload}. */
        void add(long lsn, byte type, byte[] payload, CRC32C payloadCrc) {
            scratchView.putInt(LENGTH_OFFSET, payload.length).putLong(LSN_OFFSET, lsn).put(TYPE_OFFSET, type);
            payloadCrc.update(scratch, LENGTH_OFFSET, 4);
            payloadCrc.update(scratch, LSN_OFFSET, HEADER_BYTES - LSN_OFFSET);
            scratchView.putInt(CRC_OFFSET, (int) payloadCrc.getValue());
            ensureRemaining(HEADER_BYTES + payload.length);
            buffer.put(scratch).put(payload);
        }

        int size() {
            return buffer.position();
        }

        /** A view of the encoded frames, from 0 to {@link #size()}. */
        ByteBuffer contents() {
            return buffer.duplicate().flip();
        }

        void clear() {
            if (buffer.capacity() > RETAINED_CAPACITY) {
                buffer = allocate(INITIAL_CAPACITY);
            } else {
                buffer.clear();
            }
        }

        private void ensureRemaining(int needed) {
            if (buffer.remaining() >= needed) {
                return;
            }
            long required = (long) buffer.position() + needed;
            if (required > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("WAL batch would exceed 2 GiB");
            }
            ByteBuffer grown = allocate((int) Math.min(Integer.MAX_VALUE - 8, Math.max(required, buffer.capacity() * 2L)));
            grown.put(buffer.flip());
            buffer = grown;
        }

        private static ByteBuffer allocate(int capacity) {
            return ByteBuffer.allocateDirect(capacity).order(ByteOrder.BIG_ENDIAN);
        }
    }
}

package dev.quiver.embedded.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * The persisted catalog: one opaque blob in {@code <dir>/catalog.bin}, replaced atomically (temp file, force, rename,
 * force the directory) and protected by a CRC-32C checksum. After a crash {@link #read()} returns either the previous
 * catalog or the new one, never a mix. Thread-safe: writes are serialized.
 *
 * <p>File layout (big-endian): magic {@code "QCAT"}, format version (int), payload length (int), CRC-32C of the
 * payload (int), payload.
 */
public final class CatalogStore {
    static final String FILE_NAME = "catalog.bin";
    static final String TEMP_SUFFIX = ".tmp";
    private static final int MAGIC = 0x51434154; // "QCAT"
    private static final int VERSION = 1;
    private static final int HEADER_BYTES = 16;

    private final Path file;
    private final Path temp;

    CatalogStore(Path directory) throws IOException {
        this.file = directory.resolve(FILE_NAME);
        this.temp = directory.resolve(FILE_NAME + TEMP_SUFFIX);
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            throw new IOException("cannot delete leftover temp file " + temp + ": " + e, e);
        }
    }

    /** The catalog file ({@code <dir>/catalog.bin}). */
    public Path file() {
        return file;
    }

    /**
     * Atomically replaces the stored catalog with {@code catalog}; returns once it is durable.
     *
     * @throws IOException naming the file and the failed step; the previous catalog is then still in place
     */
    public synchronized void write(byte[] catalog) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.BIG_ENDIAN);
        header.putInt(MAGIC).putInt(VERSION).putInt(catalog.length).putInt(crc(catalog)).flip();
        FileIo.replaceAtomically(file, temp, channel -> {
            FileIo.writeFully(channel, header, 0);
            FileIo.writeFully(channel, ByteBuffer.wrap(catalog), HEADER_BYTES);
        });
    }

    /**
     * Reads the stored catalog.
     *
     * @return the catalog bytes, or empty when none was ever written
     * @throws StorageCorruptedException when the file is truncated or fails its checksum
     * @throws IOException                naming the file when it cannot be read
     */
    public synchronized Optional<byte[]> read() throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new IOException("cannot read catalog file " + file + ": " + e, e);
        }
        if (bytes.length < HEADER_BYTES) {
            throw corrupt("it is " + bytes.length + " bytes long, shorter than its " + HEADER_BYTES + "-byte header");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        int magic = buffer.getInt();
        int version = buffer.getInt();
        int length = buffer.getInt();
        int storedCrc = buffer.getInt();
        if (magic != MAGIC) {
            throw corrupt(String.format("bad magic 0x%08x (not a Quiver catalog file)", magic));
        }
        if (version != VERSION) {
            throw new IOException("catalog file " + file + " has format version " + version
                    + ", this Quiver reads version " + VERSION);
        }
        if (length != bytes.length - HEADER_BYTES) {
            throw corrupt("header says " + length + " payload bytes but the file holds " + (bytes.length - HEADER_BYTES));
        }
        byte[] payload = new byte[length];
        buffer.get(payload);
        int actualCrc = crc(payload);
        if (actualCrc != storedCrc) {
            throw corrupt(String.format("checksum mismatch (stored 0x%08x, computed 0x%08x)", storedCrc, actualCrc));
        }
        return Optional.of(payload);
    }

    private StorageCorruptedException corrupt(String detail) {
        return new StorageCorruptedException(file, -1, "catalog file " + file + " is corrupt: " + detail);
    }

    private static int crc(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return (int) crc.getValue();
    }
}

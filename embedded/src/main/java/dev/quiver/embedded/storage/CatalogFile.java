package dev.quiver.embedded.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The catalog file of data directories written before the {@link ManifestStore} existed, {@code <dir>/catalog.bin},
 * read once to adopt it into the manifest.
 *
 * <p>File layout (big-endian): magic {@code "QCAT"}, format version (int), payload length (int), CRC-32C of the
 * payload (int), payload.
 */
final class CatalogFile {
    private static final int MAGIC = 0x51434154; // "QCAT"
    private static final int VERSION = 1;
    private static final int HEADER_BYTES = 16;

    private final Path file;

    CatalogFile(Path file) {
        this.file = file;
    }

    /**
     * Reads the stored catalog.
     *
     * @return the catalog bytes, or empty when none was ever written
     * @throws StorageCorruptedException when the file is truncated or fails its checksum
     * @throws IOException                naming the file when it cannot be read
     */
    Optional<byte[]> read() throws IOException {
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
        return ManifestStore.crc(bytes);
    }
}

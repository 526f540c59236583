package dev.quiver.embedded.storage;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A stored file failed its integrity check (bad magic, bad length or checksum mismatch) in a way that cannot be
 * repaired without losing data that was acknowledged. The message names the file and, where known, the offset.
 */
public final class StorageCorruptedException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long offset;

    StorageCorruptedException(Path file, long offset, String message) {
        super(message);
        this.file = file;
        this.offset = offset;
    }

    /** The corrupted file. */
    public Path file() {
        return file;
    }

    /** The byte offset of the damage inside {@link #file()}, or -1 when the whole file is judged at once. */
    public long offset() {
        return offset;
    }
}

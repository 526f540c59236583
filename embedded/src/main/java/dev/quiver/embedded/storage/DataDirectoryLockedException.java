package dev.quiver.embedded.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Thrown by {@link DataDirectory#open(Path)} when another Quiver process, or another {@link DataDirectory} in this
 * JVM, already holds the directory.
 */
public final class DataDirectoryLockedException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path directory;
    private final long ownerPid;

    DataDirectoryLockedException(Path directory, OptionalLong ownerPid) {
        super("data directory " + directory + " is in use by another Quiver process ("
                + (ownerPid.isPresent() ? "pid " + ownerPid.getAsLong() : "pid unknown")
                + "); stop it or use another directory");
        this.directory = directory;
        this.ownerPid = ownerPid.orElse(-1);
    }

    /** The directory that could not be locked. */
    public Path directory() {
        return directory;
    }

    /** The pid recorded by the holder, when it could be read. */
    public OptionalLong ownerPid() {
        return ownerPid < 0 ? OptionalLong.empty() : OptionalLong.of(ownerPid);
    }
}

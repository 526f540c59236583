package dev.quiver.embedded.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * One engine's data directory, held under an exclusive lock for as long as this object is open:
 * {@code <dir>/.lock} (the holder's pid), {@code <dir>/wal/} ({@link WriteAheadLog}), {@code <dir>/segments/}
 * ({@link SegmentStore}) and {@code <dir>/manifest.bin} ({@link ManifestStore}: the catalog and the live files, the
 * directory's single point of commit). Opening checks the manifest against the files and refuses a damaged or
 * inconsistent directory before anything is changed.
 *
 * <p>The lock is an operating-system file lock, so it is released when the process dies, however it dies. Within
 * one JVM a second open of the same directory fails too (checked before touching the lock file, because closing any
 * channel of a locked file would drop the process's lock on POSIX systems). Thread-safe.
 */
public final class DataDirectory implements AutoCloseable {
    static final String LOCK_FILE = ".lock";
    private static final Set<Path> HELD_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

    private final Path path;
    private final Path lockKey;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final SegmentStore segments;
    private final ManifestStore manifest;
    private @Nullable WriteAheadLog wal;
    private boolean closed;

    private DataDirectory(Path path, Path lockKey, FileChannel lockChannel, FileLock lock) throws IOException {
        this.path = path;
        this.lockKey = lockKey;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.segments = new SegmentStore(path.resolve(SegmentStore.DIRECTORY_NAME));
        this.manifest = ManifestStore.open(path, segments.directory(), path.resolve(WriteAheadLog.DIRECTORY_NAME));
    }

    /**
     * Opens {@code dir}, creating it if missing, and locks it; temp files left by a crash are removed, and the
     * manifest is checked against the files it lists.
     *
     * @throws DataDirectoryLockedException when another process or another open {@code DataDirectory} in this JVM
     *                                      holds it
     * @throws StorageCorruptedException     naming the file when the manifest is damaged or missing while data exists,
     *                                      or a live file is missing or truncated
     * @throws IOException                  naming the file when the directory cannot be created or locked
     */
    public static DataDirectory open(Path dir) throws IOException {
        Path path = dir.toAbsolutePath().normalize();
        FileIo.createDirectories(path);
        Path key;
        try {
            key = path.toRealPath();
        } catch (IOException e) {
            throw new IOException("cannot resolve data directory " + path + ": " + e, e);
        }
        long ownPid = ProcessHandle.current().pid();
        if (!HELD_IN_THIS_JVM.add(key)) {
            throw new DataDirectoryLockedException(path, OptionalLong.of(ownPid));
        }
        Path lockFile = path.resolve(LOCK_FILE);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                // Another channel of this JVM holds the lock: closing ours would release it on POSIX, so keep it open.
                channel = null;
                throw new DataDirectoryLockedException(path, OptionalLong.of(ownPid));
            }
            if (lock == null) {
                throw new DataDirectoryLockedException(path, readPid(channel));
            }
            channel.truncate(0);
            FileIo.writeFully(channel, ByteBuffer.wrap((ownPid + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            return new DataDirectory(path, key, channel, lock);
        } catch (IOException | RuntimeException e) {
            HELD_IN_THIS_JVM.remove(key);
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            if (e instanceof DataDirectoryLockedException || e.getMessage() != null && e.getMessage().contains(path.toString())) {
                throw e;
            }
            throw new IOException("cannot lock data directory " + path + " (lock file " + lockFile + "): " + e, e);
        }
    }

    /** The directory, absolute and normalized. */
    public Path path() {
        return path;
    }

    /**
     * Opens the write-ahead log in {@code <dir>/wal/}, recovering it (see {@link WriteAheadLog}). Once per
     * {@code DataDirectory}; the log is closed with the directory.
     *
     * @throws IllegalStateException when the log is already open or the directory closed
     */
    public synchronized WriteAheadLog openWal(WalOptions options) throws IOException {
        ensureOpen();
        if (wal != null) {
            throw new IllegalStateException("the write-ahead log of " + path + " is already open");
        }
        Manifest committed = manifest.current();
        wal = WriteAheadLog.open(path.resolve(WriteAheadLog.DIRECTORY_NAME), options, committed.walCheckpointLsn(),
                committed.walWrittenLsn(), manifest.file());
        manifest.attachWal(wal::durableLsn);
        return wal;
    }

    /** The segment files in {@code <dir>/segments/}. */
    public SegmentStore segments() {
        return segments;
    }

    /** The manifest {@code <dir>/manifest.bin}: the catalog and the live files. */
    public ManifestStore manifest() {
        return manifest;
    }

    /** Closes the write-ahead log, if open, then releases the lock. Idempotent. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (wal != null) {
                wal.close();
            }
        } finally {
            try {
                lock.release();
                lockChannel.close();
            } catch (IOException e) {
                throw new IOException("cannot release lock file " + path.resolve(LOCK_FILE) + ": " + e, e);
            } finally {
                HELD_IN_THIS_JVM.remove(lockKey);
            }
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("data directory " + path + " is closed");
        }
    }

    private static OptionalLong readPid(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            channel.read(buffer, 0);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim();
            return text.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(text));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}

package dev.quiver.embedded.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;

/**
 * The data directory's single point of commit, {@code <dir>/manifest.bin}: the catalog, the live files and the
 * write-ahead log's checkpoint in one checksummed file replaced atomically (temp file, force, rename, force the
 * directory). A change is made live only by a commit: new files are written and forced first, then the manifest
 * naming them, and files the commit removed are deleted only after it. After a crash at any point the manifest is
 * either the old one or the new one, and every file it lists is complete.
 *
 * <p>Opening verifies that every live file exists with its recorded size, and refuses a directory that holds data
 * but no manifest. {@link #removeLeftovers()} (called once recovery succeeded) deletes only files the manifest
 * accounts for: obsolete ones and segment outputs above the committed watermark; any other unknown file is logged
 * and left alone. Thread-safe: commits are serialized.
 *
 * <p>File layout (big-endian): magic {@code "QMAN"}, format version (int), payload length (int), CRC-32C of the
 * payload (int), payload ({@link Manifest}).
 */
public final class ManifestStore {
    static final String FILE_NAME = "manifest.bin";
    static final String LEGACY_CATALOG = "catalog.bin";
    private static final String TEMP_SUFFIX = ".tmp";
    private static final int MAGIC = 0x514d414e; // "QMAN"
    private static final int VERSION = 1;
    private static final int HEADER_BYTES = 16;
    private static final System.Logger LOG = System.getLogger(ManifestStore.class.getName());
    /**
     * Live files under this directory are derived data (ANN index files): one that is missing is tolerated at open,
     * since its owner can rebuild it; one of another size is still refused.
     */
    public static final String DERIVED_DIRECTORY = "indexes/";

    /** Supplies the lsn up to which the write-ahead log is durable, recorded by every commit. */
    @FunctionalInterface
    interface WalPosition {
        long durableLsn() throws IOException;
    }

    private final Path directory;
    private final Path file;
    private final Path temp;
    private final Path segments;
    private final Set<String> removedWithNextCatalog = new HashSet<>();
    private Manifest current;
    private @Nullable WalPosition wal;

    private ManifestStore(Path directory, Path segments, Manifest current) {
        this.directory = directory;
        this.file = directory.resolve(FILE_NAME);
        this.temp = directory.resolve(FILE_NAME + TEMP_SUFFIX);
        this.segments = segments;
        this.current = current;
    }

    /**
     * Reads and checks the manifest of {@code directory}.
     *
     * @throws StorageCorruptedException naming the file when the manifest is damaged, a live file is missing or has
     *                                   another size than recorded, or data exists without a manifest
     */
    static ManifestStore open(Path directory, Path segments, Path wal) throws IOException {
        Path file = directory.resolve(FILE_NAME);
        try {
            Files.deleteIfExists(directory.resolve(FILE_NAME + TEMP_SUFFIX));
        } catch (IOException e) {
            throw new IOException("cannot delete leftover temp file " + directory.resolve(FILE_NAME + TEMP_SUFFIX)
                    + ": " + e, e);
        }
        Optional<Manifest> stored = read(file);
        if (stored.isPresent()) {
            ManifestStore store = new ManifestStore(directory, segments, stored.get());
            store.verifyLiveFiles();
            return store;
        }
        Path legacy = directory.resolve(LEGACY_CATALOG);
        if (Files.exists(legacy)) {
            return migrate(directory, segments, legacy);
        }
        List<String> data = dataWithoutManifest(segments, wal);
        if (!data.isEmpty()) {
            throw new StorageCorruptedException(file, -1, "manifest " + file + " is missing but the data directory holds "
                    + String.join(" and ", data) + "; refusing to open, since starting with an empty catalog would "
                    + "disown that data: restore " + file + " from a backup or move the directory away");
        }
        ManifestStore fresh = new ManifestStore(directory, segments, Manifest.empty());
        fresh.write(Manifest.empty());
        return fresh;
    }

    /** The manifest file ({@code <dir>/manifest.bin}). */
    public Path file() {
        return file;
    }

    /** The state last committed. */
    public synchronized Manifest current() {
        return current;
    }

    /** The catalog last committed, or empty when none was. */
    public synchronized Optional<byte[]> catalog() {
        return current.catalogBytes();
    }

    /**
     * Commits a new catalog, together with the removals queued by {@link #removeWithNextCatalog(Collection)}, then
     * deletes the removed files. Returns once the commit is durable.
     *
     * @throws IOException naming the file and the failed step; the previous state is then still in place
     */
    public synchronized void commitCatalog(byte[] catalog) throws IOException {
        Set<String> removed = Set.copyOf(removedWithNextCatalog);
        commit(catalog.clone(), Map.of(), removed, 0);
        removedWithNextCatalog.removeAll(removed);
        deleteObsolete(removed);
    }

    /**
     * Queues live files to leave the manifest with the next catalog commit: the files of a collection or partition
     * being dropped, which must stay live until the catalog without it is committed.
     */
    public synchronized void removeWithNextCatalog(Collection<String> paths) {
        removedWithNextCatalog.addAll(paths);
    }

    /**
     * Commits added files (complete and forced to disk by the caller), removed files and an advanced WAL checkpoint
     * in one step, then deletes the removed files.
     *
     * @param added         live files to add: path relative to the data directory, size in bytes
     * @param removed       live files to remove
     * @param checkpointLsn the new WAL checkpoint, or 0 to keep the current one
     */
    public synchronized void commit(Map<String, Long> added, Collection<String> removed, long checkpointLsn)
            throws IOException {
        Set<String> removedSet = Set.copyOf(removed);
        commit(null, added, removedSet, checkpointLsn);
        deleteObsolete(removedSet);
    }

    /** The size of a file about to be added, for {@link #commit}. */
    public long sizeOf(String relativePath) throws IOException {
        Path path = directory.resolve(relativePath);
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new IOException("cannot read the size of " + path + ": " + e, e);
        }
    }

    /**
     * Deletes, after a successful recovery, the files the manifest accounts for but no longer needs: obsolete files
     * whose deletion a crash interrupted, and segment files above the committed watermark (outputs whose commit never
     * happened). Any other segment file not in the manifest is logged as a warning and left alone.
     *
     * @return the number of files deleted
     */
    public synchronized int removeLeftovers() throws IOException {
        int deleted = 0;
        for (String path : current.obsolete()) {
            if (Files.deleteIfExists(directory.resolve(path))) {
                deleted++;
            }
        }
        List<String> unknown = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(segments, "*.seg")) {
            for (Path segment : files) {
                String path = directory.relativize(segment).toString().replace('\\', '/');
                if (current.live().containsKey(path) || current.obsolete().contains(path)) {
                    continue;
                }
                long id = SegmentStore.idOf(path);
                if (id > current.fileWatermark()) {
                    Files.deleteIfExists(segment);
                    deleted++;
                } else {
                    unknown.add(segment.toString());
                }
            }
        } catch (IOException e) {
            throw new IOException("cannot clean up segment directory " + segments + ": " + e, e);
        }
        if (!unknown.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "{0} file(s) in {1} are not in the manifest {2} and were left alone: {3}",
                    unknown.size(), segments, file, unknown);
        }
        if (deleted > 0) {
            FileIo.forceDirectory(segments);
        }
        return deleted;
    }

    void attachWal(WalPosition position) {
        synchronized (this) {
            this.wal = position;
        }
    }

    private void commit(byte @Nullable [] catalog, Map<String, Long> added, Set<String> removed, long checkpointLsn)
            throws IOException {
        long written = wal == null ? 0 : wal.durableLsn();
        SortedSet<String> stillObsolete = new TreeSet<>();
        for (String path : current.obsolete()) {
            if (Files.exists(directory.resolve(path))) {
                stillObsolete.add(path);
            }
        }
        Manifest next = current.with(catalog, added, removed, checkpointLsn, written, stillObsolete);
        write(next);
        current = next;
        CrashPoint.reach("manifest-committed");
    }

    private void deleteObsolete(Set<String> removed) throws IOException {
        Set<Path> directories = new HashSet<>();
        for (String path : removed) {
            Path target = directory.resolve(path);
            try {
                if (Files.deleteIfExists(target)) {
                    directories.add(target.getParent());
                }
            } catch (IOException e) {
                throw new IOException("cannot delete obsolete file " + target + ": " + e, e);
            }
        }
        for (Path parent : directories) {
            FileIo.forceDirectory(parent);
        }
    }

    private void write(Manifest manifest) throws IOException {
        byte[] payload = manifest.encode();
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.BIG_ENDIAN);
        header.putInt(MAGIC).putInt(VERSION).putInt(payload.length).putInt(crc(payload)).flip();
        FileIo.replaceAtomically(file, temp, channel -> {
            FileIo.writeFully(channel, header, 0);
            FileIo.writeFully(channel, ByteBuffer.wrap(payload), HEADER_BYTES);
        }, "manifest");
    }

    private void verifyLiveFiles() throws IOException {
        for (Map.Entry<String, Long> live : current.live().entrySet()) {
            Path path = directory.resolve(live.getKey());
            long size;
            try {
                size = Files.size(path);
            } catch (NoSuchFileException e) {
                if (live.getKey().startsWith(DERIVED_DIRECTORY)) {
                    // derived data (an ANN index): the data path drops it from the manifest and rebuilds it
                    LOG.log(System.Logger.Level.WARNING, "index file {0} listed in {1} is missing; it will be rebuilt",
                            path, file);
                    continue;
                }
                throw new StorageCorruptedException(path, -1, "file " + path + " is missing: the manifest " + file
                        + " lists it as live (" + live.getValue() + " bytes)");
            } catch (IOException e) {
                throw new IOException("cannot read the size of " + path + ": " + e, e);
            }
            if (size != live.getValue()) {
                throw new StorageCorruptedException(path, -1, "file " + path + " is " + size + " bytes long but the "
                        + "manifest " + file + " recorded " + live.getValue() + " bytes: it was truncated or replaced");
            }
        }
    }

    /** Adopts a directory written before manifests existed: its catalog file and every segment file in it. */
    private static ManifestStore migrate(Path directory, Path segments, Path legacy) throws IOException {
        Optional<byte[]> catalog = new CatalogFile(legacy).read();
        Map<String, Long> files = new HashMap<>();
        if (Files.isDirectory(segments)) {
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(segments, "*.seg")) {
                for (Path segment : stream) {
                    String path = directory.relativize(segment).toString().replace('\\', '/');
                    if (SegmentStore.idOf(path) >= 0) {
                        files.put(path, Files.size(segment));
                    }
                }
            }
        }
        ManifestStore store = new ManifestStore(directory, segments, Manifest.empty());
        store.commit(catalog.orElse(null), files, Set.of(), 0);
        Files.delete(legacy);
        FileIo.forceDirectory(directory);
        LOG.log(System.Logger.Level.INFO, "adopted {0} and {1} segment file(s) into the manifest {2}", legacy,
                files.size(), store.file);
        return store;
    }

    private static List<String> dataWithoutManifest(Path segments, Path wal) throws IOException {
        List<String> found = new ArrayList<>();
        int segmentFiles = count(segments, "*.seg", false);
        if (segmentFiles > 0) {
            found.add(segmentFiles + " segment file(s) in " + segments);
        }
        int walFiles = count(wal, "*.log", true);
        if (walFiles > 0) {
            found.add(walFiles + " non-empty WAL file(s) in " + wal);
        }
        return found;
    }

    private static int count(Path dir, String glob, boolean nonEmptyOnly) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int n = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, glob)) {
            for (Path f : files) {
                if (!nonEmptyOnly || Files.size(f) > 0) {
                    n++;
                }
            }
        } catch (IOException e) {
            throw new IOException("cannot list directory " + dir + ": " + e, e);
        }
        return n;
    }

    private static Optional<Manifest> read(Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new IOException("cannot read manifest " + file + ": " + e, e);
        }
        if (bytes.length < HEADER_BYTES) {
            throw corrupt(file, "it is " + bytes.length + " bytes long, shorter than its " + HEADER_BYTES
                    + "-byte header");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        int magic = buffer.getInt();
        int version = buffer.getInt();
        int length = buffer.getInt();
        int storedCrc = buffer.getInt();
        if (magic != MAGIC) {
            throw corrupt(file, String.format("bad magic 0x%08x (not a Quiver manifest)", magic));
        }
        if (version != VERSION) {
            throw new IOException("manifest " + file + " has format version " + version + ", this Quiver reads version "
                    + VERSION);
        }
        if (length != bytes.length - HEADER_BYTES) {
            throw corrupt(file, "header says " + length + " payload bytes but the file holds "
                    + (bytes.length - HEADER_BYTES));
        }
        byte[] payload = new byte[length];
        buffer.get(payload);
        int actualCrc = crc(payload);
        if (actualCrc != storedCrc) {
            throw corrupt(file, String.format("checksum mismatch (stored 0x%08x, computed 0x%08x)", storedCrc,
                    actualCrc));
        }
        try {
            return Optional.of(Manifest.decode(payload));
        } catch (IOException e) {
            throw corrupt(file, "its payload does not decode: " + e.getMessage());
        }
    }

    private static StorageCorruptedException corrupt(Path file, String detail) {
        return new StorageCorruptedException(file, -1, "manifest " + file + " is corrupt: " + detail);
    }

    static int crc(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return (int) crc.getValue();
    }
}

package dev.quiver.embedded.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;

/**
 * An append-only log of records {@code (lsn, type, payload)} in {@code <dir>/wal/}, split into files named by the lsn
 * of their first record ({@code 00000000000000000001.log}) and rolled at {@link WalOptions#segmentBytes()}. Sequence
 * numbers are dense: 1, 2, 3, ...
 *
 * <p><b>Durability.</b> {@link #append(byte, byte[])} returns once the record is written and, in
 * {@link WalOptions#sync() sync} mode, forced to disk. Concurrent appenders share writes and fsyncs (group commit):
 * while one thread, the leader, writes and forces a batch, the others queue their frames into the next batch, and
 * one of them then writes it all at once.
 *
 * <p><b>Recovery.</b> Opening scans every file and checks every frame. A damaged tail of the newest file (a partial
 * frame, a checksum mismatch, zero-filled or other garbage with no intact record after it) is what a crash during a
 * write leaves behind: it is cut off and described by {@link #lastRecoveryReport()}; records before it are kept.
 * Damage followed by an intact record, or damage in an older file, is corruption: opening fails with a
 * {@link StorageCorruptedException} naming the file and offset rather than silently dropping acknowledged records.
 *
 * <p>Thread-safe. Obtain one from {@link DataDirectory#openWal(WalOptions)}.
 */
public final class WriteAheadLog implements AutoCloseable {
    static final String DIRECTORY_NAME = "wal";
    private static final Pattern FILE_NAME = Pattern.compile("\\d{20}\\.log");
    private static final int MAX_INTERRUPTED_ATTEMPTS = 5;
    private static final System.Logger LOG = System.getLogger(WriteAheadLog.class.getName());

    private final Path directory;
    private final WalOptions options;
    private final WalRecoveryReport recoveryReport;
    /** Excludes {@link #truncateBefore(long)} (which deletes files) while replays read them. */
    private final ReadWriteLock filesLock = new ReentrantReadWriteLock();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition batchDone = lock.newCondition();

    // Guarded by lock.
    private final List<Long> fileFirstLsns;
    private FileChannel active;
    private long activeSize;
    private long nextLsn;
    private long writtenLsn;
    private WalFrame.Batch pending = new WalFrame.Batch();
    private WalFrame.@Nullable Batch spare = new WalFrame.Batch();
    private boolean writing;
    private boolean closed;
    // Used only by the batch leader, while writing is true.
    private FileChannel leaderChannel;
    private Path leaderFile;
    private boolean leaderInterrupted;
    private @Nullable IOException failure;

    private WriteAheadLog(Path directory, WalOptions options, List<Long> fileFirstLsns, FileChannel active,
            long activeSize, long nextLsn, WalRecoveryReport recoveryReport) {
        this.directory = directory;
        this.options = options;
        this.fileFirstLsns = fileFirstLsns;
        this.active = active;
        this.leaderChannel = active;
        this.leaderFile = fileFor(directory, fileFirstLsns.get(fileFirstLsns.size() - 1));
        this.activeSize = activeSize;
        this.nextLsn = nextLsn;
        this.writtenLsn = nextLsn - 1;
        this.recoveryReport = recoveryReport;
    }

    /** Opens (creating if needed) the log in {@code directory}, recovering as described in the class comment. */
    static WriteAheadLog open(Path directory, WalOptions options) throws IOException {
        return open(directory, options, 0, 0, null);
    }

    /**
     * Opens the log, checking it against what the manifest recorded: every record after {@code checkpointLsn} must
     * still be there, and the log must reach at least {@code writtenLsn}; a log that does not is refused rather than
     * opened without acknowledged records.
     */
    static WriteAheadLog open(Path directory, WalOptions options, long checkpointLsn, long writtenLsn,
                              @Nullable Path manifest) throws IOException {
        FileIo.createDirectories(directory);
        List<Long> firsts = listFiles(directory);
        if (firsts.isEmpty()) {
            if (writtenLsn > 0) {
                throw new StorageCorruptedException(directory, -1, "WAL directory " + directory + " holds no log file "
                        + "but the manifest " + manifest + " records that the log reached lsn " + writtenLsn
                        + ": the WAL files are missing");
            }
            createFile(directory, 1).close();
            firsts.add(1L);
        }
        WalRecovery recovery = WalRecovery.run(directory, firsts, checkpointLsn, writtenLsn, manifest);
        Path last = fileFor(directory, firsts.get(firsts.size() - 1));
        FileChannel active;
        long size;
        try {
            active = FileChannel.open(last, StandardOpenOption.WRITE);
            size = active.size();
        } catch (IOException e) {
            throw new IOException("cannot open WAL file " + last + " for writing: " + e, e);
        }
        WalRecoveryReport report = recovery.report();
        if (report.tailDropped()) {
            LOG.log(System.Logger.Level.WARNING, "WAL recovery dropped a torn tail of {0} record(s) ({1} bytes) at "
                            + "offset {2} of {3}: {4}; those records were never acknowledged as durable",
                    Long.toString(report.droppedRecords()), Long.toString(report.droppedBytes()),
                    Long.toString(report.truncatedAtOffset()), String.valueOf(report.truncatedFile()), report.problem());
        }
        return new WriteAheadLog(directory, options, firsts, active, size, recovery.nextLsn(), report);
    }

    /** The log's directory. */
    public Path directory() {
        return directory;
    }

    /** The options this log was opened with. */
    public WalOptions options() {
        return options;
    }

    /** What opening found and repaired. */
    public WalRecoveryReport lastRecoveryReport() {
        return recoveryReport;
    }

    /** The lsn of the newest record appended (or recovered); 0 when the log has never held a record. */
    public long lastLsn() {
        lock.lock();
        try {
            return nextLsn - 1;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The lsn up to which every record is on disk: written and forced. In sync mode that is every record written; in
     * batch mode this forces the active file first. A manifest commit records it, so that a log later found to end
     * before it is known to have lost records.
     */
    public long durableLsn() throws IOException {
        lock.lock();
        try {
            while (writing) {
                batchDone.awaitUninterruptibly();
            }
            if (!options.sync() && failure == null && !closed) {
                try {
                    if (!active.isOpen()) {
                        active = FileChannel.open(activeFile(), StandardOpenOption.WRITE);
                    }
                    active.force(false);
                } catch (IOException e) {
                    throw new IOException("cannot force WAL file " + activeFile() + ": " + e, e);
                }
            }
            return writtenLsn;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Appends a record and waits until it is written (and forced, in sync mode).
     *
     * @param type    a caller-defined record type
     * @param payload the record's bytes, copied before this returns; at most 256 MiB minus 17 bytes
     * @return the record's lsn
     * @throws IOException           naming the file when writing or forcing failed; the log then refuses further
     *                               appends, since what reached the disk is unknown (reopen it to recover)
     * @throws IllegalStateException when the log is closed
     */
    public long append(byte type, byte[] payload) throws IOException {
        Objects.requireNonNull(payload, "payload");
        if (payload.length > WalFrame.MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("WAL record payload of " + payload.length + " bytes exceeds the limit of "
                    + WalFrame.MAX_PAYLOAD_BYTES + " bytes");
        }
        CRC32C checksum = WalFrame.payloadChecksum(payload);
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("write-ahead log " + directory + " is closed");
            }
            throwIfFailed();
            long lsn = nextLsn;
            pending.add(lsn, type, payload, checksum);
            nextLsn++;
            awaitWritten(lsn);
            return lsn;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Visits every intact record with lsn greater than {@code afterLsn}, in lsn order, up to the newest record written
     * when the call began. Meant for start-up, before appends resume; it may run concurrently with appends. The
     * visitor must not call {@link #truncateBefore(long)}.
     *
     * @throws StorageCorruptedException naming the file and offset when a record fails its checks
     * @throws IOException               from reading, or thrown by the visitor
     */
    public void replay(long afterLsn, WalVisitor visitor) throws IOException {
        Objects.requireNonNull(visitor, "visitor");
        filesLock.readLock().lock();
        try {
            List<Long> firsts;
            long activeEnd;
            lock.lock();
            try {
                firsts = List.copyOf(fileFirstLsns);
                activeEnd = activeSize;
            } finally {
                lock.unlock();
            }
            for (int i = 0; i < firsts.size(); i++) {
                boolean newest = i == firsts.size() - 1;
                if (!newest && firsts.get(i + 1) - 1 <= afterLsn) {
                    continue;
                }
                replayFile(firsts.get(i), newest ? activeEnd : -1, newest ? -1 : firsts.get(i + 1), afterLsn, visitor);
            }
        } finally {
            filesLock.readLock().unlock();
        }
    }

    private void replayFile(long firstLsn, long knownSize, long expectedNextLsn, long afterLsn, WalVisitor visitor)
            throws IOException {
        Path file = fileFor(directory, firstLsn);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = knownSize >= 0 ? knownSize : channel.size();
            WalFileScanner.Outcome outcome = new WalFileScanner(file, channel, size).scan(firstLsn, afterLsn, visitor);
            if (outcome.problem() != null) {
                throw new StorageCorruptedException(file, outcome.goodEnd(), "WAL corrupted at offset " + outcome.goodEnd()
                        + " of " + file + ": " + outcome.problem());
            }
            if (expectedNextLsn >= 0 && outcome.nextLsn() != expectedNextLsn) {
                throw new StorageCorruptedException(file, outcome.goodEnd(), "WAL file " + file + " ends before lsn "
                        + outcome.nextLsn() + " but the next file starts at lsn " + expectedNextLsn);
            }
        } catch (StorageCorruptedException e) {
            throw e;
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().contains(file.toString())) {
                throw e;
            }
            throw new IOException("cannot replay WAL file " + file + ": " + e, e);
        }
    }

    /**
     * Deletes every log file all of whose records have lsn at most {@code lsn}; call it once everything up to
     * {@code lsn} is persisted elsewhere (sealed segments and catalog) and the checkpoint {@code lsn} is committed in
     * the manifest ({@link ManifestStore#commit}): opening refuses a log missing records after the committed
     * checkpoint. The file being appended to is never deleted.
     *
     * @return the number of files deleted
     */
    public int truncateBefore(long lsn) throws IOException {
        filesLock.writeLock().lock();
        try {
            List<Long> firsts;
            lock.lock();
            try {
                firsts = List.copyOf(fileFirstLsns);
            } finally {
                lock.unlock();
            }
            int deletable = 0;
            while (deletable < firsts.size() - 1 && firsts.get(deletable + 1) - 1 <= lsn) {
                deletable++;
            }
            for (int i = 0; i < deletable; i++) {
                Path file = fileFor(directory, firsts.get(i));
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new IOException("cannot delete WAL file " + file + ": " + e, e);
                } finally {
                    lock.lock();
                    try {
                        if (!Files.exists(file)) {
                            fileFirstLsns.remove(firsts.get(i));
                        }
                    } finally {
                        lock.unlock();
                    }
                }
            }
            if (deletable > 0) {
                FileIo.forceDirectory(directory);
            }
            return deletable;
        } finally {
            filesLock.writeLock().unlock();
        }
    }

    /** The number of log files currently on disk. */
    public int fileCount() {
        lock.lock();
        try {
            return fileFirstLsns.size();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Writes and forces what is queued, then closes the file. Appends in progress complete; later ones fail with
     * {@link IllegalStateException}. Idempotent.
     */
    @Override
    public void close() throws IOException {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            try {
                if (failure == null) {
                    awaitWritten(nextLsn - 1);
                }
            } finally {
                forceAndClose();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Forces and closes the active file; called with the lock held and no batch being written. */
    private void forceAndClose() throws IOException {
        leaderChannel = active;
        leaderFile = activeFile();
        try {
            if (failure == null) {
                uninterruptibly(() -> openLeaderChannel().force(false));
            }
            leaderChannel.close();
        } catch (IOException e) {
            throw new IOException("cannot force and close WAL file " + leaderFile + ": " + e, e);
        } finally {
            active = leaderChannel;
            if (leaderInterrupted) {
                leaderInterrupted = false;
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits, with the lock held, until {@code lsn} is written, leading a batch write whenever none is under way. */
    private void awaitWritten(long lsn) throws IOException {
        while (writtenLsn < lsn) {
            throwIfFailed();
            if (writing) {
                batchDone.awaitUninterruptibly();
            } else {
                writeBatch();
            }
        }
    }

    /** Writes the pending batch; called with the lock held, which it releases during I/O. */
    private void writeBatch() throws IOException {
        WalFrame.Batch batch = pending;
        pending = Objects.requireNonNull(spare);
        spare = null;
        long batchLastLsn = nextLsn - 1;
        long rolledFirstLsn = batchLastLsn + 1;
        leaderChannel = active;
        leaderFile = activeFile();
        long start = activeSize;
        long end = start + batch.size();
        writing = true;
        lock.unlock();
        IOException error = null;
        FileChannel rolled = null;
        try {
            ByteBuffer contents = batch.contents();
            uninterruptibly(() -> FileIo.writeFully(openLeaderChannel(), contents.duplicate(), start));
            if (options.sync() || end >= options.segmentBytes()) {
                uninterruptibly(() -> openLeaderChannel().force(false));
            }
            if (end >= options.segmentBytes()) {
                leaderChannel.close();
                rolled = createFile(directory, rolledFirstLsn);
                uninterruptibly(() -> FileIo.forceDirectory(directory));
            }
        } catch (IOException | RuntimeException | Error e) {
            // Whatever stopped the write, what reached the file is unknown: fail the log rather than guess.
            error = new IOException("cannot write to WAL file " + leaderFile + ": " + e, e);
        } finally {
            lock.lock();
            batch.clear();
            spare = batch;
            writing = false;
            active = leaderChannel;
            if (error != null) {
                failure = error;
            } else {
                writtenLsn = batchLastLsn;
                activeSize = end;
                if (rolled != null) {
                    active = rolled;
                    activeSize = 0;
                    fileFirstLsns.add(rolledFirstLsn);
                }
            }
            batchDone.signalAll();
            if (leaderInterrupted) {
                leaderInterrupted = false;
                Thread.currentThread().interrupt();
            }
        }
        throwIfFailed();
    }

    /**
     * Runs a step of the leader's I/O again when an interrupt of the leader thread broke it (an interrupt closes the
     * channel in use): the log is shared, so one appender's interrupt must not fail it for all. Steps are positional
     * and idempotent. The interrupt is restored once the batch is done.
     */
    private void uninterruptibly(IoStep step) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                step.run();
                return;
            } catch (ClosedByInterruptException e) {
                if (attempt == MAX_INTERRUPTED_ATTEMPTS) {
                    throw e;
                }
                leaderInterrupted |= Thread.interrupted();
            }
        }
    }

    /** The leader's channel to the active file, reopened if an interrupt closed it. */
    private FileChannel openLeaderChannel() throws IOException {
        if (!leaderChannel.isOpen()) {
            leaderChannel = FileChannel.open(leaderFile, StandardOpenOption.WRITE);
        }
        return leaderChannel;
    }

    /** One step of the leader's I/O. */
    @FunctionalInterface
    private interface IoStep {
        void run() throws IOException;
    }

    private Path activeFile() {
        return fileFor(directory, fileFirstLsns.get(fileFirstLsns.size() - 1));
    }

    private void throwIfFailed() throws IOException {
        if (failure != null) {
            throw new IOException("write-ahead log " + directory + " failed earlier and accepts no more records: "
                    + failure.getMessage(), failure);
        }
    }

    static Path fileFor(Path directory, long firstLsn) {
        return directory.resolve(String.format("%020d.log", firstLsn));
    }

    private static FileChannel createFile(Path directory, long firstLsn) throws IOException {
        Path file = fileFor(directory, firstLsn);
        try {
            return FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new IOException("cannot create WAL file " + file + ": " + e, e);
        }
    }

    private static List<Long> listFiles(Path directory) throws IOException {
        List<Long> firsts = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.log")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (FILE_NAME.matcher(name).matches()) {
                    try {
                        firsts.add(Long.parseLong(name.substring(0, 20)));
                    } catch (NumberFormatException ignored) {
                        // above Long.MAX_VALUE: not a file this log wrote
                    }
                }
            }
        } catch (IOException e) {
            throw new IOException("cannot list WAL directory " + directory + ": " + e, e);
        }
        firsts.sort(null);
        return firsts;
    }
}

package dev.quiver.embedded.data;

import com.google.protobuf.CodedInputStream;
import dev.quiver.embedded.storage.CrashPoint;
import dev.quiver.embedded.storage.DataDirectory;
import dev.quiver.embedded.storage.ManifestStore;
import dev.quiver.embedded.storage.MappedSegment;
import dev.quiver.embedded.storage.SegmentStore;
import dev.quiver.embedded.storage.WalOptions;
import dev.quiver.embedded.storage.WalVisitor;
import dev.quiver.embedded.storage.WriteAheadLog;
import dev.quiver.embedded.time.HybridClock;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.FieldData;
import dev.quiver.proto.milvus.IDs;
import dev.quiver.proto.milvus.InsertRequest;
import dev.quiver.proto.milvus.LongArray;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * File mode: the write-ahead log records of mutations and the segment files of sealed segments and tombstone
 * snapshots, over the storage package's {@link WriteAheadLog} and {@link SegmentStore}.
 *
 * <p>WAL records (type byte, then big-endian fields): INSERT {@code coll, part, ts, InsertRequest}; DELETE
 * {@code coll, ts, IDs}; UPSERT {@code coll, part, ts, IDs (replaced keys), InsertRequest}; TRUNCATE
 * {@code coll, ts}. The InsertRequest holds the normalised columns (generated ids included), so replay is exact.
 *
 * <p>Segment file header: magic, kind (data or tombstones), collection, partition, rows, min and max lsn of the
 * rows it holds (the lsn of the tombstone coverage for tombstone files), seal timestamp, segment id. Data body:
 * length-prefixed InsertRequest with every column, then the per-row insert timestamps as a LongArray. Tombstone body:
 * IDs, then their delete timestamps as a LongArray.
 *
 * <p><b>Commit protocol.</b> A file is named by a fresh file id taken from the clock (not by its segment id) and
 * becomes live only when the manifest commit naming it is durable; files it replaces are deleted after that commit.
 * Id allocation, write and commit run under one lock, so every committed file id is above every id an uncommitted
 * output can carry, and the manifest's watermark tells such leftovers apart from files it cannot account for. The
 * files of dropped collections and partitions leave the manifest with the catalog commit that drops them.
 */
final class Durability implements AutoCloseable {
    static final byte INSERT = 1;
    static final byte DELETE = 2;
    static final byte UPSERT = 3;
    static final byte TRUNCATE = 4;
    static final byte KIND_DATA = 0;
    static final byte KIND_TOMBSTONES = 1;
    private static final int MAGIC = 0x51445331; // "QDS1"
    /** The header before segment ids were stored (the file id was the segment id). */
    private static final int LEGACY_HEADER_BYTES = 4 + 1 + 8 + 8 + 4 + 8 + 8 + 8;
    private static final int HEADER_BYTES = LEGACY_HEADER_BYTES + 8;

    /** What a segment file's header says; {@code id} is the file's id, {@code segmentId} the segment's. */
    record FileInfo(long id, byte kind, long collectionId, long partitionId, int rows, long minLsn, long maxLsn,
                    long sealTimestamp, long segmentId) {
    }

    /** A decoded WAL record. */
    record Record(long lsn, byte type, long collectionId, long partitionId, long timestamp, List<Object> keys,
                  InsertRequest insert) {
    }

    private final WriteAheadLog wal;
    private final SegmentStore store;
    private final ManifestStore manifest;
    private final HybridClock clock;
    private final Object commitLock = new Object();

    Durability(DataDirectory directory, HybridClock clock, boolean sync) throws IOException {
        this.wal = directory.openWal(WalOptions.defaults().withSync(sync));
        this.store = directory.segments();
        this.manifest = directory.manifest();
        this.clock = clock;
    }

    long logInsert(long collectionId, long partitionId, long ts, List<FieldData> columns, int rows) {
        return append(INSERT, out -> {
            out.writeLong(collectionId);
            out.writeLong(partitionId);
            out.writeLong(ts);
            writeBlob(out, InsertRequest.newBuilder().addAllFieldsData(columns).setNumRows(rows).build().toByteArray());
        });
    }

    long logDelete(long collectionId, long ts, List<Object> keys, boolean stringKeys) {
        return append(DELETE, out -> {
            out.writeLong(collectionId);
            out.writeLong(ts);
            writeBlob(out, Keys.toIds(keys, stringKeys).toByteArray());
        });
    }

    long logUpsert(long collectionId, long partitionId, long ts, List<Object> replaced, boolean stringKeys,
                   List<FieldData> columns, int rows) {
        return append(UPSERT, out -> {
            out.writeLong(collectionId);
            out.writeLong(partitionId);
            out.writeLong(ts);
            writeBlob(out, Keys.toIds(replaced, stringKeys).toByteArray());
            writeBlob(out, InsertRequest.newBuilder().addAllFieldsData(columns).setNumRows(rows).build().toByteArray());
        });
    }

    long logTruncate(long collectionId, long ts) {
        return append(TRUNCATE, out -> {
            out.writeLong(collectionId);
            out.writeLong(ts);
        });
    }

    long lastLsn() {
        return wal.lastLsn();
    }

    void replay(java.util.function.Consumer<Record> visitor) throws IOException {
        WalVisitor decoder = (lsn, type, payload) -> {
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(payload));
            long coll = in.readLong();
            switch (type) {
                case INSERT -> {
                    long part = in.readLong();
                    long ts = in.readLong();
                    visitor.accept(new Record(lsn, type, coll, part, ts, List.of(),
                            InsertRequest.parseFrom(readBlob(in))));
                }
                case DELETE -> {
                    long ts = in.readLong();
                    visitor.accept(new Record(lsn, type, coll, 0, ts, Keys.fromIds(IDs.parseFrom(readBlob(in))),
                            InsertRequest.getDefaultInstance()));
                }
                case UPSERT -> {
                    long part = in.readLong();
                    long ts = in.readLong();
                    List<Object> keys = Keys.fromIds(IDs.parseFrom(readBlob(in)));
                    visitor.accept(new Record(lsn, type, coll, part, ts, keys, InsertRequest.parseFrom(readBlob(in))));
                }
                case TRUNCATE -> visitor.accept(new Record(lsn, type, coll, 0, in.readLong(), List.of(),
                        InsertRequest.getDefaultInstance()));
                default -> throw new IOException("unknown WAL record type " + type + " at lsn " + lsn);
            }
        };
        wal.replay(0, decoder);
    }

    /**
     * Records in the manifest that every WAL record up to {@code lsn} is in live files, then deletes the WAL files
     * holding only such records.
     */
    void checkpointWal(long lsn) {
        try {
            synchronized (commitLock) {
                if (lsn > manifest.current().walCheckpointLsn()) {
                    manifest.commit(Map.of(), List.of(), lsn);
                }
            }
            CrashPoint.reach("wal-checkpointed");
            wal.truncateBefore(lsn);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot checkpoint the write-ahead log: " + e.getMessage(), e);
        }
    }

    /** Writes a sealed segment's file and commits it; returns the new file's id. */
    long writeSegment(Segment segment, long minLsn, long maxLsn, long sealTimestamp) {
        return replaceSegments(segment, minLsn, maxLsn, sealTimestamp, List.of());
    }

    /**
     * Writes {@code segment}'s file (when not null) and commits it in place of the files {@code removed}, in one
     * manifest commit, then deletes those; returns the new file's id, or 0 when {@code segment} is null.
     */
    long replaceSegments(@Nullable Segment segment, long minLsn, long maxLsn, long sealTimestamp,
                         Collection<Long> removed) {
        return replaceSegments(segment, minLsn, maxLsn, sealTimestamp, removed, List.of());
    }

    /** {@link #replaceSegments(Segment, long, long, long, Collection)}, also removing the index files given. */
    long replaceSegments(@Nullable Segment segment, long minLsn, long maxLsn, long sealTimestamp,
                         Collection<Long> removed, Collection<String> removedIndexFiles) {
        synchronized (commitLock) {
            long fileId = 0;
            Map<String, Long> added = Map.of();
            if (segment != null) {
                fileId = clock.next();
                writeSegmentFile(fileId, segment, minLsn, maxLsn, sealTimestamp);
                added = Map.of(SegmentStore.relativePath(fileId), size(fileId));
            }
            commitPaths(added, paths(removed, removedIndexFiles));
            return fileId;
        }
    }

    // ---- index files (derived data: one per segment file, field and catalog index) ---------------------------

    /** The data directory: the segment store's parent (absolute, so a relative data directory has one too). */
    private java.nio.file.Path dataDirectory() {
        java.nio.file.Path segments = store.directory().toAbsolutePath();
        return Objects.requireNonNull(segments.getParent(), "the segment store is a subdirectory");
    }

    /** Where the index file of a relative path is; its directory is created when missing. */
    java.nio.file.Path indexFile(String relativePath) {
        java.nio.file.Path file = dataDirectory().resolve(relativePath);
        try {
            java.nio.file.Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create index directory " + file.getParent() + ": " + e, e);
        }
        return file;
    }

    /** Makes a complete, forced index file live. */
    void commitIndexFile(String relativePath) {
        synchronized (commitLock) {
            try {
                commitPaths(Map.of(relativePath, manifest.sizeOf(relativePath)), List.of());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Removes live index files from the manifest, then deletes them. */
    void removeIndexFiles(Collection<String> relativePaths) {
        if (relativePaths.isEmpty()) {
            return;
        }
        synchronized (commitLock) {
            commitPaths(Map.of(), relativePaths);
        }
    }

    /** The live index files the manifest lists. */
    List<String> liveIndexFiles() {
        return manifest.current().live().keySet().stream().filter(IndexFiles::isIndexFile).toList();
    }

    /** Deletes index files (and temp files) in the index directory that the manifest does not list. */
    void removeIndexLeftovers() {
        java.nio.file.Path directory = dataDirectory().resolve(IndexFiles.DIRECTORY);
        if (!java.nio.file.Files.isDirectory(directory)) {
            return;
        }
        java.util.Set<String> live = manifest.current().live().keySet();
        try (java.nio.file.DirectoryStream<java.nio.file.Path> files = java.nio.file.Files.newDirectoryStream(directory)) {
            for (java.nio.file.Path file : files) {
                if (!live.contains(IndexFiles.DIRECTORY + "/" + file.getFileName())) {
                    java.nio.file.Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean up index directory " + directory + ": " + e, e);
        }
    }

    private static List<String> paths(Collection<Long> fileIds, Collection<String> more) {
        List<String> paths = new ArrayList<>(fileIds.stream().map(SegmentStore::relativePath).toList());
        paths.addAll(more);
        return paths;
    }

    private void commitPaths(Map<String, Long> added, Collection<String> removed) {
        try {
            manifest.commit(added, removed, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the manifest: " + e.getMessage(), e);
        }
    }

    /** Removes live files now (their removal is already decided by a durable WAL record, e.g. TRUNCATE). */
    void removeFiles(Collection<Long> fileIds) {
        removeFiles(fileIds, List.of());
    }

    /** {@link #removeFiles(Collection)}, also removing the index files given. */
    void removeFiles(Collection<Long> fileIds, Collection<String> indexFiles) {
        if (fileIds.isEmpty() && indexFiles.isEmpty()) {
            return;
        }
        synchronized (commitLock) {
            commitPaths(Map.of(), paths(fileIds, indexFiles));
        }
    }

    /** Removes live files with the next catalog commit (the one that drops their collection or partition). */
    void removeWithNextCatalog(Collection<Long> fileIds) {
        removeWithNextCatalog(fileIds, List.of());
    }

    /** {@link #removeWithNextCatalog(Collection)}, also removing the index files given. */
    void removeWithNextCatalog(Collection<Long> fileIds, Collection<String> indexFiles) {
        manifest.removeWithNextCatalog(paths(fileIds, indexFiles));
    }

    /** Finishes start-up: removes the live files recovery found no use for, then the leftovers of crashed commits. */
    void finishRecovery(Collection<Long> unused) {
        removeFiles(unused);
        try {
            manifest.removeLeftovers();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void commit(Map<String, Long> added, Collection<Long> removed) {
        try {
            manifest.commit(added, removed.stream().map(SegmentStore::relativePath).toList(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the manifest: " + e.getMessage(), e);
        }
    }

    private long size(long fileId) {
        try {
            return manifest.sizeOf(SegmentStore.relativePath(fileId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeSegmentFile(long fileId, Segment segment, long minLsn, long maxLsn, long sealTimestamp) {
        int rows = segment.rowCount();
        int[] all = new int[rows];
        for (int i = 0; i < rows; i++) {
            all[i] = i;
        }
        InsertRequest.Builder columns = InsertRequest.newBuilder().setNumRows(rows);
        for (Column column : segment.columns().values()) {
            columns.addFieldsData(column.write(all, rows));
        }
        LongArray.Builder ts = LongArray.newBuilder();
        long[] timestamps = segment.timestamps();
        for (int i = 0; i < rows; i++) {
            ts.addData(timestamps[i]);
        }
        byte[] body = blobs(columns.build().toByteArray(), ts.build().toByteArray());
        byte[] header = header(KIND_DATA, segment.collectionId, segment.partitionId, rows, minLsn, maxLsn,
                sealTimestamp, segment.id);
        write(fileId, header, body);
    }

    /**
     * Writes a collection's tombstones, covering WAL records up to {@code lsn}, and commits them in place of the
     * previous snapshot {@code previous} (0 when none); returns the new file's id.
     */
    long replaceTombstones(long collectionId, Map<Object, Long> tombstones, boolean stringKeys, long lsn,
                           long previous) {
        synchronized (commitLock) {
            long fileId = clock.next();
            writeTombstones(fileId, collectionId, tombstones, stringKeys, lsn);
            commit(Map.of(SegmentStore.relativePath(fileId), size(fileId)), previous == 0 ? List.of() : List.of(previous));
            return fileId;
        }
    }

    private void writeTombstones(long fileId, long collectionId, Map<Object, Long> tombstones, boolean stringKeys,
                                 long lsn) {
        List<Object> keys = new ArrayList<>(tombstones.size());
        LongArray.Builder ts = LongArray.newBuilder();
        tombstones.forEach((k, v) -> {
            keys.add(k);
            ts.addData(v);
        });
        byte[] body = blobs(Keys.toIds(keys, stringKeys).toByteArray(), ts.build().toByteArray());
        write(fileId, header(KIND_TOMBSTONES, collectionId, 0, keys.size(), lsn, lsn, 0, 0), body);
    }

    /**
     * The live segment files the manifest lists, each checked in full (checksum of the whole file) and described by
     * its header.
     *
     * @throws IOException naming the file when one is damaged or not a Quiver data segment
     */
    List<FileInfo> list() throws IOException {
        List<FileInfo> infos = new ArrayList<>();
        for (String path : manifest.current().live().keySet()) {
            long id = SegmentStore.idOf(path);
            if (id < 0) {
                continue;
            }
            MappedSegment mapped = store.open(id);
            byte[] header = mapped.header();
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(header));
            if (header.length < LEGACY_HEADER_BYTES || in.readInt() != MAGIC) {
                throw new IOException("segment file " + mapped.file() + " is not a Quiver data segment");
            }
            byte kind = in.readByte();
            long collectionId = in.readLong();
            long partitionId = in.readLong();
            int rows = in.readInt();
            long minLsn = in.readLong();
            long maxLsn = in.readLong();
            long sealTimestamp = in.readLong();
            long segmentId = header.length >= HEADER_BYTES ? in.readLong() : id;
            infos.add(new FileInfo(id, kind, collectionId, partitionId, rows, minLsn, maxLsn, sealTimestamp,
                    segmentId == 0 ? id : segmentId));
        }
        return infos;
    }

    /** Where a file is, for messages. */
    java.nio.file.Path file(long fileId) {
        return store.file(fileId);
    }

    /** Maps a data segment file back in and rebuilds its columns. */
    Segment readSegment(FileInfo info, CollectionSchema schema) {
        try {
            ByteBuffer body = store.open(info.id()).body();
            InsertRequest columns = InsertRequest.parseFrom(CodedInputStream.newInstance(blob(body)));
            LongArray ts = LongArray.parseFrom(CodedInputStream.newInstance(blob(body)));
            Segment segment = new Segment(info.segmentId(), info.collectionId(), info.partitionId(), schema);
            int rows = columns.getNumRows();
            long[] timestamps = new long[rows];
            for (int i = 0; i < rows; i++) {
                timestamps[i] = ts.getData(i);
            }
            segment.appendAll(columns.getFieldsDataList(), rows, timestamps);
            return segment;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read segment " + info.segmentId() + " from " + store.file(info.id())
                    + ": " + e.getMessage(), e);
        }
    }

    /** Reads a tombstone snapshot file into {@code into}. */
    void readTombstones(FileInfo info, Tombstones into) {
        try {
            ByteBuffer body = store.open(info.id()).body();
            List<Object> keys = Keys.fromIds(IDs.parseFrom(CodedInputStream.newInstance(blob(body))));
            LongArray ts = LongArray.parseFrom(CodedInputStream.newInstance(blob(body)));
            for (int i = 0; i < keys.size(); i++) {
                into.add(keys.get(i), ts.getData(i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tombstones from " + store.file(info.id()) + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            wal.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private long append(byte type, Writer writer) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            writer.write(out);
            out.flush();
            return wal.append(type, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the write-ahead log: " + e.getMessage(), e);
        }
    }

    private void write(long id, byte[] header, byte[] body) {
        try {
            store.write(id, header, ByteBuffer.wrap(body));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write segment file " + id + ": " + e.getMessage(), e);
        }
    }

    private static byte[] header(byte kind, long collectionId, long partitionId, int rows, long minLsn, long maxLsn,
                                 long sealTimestamp, long segmentId) {
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES);
        b.putInt(MAGIC).put(kind).putLong(collectionId).putLong(partitionId).putInt(rows).putLong(minLsn)
                .putLong(maxLsn).putLong(sealTimestamp).putLong(segmentId);
        return b.array();
    }

    private static void writeBlob(DataOutputStream out, byte[] blob) throws IOException {
        out.writeInt(blob.length);
        out.write(blob);
    }

    private static byte[] readBlob(DataInputStream in) throws IOException {
        byte[] blob = new byte[in.readInt()];
        in.readFully(blob);
        return blob;
    }

    private static byte[] blobs(byte[] first, byte[] second) {
        ByteBuffer b = ByteBuffer.allocate(8 + first.length + second.length);
        b.putInt(first.length).put(first).putInt(second.length).put(second);
        return b.array();
    }

    /** The next length-prefixed blob of {@code body} as a view, advancing its position. */
    private static ByteBuffer blob(ByteBuffer body) {
        int length = body.getInt();
        ByteBuffer view = body.slice(body.position(), length);
        body.position(body.position() + length);
        return view;
    }
}

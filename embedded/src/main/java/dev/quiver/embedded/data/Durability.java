package dev.quiver.embedded.data;

import com.google.protobuf.CodedInputStream;
import dev.quiver.embedded.storage.DataDirectory;
import dev.quiver.embedded.storage.MappedSegment;
import dev.quiver.embedded.storage.SegmentStore;
import dev.quiver.embedded.storage.WalOptions;
import dev.quiver.embedded.storage.WalVisitor;
import dev.quiver.embedded.storage.WriteAheadLog;
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
import java.util.List;
import java.util.Map;

/**
 * File mode: the write-ahead log records of mutations and the segment files of sealed segments and tombstone
 * snapshots, over the storage package's {@link WriteAheadLog} and {@link SegmentStore}.
 *
 * <p>WAL records (type byte, then big-endian fields): INSERT {@code coll, part, ts, InsertRequest}; DELETE
 * {@code coll, ts, IDs}; UPSERT {@code coll, part, ts, IDs (replaced keys), InsertRequest}; TRUNCATE
 * {@code coll, ts}. The InsertRequest holds the normalised columns (generated ids included), so replay is exact.
 *
 * <p>Segment file header: magic, kind (data or tombstones), collection, partition, rows, min and max lsn of the
 * rows it holds (the lsn of the tombstone coverage for tombstone files), seal timestamp. Data body: length-prefixed
 * InsertRequest with every column, then the per-row insert timestamps as a LongArray. Tombstone body: IDs, then
 * their delete timestamps as a LongArray.
 */
final class Durability implements AutoCloseable {
    static final byte INSERT = 1;
    static final byte DELETE = 2;
    static final byte UPSERT = 3;
    static final byte TRUNCATE = 4;
    static final byte KIND_DATA = 0;
    static final byte KIND_TOMBSTONES = 1;
    private static final int MAGIC = 0x51445331; // "QDS1"

    /** What a segment file's header says. */
    record FileInfo(long id, byte kind, long collectionId, long partitionId, int rows, long minLsn, long maxLsn,
                    long sealTimestamp) {
    }

    /** A decoded WAL record. */
    record Record(long lsn, byte type, long collectionId, long partitionId, long timestamp, List<Object> keys,
                  InsertRequest insert) {
    }

    private final WriteAheadLog wal;
    private final SegmentStore store;

    Durability(DataDirectory directory, boolean sync) throws IOException {
        this.wal = directory.openWal(WalOptions.defaults().withSync(sync));
        this.store = directory.segments();
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

    void truncateBefore(long lsn) {
        try {
            wal.truncateBefore(lsn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a sealed segment's file (atomic, fsynced). */
    void writeSegment(Segment segment, long minLsn, long maxLsn, long sealTimestamp) {
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
                sealTimestamp);
        write(segment.id, header, body);
    }

    /** Writes a collection's tombstones as segment file {@code fileId}, covering WAL records up to {@code lsn}. */
    void writeTombstones(long fileId, long collectionId, Map<Object, Long> tombstones, boolean stringKeys, long lsn) {
        List<Object> keys = new ArrayList<>(tombstones.size());
        LongArray.Builder ts = LongArray.newBuilder();
        tombstones.forEach((k, v) -> {
            keys.add(k);
            ts.addData(v);
        });
        byte[] body = blobs(Keys.toIds(keys, stringKeys).toByteArray(), ts.build().toByteArray());
        write(fileId, header(KIND_TOMBSTONES, collectionId, 0, keys.size(), lsn, lsn, 0), body);
    }

    List<FileInfo> list() throws IOException {
        List<FileInfo> infos = new ArrayList<>();
        for (long id : store.list()) {
            MappedSegment mapped = store.open(id);
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(mapped.header()));
            if (in.readInt() != MAGIC) {
                throw new IOException("segment file " + mapped.file() + " is not a Quiver data segment");
            }
            infos.add(new FileInfo(id, in.readByte(), in.readLong(), in.readLong(), in.readInt(), in.readLong(),
                    in.readLong(), in.readLong()));
        }
        return infos;
    }

    /** Maps a data segment file back in and rebuilds its columns. */
    Segment readSegment(FileInfo info, CollectionSchema schema) {
        try {
            ByteBuffer body = store.open(info.id()).body();
            InsertRequest columns = InsertRequest.parseFrom(CodedInputStream.newInstance(blob(body)));
            LongArray ts = LongArray.parseFrom(CodedInputStream.newInstance(blob(body)));
            Segment segment = new Segment(info.id(), info.collectionId(), info.partitionId(), schema);
            int rows = (int) columns.getNumRows();
            long[] timestamps = new long[rows];
            for (int i = 0; i < rows; i++) {
                timestamps[i] = ts.getData(i);
            }
            segment.appendAll(columns.getFieldsDataList(), rows, timestamps);
            return segment;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read segment " + info.id() + ": " + e.getMessage(), e);
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
            throw new UncheckedIOException("cannot read tombstones " + info.id() + ": " + e.getMessage(), e);
        }
    }

    void delete(long fileId) {
        try {
            store.delete(fileId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
                                 long sealTimestamp) {
        ByteBuffer b = ByteBuffer.allocate(4 + 1 + 8 + 8 + 4 + 8 + 8 + 8);
        b.putInt(MAGIC).put(kind).putLong(collectionId).putLong(partitionId).putInt(rows).putLong(minLsn)
                .putLong(maxLsn).putLong(sealTimestamp);
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

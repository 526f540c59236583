package dev.quiver.embedded.index;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * The index file format, big-endian: magic {@code QVIX}, format version, built type, requested type, metric,
 * dimension, row count, the integer build parameters, the payload (graph or lists) with its length, and a
 * trailing CRC32C of every byte before it.
 */
final class IndexFile {
    private static final int MAGIC = 0x51564958;
    /** 2: HNSW payloads are JVector 4's hierarchical graphs; files of version 1 are rebuilt at start. */
    private static final int VERSION = 2;
    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT)
            .startsWith("windows");

    /** A file's validated header and payload. */
    record Contents(IndexSpec spec, byte[] payload) {
    }

    private IndexFile() {
    }

    static void write(Path file, IndexSpec spec, int dim, int rows, byte[] payload) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 256);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeUTF(spec.indexType());
        out.writeUTF(spec.requestedType());
        out.writeUTF(spec.metric().name());
        out.writeInt(dim);
        out.writeInt(rows);
        out.writeInt(spec.params().size());
        for (Map.Entry<String, Integer> e : spec.params().entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue());
        }
        out.writeLong(payload.length);
        out.write(payload);
        CRC32C crc = new CRC32C();
        crc.update(bytes.toByteArray());
        out.writeInt((int) crc.getValue());
        out.flush();
        replaceAtomically(file, ByteBuffer.wrap(bytes.toByteArray()));
    }

    static Contents read(Path file, FloatVectors vectors) throws IOException {
        byte[] all;
        try {
            all = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IOException("cannot read index file " + file + ": " + e, e);
        }
        if (all.length < 12) {
            throw corrupt(file, "it is " + all.length + " bytes long");
        }
        CRC32C crc = new CRC32C();
        crc.update(all, 0, all.length - 4);
        int stored = ByteBuffer.wrap(all, all.length - 4, 4).getInt();
        if ((int) crc.getValue() != stored) {
            throw corrupt(file, "its checksum does not match");
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(all, 0, all.length - 4));
        if (in.readInt() != MAGIC) {
            throw corrupt(file, "it is not an index file");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw corrupt(file, "its format version " + version + " is not " + VERSION);
        }
        String type = in.readUTF();
        String requested = in.readUTF();
        IndexMetric metric;
        try {
            metric = IndexMetric.valueOf(in.readUTF());
        } catch (IllegalArgumentException e) {
            throw corrupt(file, "its metric is unknown");
        }
        int dim = in.readInt();
        if (dim != vectors.dim()) {
            throw corrupt(file, "it indexes vectors of dimension " + dim + " but the segment's are " + vectors.dim());
        }
        int rows = in.readInt();
        if (rows != vectors.count()) {
            throw corrupt(file, "it indexes " + rows + " rows but the segment has " + vectors.count());
        }
        int n = in.readInt();
        Map<String, Integer> params = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            params.put(in.readUTF(), in.readInt());
        }
        long length = in.readLong();
        if (length < 0 || length > in.available()) {
            throw corrupt(file, "its payload length " + length + " exceeds the file");
        }
        byte[] payload = readN(in, (int) length);
        return new Contents(new IndexSpec(type, requested, metric, params), payload);
    }

    private static byte[] readN(InputStream in, int n) throws IOException {
        byte[] b = new byte[n];
        new DataInputStream(in).readFully(b);
        return b;
    }

    private static IOException corrupt(Path file, String why) {
        return new IOException("index file " + file + " is unusable: " + why);
    }

    private static void replaceAtomically(Path target, ByteBuffer content) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                while (content.hasRemaining()) {
                    channel.write(content);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot rename " + temp + " to " + target + " atomically: " + e, e);
            }
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw new IOException("cannot write index file " + target + ": " + e.getMessage(), e);
        }
        if (!WINDOWS) {
            try (FileChannel dir = FileChannel.open(target.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
                dir.force(true);
            }
        }
    }
}

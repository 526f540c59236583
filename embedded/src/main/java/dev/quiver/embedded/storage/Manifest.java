package dev.quiver.embedded.storage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One committed state of a data directory: the catalog, the live files and what the write-ahead log must still
 * hold. Immutable; {@link ManifestStore} replaces it atomically.
 *
 * @param catalog          the catalog bytes, or {@code null} before the first catalog was committed
 * @param walCheckpointLsn every WAL record up to this lsn is in live files; WAL files holding only such records may
 *                         have been deleted, every later record must still be in the log
 * @param walWrittenLsn    the WAL had durably written every record up to this lsn when this state was committed:
 *                         a log ending before it lost acknowledged records
 * @param fileWatermark    the greatest segment file id ever committed: a segment file not listed with a greater id is
 *                         an output whose commit never happened (its rows are still in the WAL or in live files)
 * @param live             the live files, as paths relative to the data directory, with their sizes in bytes (segment
 *                         files under {@code segments/}; persisted index files, once there are any, go here too)
 * @param obsolete         files that a commit removed from {@link #live}; deleted after the commit, and again on open
 *                         when a crash came first
 */
public record Manifest(byte @Nullable [] catalog, long walCheckpointLsn, long walWrittenLsn, long fileWatermark,
                       SortedMap<String, Long> live, SortedSet<String> obsolete) {
    private static final int FORMAT = 1;

    /** Copies the collections. */
    public Manifest {
        live = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(live));
        obsolete = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(obsolete));
    }

    /** The state of a directory nothing was ever committed to. */
    static Manifest empty() {
        return new Manifest(null, 0, 0, 0, new TreeMap<>(), new TreeSet<>());
    }

    /** The catalog, if one was committed. */
    public Optional<byte[]> catalogBytes() {
        return Optional.ofNullable(catalog).map(byte[]::clone);
    }

    /** This state with the given changes applied. */
    Manifest with(byte @Nullable [] newCatalog, Map<String, Long> added, Set<String> removed, long checkpointLsn,
                  long writtenLsn, SortedSet<String> stillObsolete) {
        SortedMap<String, Long> nextLive = new TreeMap<>(live);
        SortedSet<String> nextObsolete = new TreeSet<>(stillObsolete);
        for (String path : removed) {
            if (nextLive.remove(path) != null) {
                nextObsolete.add(path);
            }
        }
        long watermark = fileWatermark;
        for (Map.Entry<String, Long> file : added.entrySet()) {
            nextLive.put(file.getKey(), file.getValue());
            nextObsolete.remove(file.getKey());
            watermark = Math.max(watermark, SegmentStore.idOf(file.getKey()));
        }
        return new Manifest(newCatalog != null ? newCatalog : catalog, Math.max(walCheckpointLsn, checkpointLsn),
                Math.max(walWrittenLsn, writtenLsn), watermark, nextLive, nextObsolete);
    }

    byte[] encode() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(FORMAT);
        out.writeInt(catalog == null ? -1 : catalog.length);
        if (catalog != null) {
            out.write(catalog);
        }
        out.writeLong(walCheckpointLsn);
        out.writeLong(walWrittenLsn);
        out.writeLong(fileWatermark);
        out.writeInt(live.size());
        for (Map.Entry<String, Long> file : live.entrySet()) {
            out.writeUTF(file.getKey());
            out.writeLong(file.getValue());
        }
        out.writeInt(obsolete.size());
        for (String path : obsolete) {
            out.writeUTF(path);
        }
        out.flush();
        return bytes.toByteArray();
    }

    /** Decodes a payload whose checksum was verified; a structural problem is reported as {@link IOException}. */
    static Manifest decode(byte[] payload) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IOException("manifest payload format " + format + ", this Quiver reads format " + FORMAT);
        }
        int catalogLength = in.readInt();
        byte[] catalog = null;
        if (catalogLength >= 0) {
            catalog = new byte[catalogLength];
            in.readFully(catalog);
        }
        long checkpoint = in.readLong();
        long written = in.readLong();
        long watermark = in.readLong();
        SortedMap<String, Long> live = new TreeMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            live.put(in.readUTF(), in.readLong());
        }
        SortedSet<String> obsolete = new TreeSet<>();
        for (int i = in.readInt(); i > 0; i--) {
            obsolete.add(in.readUTF());
        }
        if (in.available() != 0) {
            throw new IOException(in.available() + " unexpected bytes after the manifest's file lists");
        }
        return new Manifest(catalog, checkpoint, written, watermark, live, obsolete);
    }
}

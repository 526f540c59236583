package dev.quiver.embedded.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds indexes and moves them to and from files: the one entry point of this package. {@link #write} and
 * {@link #read} are the persistence seam a storage manifest can list: one file per (segment, index), written
 * atomically (temp file, fsync, rename, fsync of the directory) with a CRC32C over the whole file, read back
 * without rebuilding. Thread-safe.
 */
public final class VectorIndexes {
    private final AtomicLong builds = new AtomicLong();

    /**
     * Builds the index {@code spec} describes over {@code vectors}.
     *
     * @throws IllegalArgumentException for an index type this package does not build (specs from
     *                                  {@link IndexParams#resolve} never are)
     */
    public VectorIndex build(IndexSpec spec, FloatVectors vectors) {
        builds.incrementAndGet();
        return switch (spec.indexType()) {
            case "FLAT" -> new FlatIndex(spec, vectors);
            case "HNSW" -> HnswIndex.build(spec, vectors);
            case "IVF_FLAT" -> IvfFlatIndex.build(spec, vectors);
            default -> throw new IllegalArgumentException("cannot build index type " + spec.indexType());
        };
    }

    /** How many indexes this instance has built (reads do not count). */
    public long builds() {
        return builds.get();
    }

    /** Writes {@code index} to {@code file}, replacing it atomically. */
    public void write(VectorIndex index, Path file) throws IOException {
        byte[] payload;
        if (index instanceof HnswIndex hnsw) {
            payload = hnsw.payload();
        } else if (index instanceof IvfFlatIndex ivf) {
            payload = ivf.payload();
        } else if (index instanceof FlatIndex) {
            payload = new byte[0];
        } else {
            throw new IllegalArgumentException("not an index of this package: " + index);
        }
        IndexFile.write(file, index.spec(), index.dim(), index.size(), payload);
    }

    /**
     * Reads the index in {@code file} over {@code vectors} (the rows it was built on).
     *
     * @throws IOException when the file is unreadable, corrupt (checksum), of another format version, or was
     *                     built on a different number of rows or dimension
     */
    public VectorIndex read(Path file, FloatVectors vectors) throws IOException {
        IndexFile.Contents contents = IndexFile.read(file, vectors);
        IndexSpec spec = contents.spec();
        return switch (spec.indexType()) {
            case "FLAT" -> new FlatIndex(spec, vectors);
            case "HNSW" -> HnswIndex.read(spec, vectors, contents.payload());
            case "IVF_FLAT" -> IvfFlatIndex.read(spec, vectors, contents.payload());
            default -> throw new IOException("index file " + file + " holds an unknown index type "
                    + spec.indexType());
        };
    }
}

package dev.quiver.embedded.index;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * IVF_FLAT: rows partitioned into {@code nlist} lists by a k-means coarse quantizer; a search scores the
 * {@code nprobe} closest centroids' lists exactly. A segment with fewer rows than {@code nlist} gets one list per
 * row.
 */
final class IvfFlatIndex implements VectorIndex {
    private final IndexSpec spec;
    private final FloatVectors vectors;
    private final FloatVectors centroids;
    private final int[][] lists;

    private IvfFlatIndex(IndexSpec spec, FloatVectors vectors, FloatVectors centroids, int[][] lists) {
        this.spec = spec;
        this.vectors = vectors;
        this.centroids = centroids;
        this.lists = lists;
    }

    static IvfFlatIndex build(IndexSpec spec, FloatVectors vectors) {
        int nlist = Math.max(1, Math.min(spec.param(IndexParams.NLIST), vectors.count()));
        int dim = vectors.dim();
        FloatVectors centroids = new FloatVectors(KMeans.train(vectors, spec.metric(), nlist), dim, nlist);
        int[] assignment = new int[vectors.count()];
        IntStream.range(0, vectors.count()).parallel().forEach(row ->
                assignment[row] = KMeans.nearest(centroids, spec.metric(), vectors.data(), row * dim, dim));
        int[] sizes = new int[nlist];
        for (int list : assignment) {
            sizes[list]++;
        }
        int[][] lists = new int[nlist][];
        for (int c = 0; c < nlist; c++) {
            lists[c] = new int[sizes[c]];
        }
        int[] fill = new int[nlist];
        for (int row = 0; row < assignment.length; row++) {
            int c = assignment[row];
            lists[c][fill[c]++] = row;
        }
        return new IvfFlatIndex(spec, vectors, centroids, lists);
    }

    static IvfFlatIndex read(IndexSpec spec, FloatVectors vectors, byte[] payload) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
        int nlist = in.readInt();
        int dim = in.readInt();
        if (dim != vectors.dim() || nlist < 1 || (long) nlist * dim > payload.length) {
            throw new IOException("IVF header does not match the segment: nlist " + nlist + ", dim " + dim);
        }
        float[] c = new float[nlist * dim];
        for (int i = 0; i < c.length; i++) {
            c[i] = in.readFloat();
        }
        int[][] lists = new int[nlist][];
        long total = 0;
        for (int l = 0; l < nlist; l++) {
            int size = in.readInt();
            if (size < 0 || size > vectors.count()) {
                throw new IOException("IVF list " + l + " has an impossible size " + size);
            }
            lists[l] = new int[size];
            for (int i = 0; i < size; i++) {
                int row = in.readInt();
                if (row < 0 || row >= vectors.count()) {
                    throw new IOException("IVF list " + l + " names row " + row + " of " + vectors.count());
                }
                lists[l][i] = row;
            }
            total += size;
        }
        if (total != vectors.count()) {
            throw new IOException("IVF lists hold " + total + " rows but the segment has " + vectors.count());
        }
        return new IvfFlatIndex(spec, vectors, new FloatVectors(c, dim, nlist), lists);
    }

    byte[] payload() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(centroids.count());
            out.writeInt(centroids.dim());
            for (float f : centroids.data()) {
                out.writeFloat(f);
            }
            for (int[] list : lists) {
                out.writeInt(list.length);
                for (int row : list) {
                    out.writeInt(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public IndexSpec spec() {
        return spec;
    }

    @Override
    public int dim() {
        return vectors.dim();
    }

    @Override
    public int size() {
        return vectors.count();
    }

    @Override
    public Neighbors search(float[] query, SearchSettings settings, @Nullable BitSet accept) {
        IndexMetric metric = spec.metric();
        int k = Math.min(settings.topk(), vectors.count());
        int nprobe = Math.min(Math.max(1, settings.nprobe()), lists.length);
        float norm = IndexMetric.norm(query);
        TopCollector probes = new TopCollector(nprobe);
        for (int c = 0; c < lists.length; c++) {
            probes.offer(c, metric.similarity(metric.score(query, norm, centroids, c)));
        }
        Neighbors chosen = probes.drain(metric);
        TopCollector top = new TopCollector(k);
        for (int list : chosen.rows()) {
            for (int row : lists[list]) {
                if (accept == null || accept.get(row)) {
                    top.offer(row, metric.similarity(metric.score(query, norm, vectors, row)));
                }
            }
        }
        return top.drain(metric);
    }

    @Override
    public long indexBytes() {
        return 4L * centroids.data().length + 4L * vectors.count() + 16L * lists.length;
    }
}

package dev.quiver.embedded.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * BM25 corpus statistics of one segment's term-frequency column, as Milvus's {@code storage.BM25Stats} keeps them:
 * the number of rows, the number of tokens (the sum of the row values, each truncated to an integer) and, per term,
 * the number of rows holding it; plus each row's length (the sum of its values) for the scorer. Derived from the
 * stored vectors, so they are as durable as the rows: flush, restart and compaction rebuild them from the segment
 * that holds the rows, and a deleted row keeps counting until compaction rewrites its segment (as in Milvus, whose
 * per-segment stats are not updated by deletes). Rows are counted incrementally as a growing segment grows;
 * thread-safe.
 */
final class TermStatistics {
    /** The rows holding one term and the term's frequency in each, in row order; entries below {@code size} never
     * change (arrays grow by copy), so a snapshot may be read without the lock. */
    record Posting(int[] rows, float[] frequencies, int size) {
        static final Posting EMPTY = new Posting(new int[0], new float[0], 0);
    }

    private static final class Postings {
        int[] rows = new int[2];
        float[] frequencies = new float[2];
        int size;

        void add(int row, float frequency) {
            if (size == rows.length) {
                rows = Arrays.copyOf(rows, size * 2);
                frequencies = Arrays.copyOf(frequencies, size * 2);
            }
            rows[size] = row;
            frequencies[size++] = frequency;
        }
    }

    private final Map<Integer, Postings> postings = new HashMap<>();
    private float[] rowLengths = new float[0];
    private int rows;
    private long tokens;

    /** Counts the column's rows up to {@code upTo} that are not counted yet. */
    synchronized TermStatistics countUpTo(Column.SparseColumn column, int upTo) {
        if (upTo <= rows) {
            return this;
        }
        if (rowLengths.length < upTo) {
            rowLengths = Arrays.copyOf(rowLengths, Column.grow(rowLengths.length, upTo));
        }
        for (int row = rows; row < upTo; row++) {
            SparseVector v = column.get(row);
            float length = 0;
            if (v != null) {
                int[] indices = v.indices();
                float[] values = v.values();
                for (int i = 0; i < indices.length; i++) {
                    postings.computeIfAbsent(indices[i], k -> new Postings()).add(row, values[i]);
                    tokens += (long) values[i];
                    length += values[i];
                }
            }
            rowLengths[row] = length;
        }
        rows = upTo;
        return this;
    }

    synchronized int rows() {
        return rows;
    }

    synchronized long tokens() {
        return tokens;
    }

    /** How many counted rows hold {@code term}. */
    synchronized int rowsWith(int term) {
        Postings p = postings.get(term);
        return p == null ? 0 : p.size;
    }

    /** The counted rows holding {@code term}. */
    synchronized Posting posting(int term) {
        Postings p = postings.get(term);
        return p == null ? Posting.EMPTY : new Posting(p.rows, p.frequencies, p.size);
    }

    /** The counted rows' lengths (valid below {@link #rows()}); the array is not modified in place afterwards. */
    synchronized float[] rowLengths() {
        return rowLengths;
    }
}

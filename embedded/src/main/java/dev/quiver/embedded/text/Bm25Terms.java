package dev.quiver.embedded.text;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * Milvus's BM25 function output: every token is hashed to a sparse dimension id and a document becomes the map of
 * those ids to how often each occurs. Stateless and thread-safe.
 */
public final class Bm25Terms {
    /** Milvus hashes only the first 100 bytes of a token ({@code typeutil.substringLengthForCRC}). */
    static final int HASHED_PREFIX_BYTES = 100;
    private static final long MAX_UINT32 = 0xFFFF_FFFFL;

    private Bm25Terms() {
    }

    /**
     * The sparse dimension id of a token as an unsigned 32-bit value held in an {@code int}: CRC-32 (IEEE) of the
     * first 100 bytes of its UTF-8 form, modulo 2^32 - 1 ({@code typeutil.HashString2LessUint32}).
     */
    public static int termId(String token) {
        byte[] bytes = token.getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, Math.min(bytes.length, HASHED_PREFIX_BYTES));
        return (int) (crc.getValue() % MAX_UINT32);
    }

    /** Term id (unsigned order) to term frequency, for the tokens of one text. */
    public static TreeMap<Integer, Float> frequencies(List<String> tokens) {
        TreeMap<Integer, Float> tf = new TreeMap<>(Integer::compareUnsigned);
        for (String token : tokens) {
            tf.merge(termId(token), 1f, Float::sum);
        }
        return tf;
    }
}

package dev.quiver.embedded.data;

import java.util.Optional;

/**
 * The Query RPC's {@code query_params}, parsed in the order and with the messages of Milvus's proxy: the iterator
 * flags, the iterator's collection id check, then limit and offset (offset only counts with a limit, and
 * {@code offset + limit} must fit the max query result window).
 */
record QueryParams(long limit, long offset, boolean iterator, boolean reduceStopForBest, long collectionId) {
    static final long MAX_RESULT_WINDOW = 16_384;
    /** No limit given. */
    static final long UNLIMITED = -1;

    static QueryParams parse(Params params) {
        boolean stopForBest = goBool(params, "reduce_stop_for_best", "value for reduce_stop_for_best is invalid");
        boolean iterator = goBool(params, "iterator", "value for iterator field is invalid");
        long collectionId = 0;
        Optional<String> id = params.get("collection_id");
        if (id.isPresent()) {
            try {
                collectionId = Params.parseLong(id.get());
            } catch (NumberFormatException e) {
                throw Errors.mismatch("int value for collection_id", "collection_id", "value for collection id is invalid");
            }
        }
        long limit = UNLIMITED;
        long offset = 0;
        Optional<String> limitText = params.get("limit");
        if (limitText.isPresent()) {
            limit = integer(limitText.get(), "limit");
            offset = params.get("offset").map(v -> integer(v, "offset")).orElse(0L);
            if (offset < 0) {
                throw window("offset [%d] is invalid, should be gte than 0", offset);
            }
            if (limit <= 0) {
                throw window("limit [%d] is invalid, should be greater than 0", limit);
            }
            long depth = offset + limit;
            if (depth <= 0 || depth > MAX_RESULT_WINDOW) {
                throw window("(offset+limit) should be in range [1, %d], but got %d", MAX_RESULT_WINDOW, depth);
            }
        }
        return new QueryParams(limit, offset, iterator, stopForBest, collectionId);
    }

    boolean limited() {
        return limit != UNLIMITED;
    }

    private static RuntimeException window(String format, Object... args) {
        return Errors.invalid("invalid max query result window, " + format, args);
    }

    private static long integer(String text, String key) {
        try {
            return Params.parseLong(text);
        } catch (NumberFormatException e) {
            throw Errors.unexpected("%s [%s] is invalid", key, text);
        }
    }

    /** Go's {@code strconv.ParseBool}: 1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False. */
    private static boolean goBool(Params params, String key, String message) {
        Optional<String> v = params.get(key);
        if (v.isEmpty()) {
            return false;
        }
        return switch (v.get()) {
            case "1", "t", "T", "TRUE", "true", "True" -> true;
            case "0", "f", "F", "FALSE", "false", "False" -> false;
            default -> throw Errors.mismatch("true or false", v.get(), message);
        };
    }
}

package dev.quiver.embedded.data;

import java.util.function.IntPredicate;

/** A compiled filter; {@link #bind} it to one segment, then test that segment's rows (one thread per binding). */
@FunctionalInterface
interface RowFilter {
    IntPredicate bind(Segment segment);
}

package dev.quiver.embedded.data;

/** A compiled filter expression, evaluated per row of a segment. Thread-safe once compiled. */
@FunctionalInterface
interface RowFilter {
    boolean test(Segment segment, int row);
}

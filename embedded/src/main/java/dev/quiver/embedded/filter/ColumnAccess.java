package dev.quiver.embedded.filter;

/**
 * The columns of one segment (or any batch of rows), as a compiled filter reads them. A segment implements this
 * once; {@link RowPredicate#bind} asks for each column the filter uses once, then reads rows through the readers.
 */
@FunctionalInterface
public interface ColumnAccess {

    /**
     * The reader of the named field's column. The dynamic field is asked for by its name ({@code $meta}).
     *
     * @throws RuntimeException of the implementation's choice when the segment has no such column
     */
    ColumnReader column(String fieldName);
}

package dev.quiver.embedded.filter;

import java.util.List;
import java.util.function.IntPredicate;

/** The {@link RowPredicate} a compilation produces: a node tree over numbered column slots. Immutable. */
final class CompiledFilter implements RowPredicate {
    private final Node root;
    private final List<String> columns;

    CompiledFilter(Node root, List<String> columns) {
        this.root = root;
        this.columns = List.copyOf(columns);
    }

    @Override
    public boolean test(ColumnAccess access, int row) {
        return root.eval(readers(access), row) == Truth.TRUE;
    }

    @Override
    public IntPredicate bind(ColumnAccess access) {
        ColumnReader[] readers = readers(access);
        Node node = root;
        return row -> node.eval(readers, row) == Truth.TRUE;
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public boolean alwaysTrue() {
        return root instanceof Node.Const constant && constant.eval(new ColumnReader[0], 0) == Truth.TRUE;
    }

    private ColumnReader[] readers(ColumnAccess access) {
        ColumnReader[] readers = new ColumnReader[columns.size()];
        for (int i = 0; i < readers.length; i++) {
            readers[i] = access.column(columns.get(i));
        }
        return readers;
    }
}

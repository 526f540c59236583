package dev.quiver.driver.internal.exec;

import dev.quiver.grammar.ast.AddColumn;
import dev.quiver.grammar.ast.AlterCollection;
import dev.quiver.grammar.ast.AlterColumn;
import dev.quiver.grammar.ast.AlterIndex;
import dev.quiver.grammar.ast.AlterDatabase;
import dev.quiver.grammar.ast.AlterUser;
import dev.quiver.grammar.ast.CopyFrom;
import dev.quiver.grammar.ast.CopyTo;
import dev.quiver.grammar.ast.ColumnDefinition;
import dev.quiver.grammar.ast.CreateCollection;
import dev.quiver.grammar.ast.CreateCollectionQuick;
import dev.quiver.grammar.ast.CreateDatabase;
import dev.quiver.grammar.ast.CreateIndex;
import dev.quiver.grammar.ast.CreateUser;
import dev.quiver.grammar.ast.Delete;
import dev.quiver.grammar.ast.DistanceBound;
import dev.quiver.grammar.ast.Explain;
import dev.quiver.grammar.ast.HybridSearch;
import dev.quiver.grammar.ast.Insert;
import dev.quiver.grammar.ast.InsertSource;
import dev.quiver.grammar.ast.LoadCollection;
import dev.quiver.grammar.ast.LoadPartitions;
import dev.quiver.grammar.ast.Property;
import dev.quiver.grammar.ast.Query;
import dev.quiver.grammar.ast.Search;
import dev.quiver.grammar.ast.SetSetting;
import dev.quiver.grammar.ast.ShowCompactionState;
import dev.quiver.grammar.ast.ShowFlushAllState;
import dev.quiver.grammar.ast.ShowFlushState;
import dev.quiver.grammar.ast.Statement;
import dev.quiver.grammar.ast.Timed;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.Parameter;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Finds the {@link Parameter}s of a statement by its structure, once per prepare. {@link #STATEMENTS_WITH_VALUES}
 * lists the statement kinds that can hold an expression; every other kind holds names and flags only, which a
 * test over the AST's record components keeps true when a statement kind is added.
 */
final class ParameterScan {
    /** The statement kinds whose records reach an {@link Expression}, walked below. */
    static final Set<Class<? extends Statement>> STATEMENTS_WITH_VALUES = Set.of(AlterCollection.class,
            AlterColumn.class, AddColumn.class, AlterIndex.class,
            AlterDatabase.class, AlterUser.class, CreateCollection.class, CreateCollectionQuick.class,
            CreateDatabase.class, CreateIndex.class, CreateUser.class, Delete.class, Explain.class, Insert.class,
            LoadCollection.class, LoadPartitions.class, Query.class, Search.class, HybridSearch.class, SetSetting.class,
            ShowCompactionState.class, ShowFlushAllState.class, ShowFlushState.class, Timed.class, CopyFrom.class,
            CopyTo.class);

    private ParameterScan() {
    }

    /** Calls {@code sink} for every parameter of {@code statement}, in tree order. */
    static void forEach(Statement statement, Consumer<Parameter> sink) {
        if (statement instanceof Timed timed) {
            forEach(timed.statement(), sink);
        } else if (statement instanceof Explain explain) {
            forEach(explain.statement(), sink);
        } else if (statement instanceof Query q) {
            expression(q.filter(), sink);
            expression(q.limit(), sink);
            expression(q.offset(), sink);
            properties(q.properties(), sink);
        } else if (statement instanceof Search s) {
            expression(s.filter(), sink);
            for (DistanceBound bound : s.distanceBounds()) {
                expression(bound.value(), sink);
            }
            expression(s.orderBy().vector(), sink);
            expression(s.limit(), sink);
            expression(s.offset(), sink);
            properties(s.properties(), sink);
        } else if (statement instanceof HybridSearch h) {
            expression(h.filter(), sink);
            if (h.rerank() instanceof HybridSearch.Rrf rrf) {
                expression(rrf.k(), sink);
            } else {
                ((HybridSearch.Weighted) h.rerank()).weights().forEach(w -> expression(w, sink));
            }
            for (HybridSearch.AnnSearch ann : h.searches()) {
                expression(ann.order().vector(), sink);
                expression(ann.filter(), sink);
                expression(ann.limit(), sink);
            }
            expression(h.limit(), sink);
            expression(h.offset(), sink);
            properties(h.properties(), sink);
        } else if (statement instanceof Insert insert) {
            if (insert.source() instanceof InsertSource.Values values) {
                values.rows().forEach(row -> row.forEach(e -> expression(e, sink)));
            } else {
                ((InsertSource.Rows) insert.source()).rows().forEach(e -> expression(e, sink));
            }
        } else if (statement instanceof Delete delete) {
            expression(delete.filter(), sink);
        } else if (statement instanceof CreateCollection create) {
            for (ColumnDefinition column : create.columns()) {
                expression(column.defaultValue(), sink);
            }
            properties(create.properties(), sink);
        } else if (statement instanceof CreateCollectionQuick quick) {
            properties(quick.properties(), sink);
        } else if (statement instanceof AlterCollection alter) {
            properties(alter.properties(), sink);
        } else if (statement instanceof AlterColumn alter) {
            properties(alter.properties(), sink);
        } else if (statement instanceof AddColumn add) {
            expression(add.column().defaultValue(), sink);
        } else if (statement instanceof AlterIndex alter) {
            properties(alter.properties(), sink);
        } else if (statement instanceof CreateDatabase create) {
            properties(create.properties(), sink);
        } else if (statement instanceof AlterDatabase alter) {
            properties(alter.properties(), sink);
        } else if (statement instanceof CreateIndex index) {
            properties(index.properties(), sink);
        } else if (statement instanceof LoadCollection load) {
            properties(load.properties(), sink);
        } else if (statement instanceof LoadPartitions load) {
            properties(load.properties(), sink);
        } else if (statement instanceof CreateUser user) {
            expression(user.password(), sink);
        } else if (statement instanceof AlterUser user) {
            expression(user.password(), sink);
            expression(user.oldPassword(), sink);
        } else if (statement instanceof SetSetting set) {
            expression(set.value(), sink);
        } else if (statement instanceof ShowCompactionState show) {
            expression(show.compactionId(), sink);
        } else if (statement instanceof ShowFlushState show) {
            expression(show.flushTimestamp(), sink);
        } else if (statement instanceof ShowFlushAllState show) {
            expression(show.flushAllTimestamp(), sink);
        } else if (statement instanceof CopyFrom copy) {
            properties(copy.options(), sink);
        } else if (statement instanceof CopyTo copy) {
            if (copy.query() != null) {
                forEach(copy.query(), sink);
            }
            properties(copy.options(), sink);
        }
    }

    private static void properties(List<Property> properties, Consumer<Parameter> sink) {
        for (Property p : properties) {
            expression(p.value(), sink);
        }
    }

    private static void expression(@Nullable Expression e, Consumer<Parameter> sink) {
        if (e != null) {
            BoundExpressions.parameters(e, sink);
        }
    }
}

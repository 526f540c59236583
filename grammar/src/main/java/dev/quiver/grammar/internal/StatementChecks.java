package dev.quiver.grammar.internal;

import static dev.quiver.grammar.internal.AstBuilder.error;

import dev.quiver.grammar.ast.ColumnDefinition;
import dev.quiver.grammar.ast.DataType;
import dev.quiver.grammar.ast.DataTypeSpec;
import dev.quiver.grammar.ast.SelectItem;
import dev.quiver.grammar.ast.VectorOrder;
import dev.quiver.grammar.expr.ArrayLiteral;
import dev.quiver.grammar.expr.BinaryLiteral;
import dev.quiver.grammar.expr.DecimalArrayLiteral;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.IntegerArrayLiteral;
import dev.quiver.grammar.expr.Parameter;
import dev.quiver.grammar.expr.SparseVectorLiteral;
import dev.quiver.grammar.internal.QuiverSqlParser.*;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The checks that need no server: column definitions, and what a SELECT may combine. */
final class StatementChecks {

    void checkColumns(List<ColumnDefinitionContext> contexts, List<ColumnDefinition> columns,
                      IdentifierContext collection) {
        Set<String> names = new HashSet<>();
        int primaryKeys = 0;
        for (int i = 0; i < columns.size(); i++) {
            ColumnDefinition column = columns.get(i);
            if (!names.add(column.name())) {
                throw error(contexts.get(i), "column '" + column.name() + "' is defined twice");
            }
            if (column.primaryKey() && ++primaryKeys > 1) {
                throw error(contexts.get(i), "column '" + column.name()
                        + "' is a second PRIMARY KEY; a collection has exactly one");
            }
        }
        if (primaryKeys == 0) {
            throw error(collection, "collection '" + AstBuilder.name(collection) + "' has no PRIMARY KEY column");
        }
    }

    ColumnDefinition columnOptions(String name, DataTypeSpec type, List<ColumnOptionContext> options,
                                   AstBuilder builder) {
        boolean primaryKey = false;
        boolean autoId = false;
        Boolean nullable = null;
        Expression defaultValue = null;
        String comment = null;
        boolean partitionKey = false;
        boolean analyzer = false;
        String analyzerParams = null;
        boolean match = false;
        Set<Class<?>> seen = new HashSet<>();
        for (ColumnOptionContext option : options) {
            Class<?> kind = option instanceof NullOptionContext ? NotNullOptionContext.class : option.getClass();
            if (!seen.add(kind)) {
                throw error(option, "option " + option.getText().toUpperCase(Locale.ROOT)
                        + " conflicts with an earlier option of column '" + name + "'");
            }
            if (option instanceof PrimaryKeyOptionContext) {
                primaryKey = true;
            } else if (option instanceof AutoIdOptionContext) {
                autoId = true;
            } else if (option instanceof NotNullOptionContext) {
                nullable = false;
            } else if (option instanceof NullOptionContext) {
                nullable = true;
            } else if (option instanceof DefaultOptionContext defaultOption) {
                defaultValue = builder.literal(defaultOption.literalValue());
            } else if (option instanceof CommentOptionContext commentOption) {
                comment = AstBuilder.string(commentOption.string());
            } else if (option instanceof AnalyzerOptionContext analyzerOption) {
                analyzer = true;
                analyzerParams = analyzerOption.string() == null ? null : AstBuilder.string(analyzerOption.string());
            } else if (option instanceof MatchOptionContext) {
                match = true;
            } else {
                partitionKey = true;
            }
        }
        if ((analyzer || match) && type.type() != DataType.VARCHAR) {
            ColumnOptionContext option = options.stream()
                    .filter(o -> o instanceof AnalyzerOptionContext || o instanceof MatchOptionContext)
                    .findFirst().orElseThrow();
            throw error(option, "ANALYZER and MATCH apply to VARCHAR columns, not to '" + name + "' of type "
                    + type.type());
        }
        if (match && !analyzer) {
            ColumnOptionContext option = options.stream().filter(MatchOptionContext.class::isInstance).findFirst()
                    .orElseThrow();
            throw error(option, "MATCH needs ANALYZER on column '" + name + "' (Milvus matches analyzed tokens)");
        }
        if (autoId && !primaryKey) {
            ColumnOptionContext option = options.stream()
                    .filter(AutoIdOptionContext.class::isInstance).findFirst().orElseThrow();
            throw error(option, "AUTO_ID is only allowed on the PRIMARY KEY column, not on '" + name + "'");
        }
        return new ColumnDefinition(name, type, primaryKey, autoId, nullable, defaultValue, comment, partitionKey,
                analyzer, analyzerParams, match);
    }

    /** The vector ORDER BY of a SELECT, or null when there is no ORDER BY. */
    @Nullable VectorOrder vectorOrder(List<OrderItemContext> items, boolean withoutLimit, AstBuilder builder) {
        if (items.isEmpty()) {
            return null;
        }
        for (OrderItemContext item : items) {
            if (item instanceof DistanceOrderContext) {
                throw error(item, "ORDER BY distance() is not supported: a vector search is ordered by its vector,"
                        + " nearest first; write ORDER BY field <-> vector");
            }
            if (item instanceof PlainOrderContext plain) {
                throw error(plain, "ORDER BY " + AstBuilder.name(plain.identifier())
                        + " is not supported: results can only be ordered by a vector distance,"
                        + " such as ORDER BY embedding <-> [0.1, 0.2]");
            }
        }
        if (items.size() > 1) {
            throw error(items.get(1), "ORDER BY on two vectors is not supported: a search orders by one vector field");
        }
        VectorOrderContext order = (VectorOrderContext) items.get(0);
        if (order.DESC() != null) {
            throw error(order.DESC(), "ORDER BY a distance DESC is not supported: a vector search returns the"
                    + " nearest rows first");
        }
        if (withoutLimit) {
            throw error(order, "a vector search needs LIMIT: add LIMIT n after ORDER BY");
        }
        return builder.vectorOrder(order);
    }

    void checkQueryVector(LiteralValueContext context, Expression vector, dev.quiver.grammar.ast.Metric metric) {
        if (metric == dev.quiver.grammar.ast.Metric.BM25) {
            if (isText(vector) || vector instanceof ArrayLiteral list && !list.elements().isEmpty()
                    && list.elements().stream().allMatch(StatementChecks::isText)) {
                return;
            }
            throw error(context, "a text search (@@) needs a string such as 'words to find', a list of strings, or a"
                    + " parameter");
        }
        if (isVector(vector)) {
            return;
        }
        if (vector instanceof ArrayLiteral list && !list.elements().isEmpty()
                && list.elements().stream().allMatch(StatementChecks::isVector)) {
            return;
        }
        throw error(context, "the query vector must be a vector literal such as [0.1, 0.2], a list of vectors,"
                + " or a parameter");
    }

    private static boolean isText(Expression value) {
        return value instanceof dev.quiver.grammar.expr.Literal.StringLiteral || value instanceof Parameter;
    }

    private static boolean isVector(Expression value) {
        return value instanceof DecimalArrayLiteral || value instanceof IntegerArrayLiteral
                || value instanceof SparseVectorLiteral || value instanceof BinaryLiteral
                || value instanceof Parameter;
    }

    void checkQuery(SelectContext context, List<SelectItem> items) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof SelectItem.Distance) {
                throw error(context.selectItem(i), "distance() needs a vector search: add ORDER BY field <-> vector");
            }
            if (items.get(i) instanceof SelectItem.CountAll && items.size() > 1) {
                throw error(context.selectItem(i), "COUNT(*) cannot be combined with other columns");
            }
        }
        if (context.groupField != null) {
            throw error(context.GROUP(), "GROUP BY needs a vector search: add ORDER BY field <-> vector");
        }
    }

    void checkSearch(SelectContext context, List<SelectItem> items) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof SelectItem.CountAll) {
                throw error(context.selectItem(i), "COUNT(*) cannot be used in a vector search");
            }
        }
    }
}

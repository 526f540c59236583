package dev.quiver.grammar.internal;

import dev.quiver.grammar.internal.error.GrammarError;
import dev.quiver.grammar.expr.FilterFunction;
import dev.quiver.grammar.ast.*;
import dev.quiver.grammar.expr.And;
import dev.quiver.grammar.expr.ArrayLiteral;
import dev.quiver.grammar.expr.Arithmetic;
import dev.quiver.grammar.expr.ArithmeticOperator;
import dev.quiver.grammar.expr.BinaryLiteral;
import dev.quiver.grammar.expr.Comparison;
import dev.quiver.grammar.expr.ComparisonOperator;
import dev.quiver.grammar.expr.DecimalArrayLiteral;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.FieldRef;
import dev.quiver.grammar.expr.FunctionCall;
import dev.quiver.grammar.expr.IntervalLiteral;
import dev.quiver.grammar.expr.TimestampLiteral;
import dev.quiver.grammar.expr.In;
import dev.quiver.grammar.expr.IntegerArrayLiteral;
import dev.quiver.grammar.expr.Like;
import dev.quiver.grammar.expr.Literal;
import dev.quiver.grammar.expr.Negate;
import dev.quiver.grammar.expr.Not;
import dev.quiver.grammar.expr.NullTest;
import dev.quiver.grammar.expr.ObjectLiteral;
import dev.quiver.grammar.expr.Or;
import dev.quiver.grammar.expr.Parameter;
import dev.quiver.grammar.expr.Range;
import dev.quiver.grammar.expr.SparseVectorLiteral;
import dev.quiver.grammar.expr.TemplateVariable;
import dev.quiver.grammar.internal.QuiverSqlParser.*;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.jspecify.annotations.Nullable;

/**
 * Builds the immutable AST from the parse tree and performs the checks that need no server. Not thread-safe:
 * one instance per parse.
 */
final class AstBuilder extends QuiverSqlBaseVisitor<Object> {
    private final ParameterNumbering parameters;
    private final StatementChecks checks = new StatementChecks();

    AstBuilder(ParameterNumbering parameters) {
        this.parameters = parameters;
    }

    // ---- entry points ----

    Statement statement(StatementWithTimeoutContext context) {
        parameters.startStatement(context.getStart());
        Statement statement = statement(context.statement());
        TerminalNode duration = context.DURATION();
        return duration == null ? statement : new Timed(statement, duration(duration.getSymbol()));
    }

    Expression expression(BooleanExpressionContext context) {
        parameters.startStatement(context.getStart());
        return filter(context);
    }

    private Statement statement(StatementContext context) {
        // the only child is the labelled alternative of a statement-kind rule (sessionStatement, ...)
        return (Statement) visit(context.getChild(0));
    }

    // ---- session and server ----

    @Override
    public Statement visitUse(UseContext context) {
        return new Use(name(context.identifier()));
    }

    @Override
    public Statement visitSetSetting(SetSettingContext context) {
        return new SetSetting(settingName(context.settingName()), propertyValue(context.propertyValue()));
    }

    @Override
    public Statement visitResetSetting(ResetSettingContext context) {
        return new ResetSetting(settingName(context.settingName()));
    }

    @Override
    public Statement visitShowSettings(ShowSettingsContext context) {
        return new ShowSettings();
    }

    @Override
    public Statement visitShowVersion(ShowVersionContext context) {
        return new ShowVersion();
    }

    @Override
    public Statement visitShowHealth(ShowHealthContext context) {
        return new ShowHealth();
    }

    @Override
    public Statement visitExplain(ExplainContext context) {
        return new Explain(statement(context.statement()));
    }

    // ---- databases ----

    @Override
    public Statement visitCreateDatabase(CreateDatabaseContext context) {
        return new CreateDatabase(name(context.identifier()), context.ifNotExists() != null,
                properties(context.properties()));
    }

    @Override
    public Statement visitDropDatabase(DropDatabaseContext context) {
        return new DropDatabase(name(context.identifier()), context.ifExists() != null);
    }

    @Override
    public Statement visitAlterDatabase(AlterDatabaseContext context) {
        return new AlterDatabase(name(context.identifier()), properties(context.properties()));
    }

    @Override
    public Statement visitShowDatabases(ShowDatabasesContext context) {
        return new ShowDatabases();
    }

    @Override
    public Statement visitDescribeDatabase(DescribeDatabaseContext context) {
        return new DescribeDatabase(name(context.identifier()));
    }

    // ---- collections ----

    @Override
    public Statement visitCreateCollection(CreateCollectionContext context) {
        List<ColumnDefinition> columns = new ArrayList<>();
        List<ColumnDefinitionContext> columnContexts = new ArrayList<>();
        List<FunctionDefinition> functions = new ArrayList<>();
        for (TableElementContext element : context.tableElement()) {
            if (element.columnDefinition() != null) {
                columnContexts.add(element.columnDefinition());
                columns.add(columnDefinition(element.columnDefinition()));
            } else {
                FunctionDefinitionContext function = element.functionDefinition();
                List<String> inputs = function.inputs.stream().map(AstBuilder::name).toList();
                List<String> outputs = function.outputs.stream().map(AstBuilder::name).toList();
                functions.add(new FunctionDefinition(name(function.name), name(function.type).toUpperCase(Locale.ROOT),
                        inputs, outputs));
            }
        }
        checks.checkColumns(columnContexts, columns, context.identifier());
        return new CreateCollection(name(context.identifier()), context.ifNotExists() != null, columns,
                properties(context.properties()), functions);
    }

    @Override
    public Statement visitCreateCollectionQuick(CreateCollectionQuickContext context) {
        int dimension = intValue(context.INTEGER_VALUE().getSymbol());
        if (dimension <= 0) {
            throw error(context.INTEGER_VALUE().getSymbol(), "dimension must be positive");
        }
        Metric metric = null;
        if (context.METRIC() != null) {
            metric = metric(context.identifier(1));
        }
        return new CreateCollectionQuick(name(context.identifier(0)), context.ifNotExists() != null, dimension,
                metric, properties(context.properties()));
    }

    private Metric metric(IdentifierContext context) {
        String name = name(context).toUpperCase(Locale.ROOT);
        for (Metric metric : Metric.values()) {
            if (metric.name().equals(name)) {
                return metric;
            }
        }
        throw error(context, "unknown metric '" + name(context) + "'. Expecting: L2, IP, COSINE, HAMMING, JACCARD");
    }

    @Override
    public Statement visitDropCollection(DropCollectionContext context) {
        return new DropCollection(name(context.identifier()), context.ifExists() != null);
    }

    @Override
    public Statement visitRenameCollection(RenameCollectionContext context) {
        return new RenameCollection(name(context.identifier(0)), name(context.identifier(1)));
    }

    @Override
    public Statement visitAlterCollection(AlterCollectionContext context) {
        return new AlterCollection(name(context.identifier()), properties(context.properties()));
    }

    @Override
    public Statement visitAlterCollectionDropProperties(AlterCollectionDropPropertiesContext context) {
        return new AlterCollection(name(context.identifier()), List.of(), propertyKeys(context.propertyKeys()));
    }

    @Override
    public Statement visitAddColumn(AddColumnContext context) {
        return new AddColumn(name(context.identifier()), columnDefinition(context.columnDefinition()));
    }

    @Override
    public Statement visitAlterColumn(AlterColumnContext context) {
        return new AlterColumn(name(context.collectionName), name(context.column), properties(context.properties()),
                List.of());
    }

    @Override
    public Statement visitAlterColumnDropProperties(AlterColumnDropPropertiesContext context) {
        return new AlterColumn(name(context.collectionName), name(context.column), List.of(),
                propertyKeys(context.propertyKeys()));
    }

    @Override
    public Statement visitTruncateCollection(TruncateCollectionContext context) {
        return new TruncateCollection(name(context.identifier()));
    }

    @Override
    public Statement visitDescribeCollection(DescribeCollectionContext context) {
        return new DescribeCollection(name(context.identifier()));
    }

    @Override
    public Statement visitShowCreateCollection(ShowCreateCollectionContext context) {
        return new ShowCreateCollection(name(context.identifier()));
    }

    @Override
    public Statement visitShowCollections(ShowCollectionsContext context) {
        return new ShowCollections(context.string() == null ? null : string(context.string()));
    }

    @Override
    public Statement visitShowStatistics(ShowStatisticsContext context) {
        return new ShowStatistics(name(context.identifier(0)),
                context.identifier().size() > 1 ? name(context.identifier(1)) : null);
    }

    // ---- partitions ----

    @Override
    public Statement visitCreatePartition(CreatePartitionContext context) {
        return new CreatePartition(name(context.identifier(1)), name(context.identifier(0)),
                context.ifNotExists() != null);
    }

    @Override
    public Statement visitDropPartition(DropPartitionContext context) {
        return new DropPartition(name(context.identifier(1)), name(context.identifier(0)), context.ifExists() != null);
    }

    @Override
    public Statement visitShowPartitions(ShowPartitionsContext context) {
        return new ShowPartitions(name(context.identifier()));
    }

    // ---- load and release ----

    @Override
    public Statement visitLoadCollection(LoadCollectionContext context) {
        return new LoadCollection(name(context.identifier()), properties(context.properties()),
                context.NOWAIT() != null);
    }

    @Override
    public Statement visitLoadPartitions(LoadPartitionsContext context) {
        return new LoadPartitions(name(context.identifier()), names(context.identifierList()),
                properties(context.properties()), context.NOWAIT() != null);
    }

    @Override
    public Statement visitReleaseCollection(ReleaseCollectionContext context) {
        return new ReleaseCollection(name(context.identifier()));
    }

    @Override
    public Statement visitReleasePartitions(ReleasePartitionsContext context) {
        return new ReleasePartitions(name(context.identifier()), names(context.identifierList()));
    }

    @Override
    public Statement visitShowLoadState(ShowLoadStateContext context) {
        return new ShowLoadState(name(context.identifier()), names(context.identifierList()));
    }

    @Override
    public Statement visitShowLoadingProgress(ShowLoadingProgressContext context) {
        return new ShowLoadingProgress(name(context.identifier()), names(context.identifierList()));
    }

    // ---- flush and compaction ----

    @Override
    public Statement visitFlushAll(FlushAllContext context) {
        return new FlushAll(context.NOWAIT() != null);
    }

    @Override
    public Statement visitFlushPartition(FlushPartitionContext context) {
        return new FlushPartition(name(context.identifier(1)), name(context.identifier(0)), context.NOWAIT() != null);
    }

    @Override
    public Statement visitFlush(FlushContext context) {
        return new Flush(names(context.identifierList()), context.NOWAIT() != null);
    }

    @Override
    public Statement visitShowFlushState(ShowFlushStateContext context) {
        return new ShowFlushState(name(context.identifier()), integerValue(context.integerValue()));
    }

    @Override
    public Statement visitShowFlushAllState(ShowFlushAllStateContext context) {
        return new ShowFlushAllState(integerValue(context.integerValue()));
    }

    @Override
    public Statement visitCompact(CompactContext context) {
        return new Compact(name(context.identifier()), context.CLUSTERING() != null);
    }

    @Override
    public Statement visitShowCompactionState(ShowCompactionStateContext context) {
        return new ShowCompactionState(integerValue(context.integerValue()));
    }

    @Override
    public Statement visitShowSegments(ShowSegmentsContext context) {
        return new ShowSegments(name(context.identifier()));
    }

    // ---- indexes ----

    @Override
    public Statement visitCreateIndex(CreateIndexContext context) {
        return new CreateIndex(context.indexName == null ? null : name(context.indexName), name(context.target),
                name(context.field), context.ifNotExists() != null,
                context.indexType == null ? null : name(context.indexType), properties(context.properties()),
                context.NOWAIT() != null);
    }

    @Override
    public Statement visitDropIndex(DropIndexContext context) {
        return new DropIndex(name(context.identifier(0)), name(context.identifier(1)));
    }

    @Override
    public Statement visitAlterIndex(AlterIndexContext context) {
        return new AlterIndex(name(context.indexName), name(context.target), properties(context.properties()),
                List.of());
    }

    @Override
    public Statement visitAlterIndexDropProperties(AlterIndexDropPropertiesContext context) {
        return new AlterIndex(name(context.indexName), name(context.target), List.of(),
                propertyKeys(context.propertyKeys()));
    }

    @Override
    public Statement visitShowIndexes(ShowIndexesContext context) {
        return new ShowIndexes(name(context.identifier()));
    }

    @Override
    public Statement visitDescribeIndex(DescribeIndexContext context) {
        return new DescribeIndex(name(context.identifier(0)), name(context.identifier(1)));
    }

    // ---- aliases ----

    @Override
    public Statement visitCreateAlias(CreateAliasContext context) {
        return new CreateAlias(name(context.identifier(0)), name(context.identifier(1)));
    }

    @Override
    public Statement visitAlterAlias(AlterAliasContext context) {
        return new AlterAlias(name(context.identifier(0)), name(context.identifier(1)));
    }

    @Override
    public Statement visitDropAlias(DropAliasContext context) {
        return new DropAlias(name(context.identifier()));
    }

    @Override
    public Statement visitShowAliases(ShowAliasesContext context) {
        return new ShowAliases(context.identifier() == null ? null : name(context.identifier()));
    }

    @Override
    public Statement visitDescribeAlias(DescribeAliasContext context) {
        return new DescribeAlias(name(context.identifier()));
    }

    // ---- writing data ----

    @Override
    public Statement visitInsertValues(InsertValuesContext context) {
        List<String> columns = new ArrayList<>();
        for (IdentifierContext column : context.columnNames) {
            String name = name(column);
            if (columns.contains(name)) {
                throw error(column, "column '" + name + "' is listed twice");
            }
            columns.add(name);
        }
        List<List<Expression>> rows = new ArrayList<>();
        int width = columns.isEmpty() ? context.valuesRow(0).literalValue().size() : columns.size();
        for (ValuesRowContext row : context.valuesRow()) {
            if (row.literalValue().size() != width) {
                throw error(row, "this row has " + values(row.literalValue().size()) + " but "
                        + (columns.isEmpty() ? "the first row has " : "the column list names ") + width);
            }
            List<Expression> values = new ArrayList<>(width);
            for (LiteralValueContext value : row.literalValue()) {
                values.add(literal(value));
            }
            rows.add(values);
        }
        return new Insert(name(context.target), context.partitionName == null ? null : name(context.partitionName),
                new InsertSource.Values(columns, rows), context.UPSERT() != null);
    }

    private static String values(int count) {
        return count + (count == 1 ? " value" : " values");
    }

    @Override
    public Statement visitInsertRows(InsertRowsContext context) {
        List<Expression> rows = new ArrayList<>();
        for (LiteralValueContext value : context.literalValue()) {
            Expression row = literal(value);
            if (!(row instanceof ObjectLiteral) && !(row instanceof Parameter)) {
                throw error(value, "ROWS takes JSON objects such as {\"id\": 1}");
            }
            rows.add(row);
        }
        return new Insert(name(context.target), context.partitionName == null ? null : name(context.partitionName),
                new InsertSource.Rows(rows), context.UPSERT() != null);
    }

    @Override
    public Statement visitDelete(DeleteContext context) {
        if (context.booleanExpression() == null) {
            throw error(context, "DELETE needs a WHERE clause; to delete every row use TRUNCATE COLLECTION");
        }
        return new Delete(name(context.target), context.partitionName == null ? null : name(context.partitionName),
                filter(context.booleanExpression()));
    }

    // ---- files (COPY, run by the client) ----

    @Override
    public Statement visitCopyFrom(CopyFromContext context) {
        List<String> columns = new ArrayList<>();
        for (IdentifierContext column : context.columnNames) {
            String name = name(column);
            if (columns.contains(name)) {
                throw error(column, "column " + name + " is listed twice");
            }
            columns.add(name);
        }
        return new CopyFrom(name(context.target), context.partitionName == null ? null : name(context.partitionName),
                columns, string(context.path), properties(context.properties()));
    }

    @Override
    public Statement visitCopyTo(CopyToContext context) {
        return new CopyTo(context.target == null ? null : name(context.target),
                context.queryStatement() == null ? null : (Statement) visit(context.queryStatement()), string(context.path),
                properties(context.properties()));
    }

    // ---- reading data ----

    @Override
    public Statement visitSelect(SelectContext context) {
        List<SelectItem> items = new ArrayList<>();
        for (SelectItemContext item : context.selectItem()) {
            items.add((SelectItem) visit(item));
        }
        String collection = name(context.target);
        List<String> partitions = names(context.identifierList());
        Expression limit = context.limit == null ? null : integerValue(context.limit);
        Expression offset = context.offset == null ? null : integerValue(context.offset);
        List<Property> properties = properties(context.properties());
        if (context.orderItem().size() == 1 && context.orderItem(0) instanceof RerankOrderContext rerank) {
            return hybridSearch(context, rerank, items, limit, offset, properties);
        }
        VectorOrder order = checks.vectorOrder(context.orderItem(), context.LIMIT() == null, this);
        if (order == null) {
            checks.checkQuery(context, items);
            Expression filter = context.booleanExpression() == null ? null : filter(context.booleanExpression());
            return new Query(items, collection, partitions, filter, limit, offset, properties);
        }
        checks.checkSearch(context, items);
        Expression filter = null;
        List<DistanceBound> bounds = new ArrayList<>();
        if (context.booleanExpression() != null) {
            List<Expression> terms = new ArrayList<>();
            for (BooleanExpressionContext term : conjuncts(context.booleanExpression())) {
                DistancePredicateContext distance = distancePredicate(term);
                ComparisonContext distanceComparison = distanceFunctionComparison(term);
                DistanceBetweenContext between = distanceBetween(term);
                BetweenContext functionBetween = distanceFunctionBetween(term);
                if (distance != null) {
                    bounds.add(distanceBound((PredicatedContext) term, distance, order));
                } else if (between != null) {
                    checkRangeTarget((PredicatedContext) term, between.distanceOperator(), between.literalValue(), order);
                    bounds.addAll(betweenBounds(term, between.NOT() != null, between.lower, between.upper, order));
                } else if (functionBetween != null) {
                    bounds.addAll(betweenBounds(term, functionBetween.NOT() != null, functionBetween.lower,
                            functionBetween.upper, order));
                } else if (distanceComparison != null) {
                    bounds.add(distanceBound(distanceComparison.comparisonOperator(0), distanceComparison.right));
                } else {
                    terms.add(filter(term));
                }
            }
            filter = terms.isEmpty() ? null : foldAnd(terms);
        }
        String groupBy = context.groupField == null ? null : name(context.groupField);
        return new Search(items, collection, partitions, filter, bounds, groupBy, order,
                Objects.requireNonNull(limit), offset, properties);
    }

    private HybridSearch hybridSearch(SelectContext context, RerankOrderContext rerank, List<SelectItem> items,
                                      @Nullable Expression limit, @Nullable Expression offset,
                                      List<Property> properties) {
        String reranker = name(rerank.reranker).toUpperCase(java.util.Locale.ROOT);
        if (!reranker.equals("RRF") && !reranker.equals("WEIGHTED")) {
            throw error(rerank.reranker, "unknown reranker " + name(rerank.reranker)
                    + ": a hybrid search is ordered by RRF([k,] search, ...) or WEIGHTED(w1, ..., search1, ...)");
        }
        List<Expression> numbers = new ArrayList<>();
        List<HybridSearch.AnnSearch> searches = new ArrayList<>();
        for (RerankArgumentContext argument : rerank.rerankArgument()) {
            if (argument instanceof NumberArgumentContext number) {
                if (!searches.isEmpty()) {
                    throw error(number, reranker + "(...): its numbers come before its searches");
                }
                Expression value = literal(number.literalValue());
                if (!(value instanceof Literal.IntegerLiteral || value instanceof Literal.DecimalLiteral
                        || value instanceof Parameter)) {
                    throw error(number, reranker + "(...) takes numbers and searches such as dense <-> :q;"
                            + " got " + number.getText());
                }
                numbers.add(value);
            } else {
                AnnArgumentContext ann = (AnnArgumentContext) argument;
                Expression vector = literal(ann.literalValue());
                Metric annMetric = metric(ann.distanceOperator());
                checks.checkQueryVector(ann.literalValue(), vector, annMetric);
                VectorOrder order = new VectorOrder(name(ann.identifier()), annMetric, vector);
                Expression annFilter = ann.booleanExpression() == null ? null : filter(ann.booleanExpression());
                Expression annLimit = ann.integerValue() == null ? null : integerValue(ann.integerValue());
                searches.add(new HybridSearch.AnnSearch(order, annFilter, annLimit));
            }
        }
        if (searches.isEmpty()) {
            throw error(rerank, reranker + "(...) needs at least one search such as dense <-> :q");
        }
        HybridSearch.Rerank fusion;
        if (reranker.equals("RRF")) {
            if (numbers.size() > 1) {
                throw error(rerank, "RRF takes at most one number (k) before its searches, got " + numbers.size());
            }
            fusion = new HybridSearch.Rrf(numbers.isEmpty() ? null : numbers.get(0));
        } else {
            if (numbers.size() != searches.size()) {
                throw error(rerank, "WEIGHTED needs one weight per search: " + numbers.size() + " weight(s) for "
                        + searches.size() + " search(es)");
            }
            fusion = new HybridSearch.Weighted(numbers);
        }
        if (context.LIMIT() == null) {
            throw error(rerank, "a vector search needs LIMIT: add LIMIT n after ORDER BY");
        }
        checks.checkSearch(context, items);
        Expression filter = null;
        if (context.booleanExpression() != null) {
            for (BooleanExpressionContext term : conjuncts(context.booleanExpression())) {
                if (distancePredicate(term) != null || distanceFunctionComparison(term) != null) {
                    throw error(term, "a hybrid search cannot bound distances (range search); bound each search"
                            + " separately with a plain search instead");
                }
            }
            filter = filter(context.booleanExpression());
        }
        String groupBy = context.groupField == null ? null : name(context.groupField);
        return new HybridSearch(items, name(context.target), names(context.identifierList()), filter, groupBy,
                fusion, searches, Objects.requireNonNull(limit), offset, properties);
    }

    private DistanceBound distanceBound(PredicatedContext term, DistancePredicateContext distance, VectorOrder order) {
        checkRangeTarget(term, distance.distanceOperator(), distance.literalValue(), order);
        return distanceBound(distance.comparisonOperator(), distance.bound);
    }

    /**
     * {@code d BETWEEN a AND b} is Milvus's range, the closer bound inclusive and the outer one exclusive: for L2,
     * HAMMING and JACCARD (smaller is closer) {@code d >= a AND d < b}, for IP and COSINE {@code d > a AND d <= b}.
     */
    private List<DistanceBound> betweenBounds(BooleanExpressionContext term, boolean negated,
                                              ValueExpressionContext lower, ValueExpressionContext upper,
                                              VectorOrder order) {
        if (negated) {
            throw error(term, "NOT BETWEEN cannot bound a distance: a range search keeps one interval");
        }
        boolean smallerIsCloser = order.metric() == Metric.L2 || order.metric() == Metric.HAMMING
                || order.metric() == Metric.JACCARD;
        DistanceBound low = distanceBound(smallerIsCloser ? ComparisonOperator.GREATER_OR_EQUAL
                : ComparisonOperator.GREATER, lower);
        DistanceBound high = distanceBound(smallerIsCloser ? ComparisonOperator.LESS
                : ComparisonOperator.LESS_OR_EQUAL, upper);
        return List.of(low, high);
    }

    private void checkRangeTarget(PredicatedContext term, DistanceOperatorContext operator,
                                  LiteralValueContext literal, VectorOrder order) {
        FieldRef field = term.valueExpression() instanceof ValueDefaultContext value
                && value.primaryExpression() instanceof FieldReferenceContext reference
                && reference.pathStep().isEmpty() ? FieldRef.of(fieldName(reference)) : null;
        Metric metric = metric(operator);
        Expression vector = literal(literal);
        if (vector instanceof Parameter.Positional) {
            throw error(literal, "a range condition cannot repeat the query vector as '?';"
                    + " write distance() < bound instead");
        }
        if (field == null || !field.name().equals(order.field()) || metric != order.metric()
                || !vector.equals(order.vector())) {
            throw error(term, "a range condition must use the field, operator and vector of the ORDER BY: "
                    + order.field() + " " + order.metric().getOperator() + " <vector>");
        }
    }

    private DistanceBound distanceBound(ComparisonOperatorContext operatorContext, ValueExpressionContext bound) {
        ComparisonOperator operator = comparisonOperator(operatorContext);
        if (operator == ComparisonOperator.EQUAL || operator == ComparisonOperator.NOT_EQUAL) {
            throw error(operatorContext, "a distance can only be bounded with <, <=, > or >=");
        }
        return distanceBound(operator, bound);
    }

    private DistanceBound distanceBound(ComparisonOperator operator, ValueExpressionContext bound) {
        Expression value = value(bound);
        if (!(value instanceof Literal.IntegerLiteral || value instanceof Literal.DecimalLiteral
                || value instanceof Parameter)) {
            throw error(bound, "a distance bound must be a number or a parameter");
        }
        return new DistanceBound(operator, value);
    }

    @Override
    public SelectItem visitAllColumns(AllColumnsContext context) {
        return new SelectItem.AllColumns();
    }

    @Override
    public SelectItem visitCountAll(CountAllContext context) {
        return new SelectItem.CountAll();
    }

    @Override
    public SelectItem visitDistanceItem(DistanceItemContext context) {
        return new SelectItem.Distance();
    }

    @Override
    public SelectItem visitColumnItem(ColumnItemContext context) {
        return new SelectItem.Column(name(context.identifier()));
    }

    VectorOrder vectorOrder(VectorOrderContext context) {
        Expression vector = literal(context.literalValue());
        Metric metric = metric(context.distanceOperator());
        checks.checkQueryVector(context.literalValue(), vector, metric);
        return new VectorOrder(name(context.identifier()), metric, vector);
    }

    private static Metric metric(DistanceOperatorContext context) {
        return Metric.fromOperator(context.getText()).orElseThrow();
    }

    // ---- users and roles ----

    @Override
    public Statement visitCreateUser(CreateUserContext context) {
        return new CreateUser(name(context.identifier()), stringOrParameter(context.stringOrParameter()));
    }

    @Override
    public Statement visitAlterUser(AlterUserContext context) {
        return new AlterUser(name(context.identifier()), stringOrParameter(context.stringOrParameter(0)),
                context.REPLACE() == null ? null : stringOrParameter(context.stringOrParameter(1)));
    }

    @Override
    public Statement visitDropUser(DropUserContext context) {
        return new DropUser(name(context.identifier()));
    }

    @Override
    public Statement visitShowUsers(ShowUsersContext context) {
        return new ShowUsers();
    }

    @Override
    public Statement visitCreateRole(CreateRoleContext context) {
        return new CreateRole(name(context.identifier()));
    }

    @Override
    public Statement visitDropRole(DropRoleContext context) {
        return new DropRole(name(context.identifier()));
    }

    @Override
    public Statement visitGrantRole(GrantRoleContext context) {
        return new GrantRole(name(context.identifier(0)), name(context.identifier(1)));
    }

    @Override
    public Statement visitRevokeRole(RevokeRoleContext context) {
        return new RevokeRole(name(context.identifier(0)), name(context.identifier(1)));
    }

    @Override
    public Statement visitShowRoles(ShowRolesContext context) {
        return new ShowRoles();
    }

    @Override
    public Statement visitGrantPrivilege(GrantPrivilegeContext context) {
        return new GrantPrivilege(nameOrStar(context.privilege), objectType(context.grantObjectType()),
                nameOrStar(context.object), name(context.identifier()));
    }

    @Override
    public Statement visitRevokePrivilege(RevokePrivilegeContext context) {
        return new RevokePrivilege(nameOrStar(context.privilege), objectType(context.grantObjectType()),
                nameOrStar(context.object), name(context.identifier()));
    }

    @Override
    public Statement visitShowGrants(ShowGrantsContext context) {
        return new ShowGrants(name(context.identifier()));
    }

    private static GrantObjectType objectType(GrantObjectTypeContext context) {
        return switch (context.getStart().getType()) {
            case QuiverSqlLexer.GLOBAL -> GrantObjectType.GLOBAL;
            case QuiverSqlLexer.USER -> GrantObjectType.USER;
            default -> GrantObjectType.COLLECTION;
        };
    }

    private static String nameOrStar(NameOrStarContext context) {
        return context.ASTERISK() != null ? "*" : name(context.identifier());
    }

    private Expression stringOrParameter(StringOrParameterContext context) {
        return context.string() != null ? Literal.of(string(context.string())) : parameter(context.parameter());
    }

    // ---- column definitions ----

    private ColumnDefinition columnDefinition(ColumnDefinitionContext context) {
        DataTypeSpec type = dataType(context.dataType());
        return checks.columnOptions(name(context.identifier()), type, context.columnOption(), this);
    }

    private DataTypeSpec dataType(DataTypeContext context) {
        String typeName = name(context.identifier()).toUpperCase(Locale.ROOT);
        DataType type;
        try {
            type = DataType.valueOf(typeName);
        } catch (IllegalArgumentException e) {
            throw error(context.identifier(), "unknown data type '" + name(context.identifier()) + "'");
        }
        Integer size = context.INTEGER_VALUE() == null ? null : intValue(context.INTEGER_VALUE().getSymbol());
        if (size != null && size <= 0) {
            throw error(context.INTEGER_VALUE().getSymbol(), "the size of " + type + " must be positive");
        }
        if (type == DataType.ARRAY) {
            if (context.dataType() == null || size == null) {
                throw error(context, "ARRAY needs an element type and a capacity: ARRAY<INT64>(16)");
            }
            DataTypeSpec element = dataType(context.dataType());
            if (element.type().isVector() || element.type() == DataType.ARRAY || element.type() == DataType.JSON
                    || element.type() == DataType.TIMESTAMPTZ || element.type() == DataType.GEOMETRY) {
                throw error(context.dataType(), "an ARRAY cannot hold " + element.type() + " elements");
            }
            return DataTypeSpec.array(element, size);
        }
        if (context.dataType() != null) {
            throw error(context.LT().getSymbol(), type + " takes no element type");
        }
        if (type == DataType.VARCHAR) {
            if (size == null) {
                throw error(context, "VARCHAR needs a maximum length: VARCHAR(n)");
            }
            return DataTypeSpec.varchar(size);
        }
        if (type.hasDimension()) {
            if (size == null) {
                throw error(context, type + " needs a dimension: " + type + "(d)");
            }
            return DataTypeSpec.vector(type, size);
        }
        if (size != null) {
            throw error(context.LPAREN().getSymbol(), type + " takes no size");
        }
        return DataTypeSpec.of(type);
    }

    // ---- properties ----

    private List<Property> properties(@Nullable PropertiesContext context) {
        if (context == null) {
            return List.of();
        }
        List<Property> properties = new ArrayList<>();
        for (PropertyContext property : context.property()) {
            properties.add(new Property(propertyKey(property.propertyKey()),
                    propertyValue(property.propertyValue())));
        }
        return properties;
    }

    private List<String> propertyKeys(PropertyKeysContext context) {
        List<String> keys = new ArrayList<>();
        for (PropertyKeyContext key : context.propertyKey()) {
            String name = propertyKey(key);
            if (keys.contains(name)) {
                throw error(key, "property '" + name + "' is listed twice");
            }
            keys.add(name);
        }
        return keys;
    }

    private static String propertyKey(PropertyKeyContext key) {
        if (key.string() != null) {
            return string(key.string());
        }
        List<String> parts = new ArrayList<>();
        for (IdentifierContext part : key.identifier()) {
            parts.add(name(part));
        }
        return String.join(".", parts);
    }

    private Expression propertyValue(PropertyValueContext context) {
        if (context instanceof IdentifierValueContext identifier) {
            return Literal.of(name(identifier.identifier()));
        }
        if (context instanceof DurationValueContext duration) {
            return Literal.of(duration.getText().toLowerCase(Locale.ROOT));
        }
        if (context instanceof LiteralPropertyValueContext literal) {
            return literal(literal.literalValue());
        }
        List<Expression> elements = new ArrayList<>();
        for (PropertyValueContext element : ((ListPropertyValueContext) context).propertyValue()) {
            elements.add(propertyValue(element));
        }
        return list(elements);
    }

    private static String settingName(SettingNameContext context) {
        List<String> parts = new ArrayList<>();
        for (IdentifierContext part : context.identifier()) {
            parts.add(name(part));
        }
        return String.join(".", parts).toLowerCase(Locale.ROOT);
    }

    // ---- filters ----

    private Expression filter(BooleanExpressionContext context) {
        return (Expression) visit(context);
    }

    /** The top-level AND terms of a condition, in order (AND chains are left-deep, so this walks without recursion). */
    private static List<BooleanExpressionContext> conjuncts(BooleanExpressionContext context) {
        List<BooleanExpressionContext> terms = new ArrayList<>();
        BooleanExpressionContext current = context;
        while (current instanceof AndContext and) {
            terms.add(and.booleanExpression(1));
            current = and.booleanExpression(0);
        }
        terms.add(current);
        Collections.reverse(terms);
        return terms;
    }

    /** {@code distance() < bound}: a range condition written with the score function. */
    private static @Nullable ComparisonContext distanceFunctionComparison(BooleanExpressionContext context) {
        return context instanceof PredicatedContext predicated
                && predicated.valueExpression() instanceof ValueDefaultContext value
                && value.primaryExpression() instanceof FunctionCallContext call
                && isDistanceFunction(call)
                && predicated.predicate() instanceof ComparisonContext comparison
                && comparison.far == null ? comparison : null;
    }

    private static boolean isDistanceFunction(FunctionCallContext call) {
        return name(call.identifier()).equalsIgnoreCase("distance") && call.valueExpression().isEmpty();
    }

    private static @Nullable DistanceBetweenContext distanceBetween(BooleanExpressionContext context) {
        return context instanceof PredicatedContext predicated
                && predicated.predicate() instanceof DistanceBetweenContext between ? between : null;
    }

    private static @Nullable BetweenContext distanceFunctionBetween(BooleanExpressionContext context) {
        return context instanceof PredicatedContext predicated
                && predicated.valueExpression() instanceof ValueDefaultContext value
                && value.primaryExpression() instanceof FunctionCallContext call
                && isDistanceFunction(call)
                && predicated.predicate() instanceof BetweenContext between ? between : null;
    }

    private static @Nullable DistancePredicateContext distancePredicate(BooleanExpressionContext context) {
        return context instanceof PredicatedContext predicated
                && predicated.predicate() instanceof DistancePredicateContext distance ? distance : null;
    }

    @Override
    public Expression visitAnd(AndContext context) {
        List<Expression> terms = new ArrayList<>();
        for (BooleanExpressionContext term : conjuncts(context)) {
            terms.add(filter(term));
        }
        return foldAnd(terms);
    }

    private static Expression foldAnd(List<Expression> terms) {
        Expression result = terms.get(0);
        for (int i = 1; i < terms.size(); i++) {
            result = new And(result, terms.get(i));
        }
        return result;
    }

    @Override
    public Expression visitOr(OrContext context) {
        List<BooleanExpressionContext> terms = new ArrayList<>();
        BooleanExpressionContext current = context;
        while (current instanceof OrContext or) {
            terms.add(or.booleanExpression(1));
            current = or.booleanExpression(0);
        }
        terms.add(current);
        Collections.reverse(terms);
        Expression result = filter(terms.get(0));
        for (int i = 1; i < terms.size(); i++) {
            result = new Or(result, filter(terms.get(i)));
        }
        return result;
    }

    @Override
    public Expression visitLogicalNot(LogicalNotContext context) {
        return new Not(filter(context.booleanExpression()));
    }

    @Override
    public Expression visitPredicated(PredicatedContext context) {
        Expression subject = value(context.valueExpression());
        PredicateContext predicate = context.predicate();
        if (predicate == null) {
            return subject;
        }
        if (predicate instanceof ComparisonContext comparison) {
            return comparison(subject, comparison);
        }
        if (predicate instanceof BetweenContext between) {
            Expression range = new Range(value(between.lower), true, subject, value(between.upper), true);
            return between.NOT() == null ? range : new Not(range);
        }
        if (predicate instanceof InPredicateContext in) {
            return new In(subject, inList(in.inList()), in.NOT() != null);
        }
        if (predicate instanceof LikeContext like) {
            Expression result = new Like(subject, value(like.pattern));
            return like.NOT() == null ? result : new Not(result);
        }
        if (predicate instanceof NullPredicateContext nullTest) {
            return new NullTest(subject, nullTest.NOT() != null);
        }
        throw error(predicate, "a distance condition is only allowed as an AND term of the WHERE of a vector search"
                + " (with ORDER BY field <op> vector)");
    }

    private Expression comparison(Expression subject, ComparisonContext context) {
        ComparisonOperator first = comparisonOperator(context.comparisonOperator(0));
        Expression middle = value(context.right);
        if (context.far == null) {
            return new Comparison(subject, first, middle);
        }
        ComparisonOperator second = comparisonOperator(context.comparisonOperator(1));
        boolean ascending = isLess(first) && isLess(second);
        boolean descending = isGreater(first) && isGreater(second);
        if (!ascending && !descending) {
            throw error(context.comparisonOperator(1),
                    "a chained range needs two comparisons in the same direction, such as 1 < x <= 5");
        }
        Expression far = value(context.far);
        Range range = ascending
                ? new Range(subject, first == ComparisonOperator.LESS_OR_EQUAL, middle, far,
                        second == ComparisonOperator.LESS_OR_EQUAL)
                : new Range(far, second == ComparisonOperator.GREATER_OR_EQUAL, middle, subject,
                        first == ComparisonOperator.GREATER_OR_EQUAL);
        return chainable(range);
    }

    /**
     * Milvus chains a range only on a field. A chain on another expression is the two comparisons it stands for, the
     * form the formatter writes it in (BETWEEN when both ends are inclusive), so that it reads back the same.
     */
    private static Expression chainable(Range range) {
        if (range.subject() instanceof FieldRef || (range.lowerInclusive() && range.upperInclusive())) {
            return range;
        }
        return new And(new Comparison(range.lower(), range.lowerInclusive() ? ComparisonOperator.LESS_OR_EQUAL
                : ComparisonOperator.LESS, range.subject()), new Comparison(range.subject(),
                range.upperInclusive() ? ComparisonOperator.LESS_OR_EQUAL : ComparisonOperator.LESS, range.upper()));
    }

    private static boolean isLess(ComparisonOperator operator) {
        return operator == ComparisonOperator.LESS || operator == ComparisonOperator.LESS_OR_EQUAL;
    }

    private static boolean isGreater(ComparisonOperator operator) {
        return operator == ComparisonOperator.GREATER || operator == ComparisonOperator.GREATER_OR_EQUAL;
    }

    private static ComparisonOperator comparisonOperator(ComparisonOperatorContext context) {
        return switch (context.getStart().getType()) {
            case QuiverSqlLexer.EQ, QuiverSqlLexer.DOUBLE_EQ -> ComparisonOperator.EQUAL;
            case QuiverSqlLexer.NEQ -> ComparisonOperator.NOT_EQUAL;
            case QuiverSqlLexer.LT -> ComparisonOperator.LESS;
            case QuiverSqlLexer.LTE -> ComparisonOperator.LESS_OR_EQUAL;
            case QuiverSqlLexer.GT -> ComparisonOperator.GREATER;
            default -> ComparisonOperator.GREATER_OR_EQUAL;
        };
    }

    private Expression inList(InListContext context) {
        if (context.identifier() != null) {
            return new TemplateVariable(name(context.identifier()));
        }
        if (context.LPAREN() == null) {
            return literal(context.literalValue(0));
        }
        List<Expression> elements = new ArrayList<>();
        for (LiteralValueContext element : context.literalValue()) {
            elements.add(literal(element));
        }
        return list(elements);
    }

    private Expression value(ValueExpressionContext context) {
        return (Expression) visit(context);
    }

    @Override
    public Expression visitValueDefault(ValueDefaultContext context) {
        return (Expression) visit(context.primaryExpression());
    }

    @Override
    public Expression visitArithmeticUnary(ArithmeticUnaryContext context) {
        if (context.operator.getType() == QuiverSqlLexer.MINUS
                && context.valueExpression() instanceof ValueDefaultContext operand
                && operand.primaryExpression() instanceof LiteralExpressionContext literal
                && literal.literalValue() instanceof NumericLiteralContext number
                && number.MINUS() == null) {
            return number(number.number(), true);
        }
        Expression operand = value(context.valueExpression());
        return context.operator.getType() == QuiverSqlLexer.MINUS ? new Negate(operand) : operand;
    }

    @Override
    public Expression visitArithmeticBinary(ArithmeticBinaryContext context) {
        ArithmeticOperator operator = switch (context.operator.getType()) {
            case QuiverSqlLexer.POWER -> ArithmeticOperator.POWER;
            case QuiverSqlLexer.ASTERISK -> ArithmeticOperator.MULTIPLY;
            case QuiverSqlLexer.SLASH -> ArithmeticOperator.DIVIDE;
            case QuiverSqlLexer.PERCENT -> ArithmeticOperator.MODULO;
            case QuiverSqlLexer.PLUS -> ArithmeticOperator.ADD;
            default -> ArithmeticOperator.SUBTRACT;
        };
        return new Arithmetic(value(context.left), operator, value(context.right));
    }

    @Override
    public Expression visitLiteralExpression(LiteralExpressionContext context) {
        return literal(context.literalValue());
    }

    @Override
    public Expression visitTemplateVariable(TemplateVariableContext context) {
        return new TemplateVariable(name(context.identifier()));
    }

    @Override
    public Expression visitTimestampLiteral(QuiverSqlParser.TimestampLiteralContext context) {
        return new TimestampLiteral(string(context.string()));
    }

    @Override
    public Expression visitIntervalLiteral(QuiverSqlParser.IntervalLiteralContext context) {
        return new IntervalLiteral(string(context.string()));
    }

    @Override
    public Expression visitFunctionCall(FunctionCallContext context) {
        if (isDistanceFunction(context)) {
            throw error(context, "distance() is only allowed in the select list and as a range condition"
                    + " 'distance() < bound' joined by AND to the WHERE of a vector search");
        }
        String function = name(context.identifier()).toLowerCase(Locale.ROOT);
        if (FilterFunction.named(function).isEmpty()) {
            throw error(context.identifier(), "unknown function '" + name(context.identifier()) + "'. Expecting one of: "
                    + String.join(", ", Arrays.stream(FilterFunction.values()).map(FilterFunction::functionName)
                            .sorted().toList()));
        }
        List<Expression> arguments = new ArrayList<>();
        for (ValueExpressionContext argument : context.valueExpression()) {
            arguments.add(value(argument));
        }
        return new FunctionCall(function, arguments);
    }

    @Override
    public Expression visitFieldReference(FieldReferenceContext context) {
        List<FieldRef.PathStep> path = new ArrayList<>();
        for (PathStepContext step : context.pathStep()) {
            path.add(pathStep(step));
        }
        return new FieldRef(fieldName(context), path);
    }

    private static String fieldName(FieldReferenceContext context) {
        return context.DOLLAR_IDENTIFIER() != null ? context.DOLLAR_IDENTIFIER().getText() : name(context.identifier());
    }

    private FieldRef.PathStep pathStep(PathStepContext context) {
        if (context.string() != null) {
            return new FieldRef.Key(string(context.string()));
        }
        if (context.INTEGER_VALUE() != null) {
            return new FieldRef.Index(longValue(context.INTEGER_VALUE().getSymbol(), false));
        }
        Token list = context.NUMBER_LIST().getSymbol();
        if (numberList(list) instanceof IntegerArrayLiteral index && index.size() == 1 && index.get(0) >= 0) {
            return new FieldRef.Index(index.get(0));
        }
        throw error(list, "an array index must be one non-negative integer, such as [0]");
    }

    @Override
    public Expression visitParenthesized(ParenthesizedContext context) {
        return filter(context.booleanExpression());
    }

    // ---- literal values ----

    Expression literal(LiteralValueContext context) {
        if (context instanceof NumericLiteralContext number) {
            return number(number.number(), number.MINUS() != null);
        }
        if (context instanceof StringLiteralContext string) {
            return Literal.of(string(string.string()));
        }
        if (context instanceof BooleanLiteralContext bool) {
            return Literal.of(bool.TRUE() != null);
        }
        if (context instanceof NullLiteralContext) {
            return new Literal.NullLiteral();
        }
        if (context instanceof ParameterLiteralContext parameter) {
            return parameter(parameter.parameter());
        }
        if (context instanceof BinaryLiteralContext binary) {
            return binary(binary.BINARY_LITERAL().getSymbol());
        }
        if (context instanceof NumberListContext list) {
            return numberList(list.NUMBER_LIST().getSymbol());
        }
        if (context instanceof ArrayLiteralContext array) {
            List<Expression> elements = new ArrayList<>();
            for (LiteralValueContext element : array.literalValue()) {
                elements.add(literal(element));
            }
            return list(elements);
        }
        if (context instanceof ObjectLiteralContext object) {
            return object(object);
        }
        return sparse((SparseLiteralContext) context);
    }

    private Expression object(ObjectLiteralContext context) {
        List<ObjectLiteral.Entry> entries = new ArrayList<>();
        for (ObjectEntryContext entry : context.objectEntry()) {
            String key = string(entry.string());
            Expression value;
            if (entry.NAMED_PARAMETER() != null) {
                // the lexer reads {"a":true} as "a" followed by the parameter :true
                String word = entry.NAMED_PARAMETER().getText().substring(1).toLowerCase(Locale.ROOT);
                value = switch (word) {
                    case "true" -> Literal.of(true);
                    case "false" -> Literal.of(false);
                    case "null" -> new Literal.NullLiteral();
                    default -> throw error(entry.NAMED_PARAMETER().getSymbol(),
                            "a JSON value is expected after ':' (write \"" + key + "\": "
                                    + entry.NAMED_PARAMETER().getText() + " for a parameter)");
                };
            } else {
                value = literal(entry.literalValue());
            }
            for (ObjectLiteral.Entry existing : entries) {
                if (existing.key().equals(key)) {
                    throw error(entry, "JSON key \"" + key + "\" appears twice");
                }
            }
            entries.add(new ObjectLiteral.Entry(key, value));
        }
        return new ObjectLiteral(entries);
    }

    private Expression sparse(SparseLiteralContext context) {
        int size = context.sparseEntry().size();
        long[] indices = new long[size];
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            SparseEntryContext entry = context.sparseEntry(i);
            indices[i] = longValue(entry.INTEGER_VALUE().getSymbol(), false);
            Expression value = number(entry.number(), entry.MINUS() != null);
            values[i] = value instanceof Literal.IntegerLiteral integer
                    ? (float) integer.value() : (float) ((Literal.DecimalLiteral) value).value();
            if (Float.isInfinite(values[i])) {
                throw error(entry.number(), "number out of range for a float: " + entry.number().getText());
            }
        }
        try {
            return new SparseVectorLiteral(indices, values);
        } catch (IllegalArgumentException e) {
            throw error(context, Objects.requireNonNullElse(e.getMessage(), e.toString()));
        }
    }

    /**
     * A list of values: numbers become a primitive array exactly as the NUMBER_LIST fast path builds them, so
     * both spellings give the same AST.
     */
    static Expression list(List<Expression> elements) {
        if (elements.isEmpty()) {
            return new ArrayLiteral(elements);
        }
        boolean integral = true;
        for (Expression element : elements) {
            if (element instanceof Literal.DecimalLiteral) {
                integral = false;
            } else if (!(element instanceof Literal.IntegerLiteral)) {
                return new ArrayLiteral(elements);
            }
        }
        if (integral) {
            long[] values = new long[elements.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = ((Literal.IntegerLiteral) elements.get(i)).value();
            }
            return new IntegerArrayLiteral(values);
        }
        double[] values = new double[elements.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = elements.get(i) instanceof Literal.IntegerLiteral integer
                    ? integer.value() : ((Literal.DecimalLiteral) elements.get(i)).value();
        }
        return new DecimalArrayLiteral(values);
    }

    private Expression numberList(Token token) {
        try {
            return NumberListScanner.scan(token.getText());
        } catch (NumberFormatException e) {
            throw error(token, Objects.requireNonNullElse(e.getMessage(), e.toString()));
        }
    }

    private static Expression binary(Token token) {
        String text = token.getText();
        String hex = text.substring(2, text.length() - 1);
        if (hex.length() % 2 != 0) {
            throw error(token, "a binary literal needs an even number of hex digits");
        }
        return new BinaryLiteral(HexFormat.of().parseHex(hex));
    }

    private Expression number(NumberContext context, boolean negative) {
        Token token = context.getStart();
        if (token.getType() == QuiverSqlLexer.INTEGER_VALUE) {
            return Literal.of(longValue(token, negative));
        }
        double value = Double.parseDouble(token.getText());
        if (Double.isInfinite(value)) {
            throw error(token, "number out of range: " + token.getText());
        }
        return Literal.of(negative ? -value : value);
    }

    private static long longValue(Token token, boolean negative) {
        try {
            return Long.parseLong(negative ? "-" + token.getText() : token.getText());
        } catch (NumberFormatException e) {
            throw error(token, "integer out of range: " + (negative ? "-" : "") + token.getText());
        }
    }

    private static int intValue(Token token) {
        try {
            return Integer.parseInt(token.getText());
        } catch (NumberFormatException e) {
            throw error(token, "integer out of range: " + token.getText());
        }
    }

    private Expression integerValue(IntegerValueContext context) {
        if (context.parameter() != null) {
            return parameter(context.parameter());
        }
        return Literal.of(longValue(context.INTEGER_VALUE().getSymbol(), false));
    }

    private Expression parameter(ParameterContext context) {
        Token token = context.getStart();
        if (token.getType() == QuiverSqlLexer.QUESTION_MARK) {
            return new Parameter.Positional(parameters.indexOf(token));
        }
        return new Parameter.Named(token.getText().substring(1));
    }

    private static Duration duration(Token token) {
        String text = token.getText().toLowerCase(Locale.ROOT);
        if (text.endsWith("ms")) {
            return Duration.ofMillis(longValue(token, text.substring(0, text.length() - 2)));
        }
        long amount = longValue(token, text.substring(0, text.length() - 1));
        return switch (text.charAt(text.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }

    private static long longValue(Token token, String digits) {
        try {
            long value = Long.parseLong(digits);
            if (value > 1_000_000_000L) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw error(token, "duration out of range: " + token.getText());
        }
    }

    // ---- names ----

    static String name(IdentifierContext context) {
        Token token = context.getStart();
        return token.getType() == QuiverSqlLexer.QUOTED_IDENTIFIER
                ? Texts.unquoteIdentifier(token.getText()) : token.getText();
    }

    private static List<String> names(@Nullable IdentifierListContext context) {
        if (context == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (IdentifierContext identifier : context.identifier()) {
            names.add(name(identifier));
        }
        return names;
    }

    static String string(StringContext context) {
        return Texts.unquoteString(context.getText());
    }

    // ---- errors ----

    static GrammarError error(ParserRuleContext context, String message) {
        return error(context.getStart(), message);
    }

    static GrammarError error(Token token, String message) {
        return new GrammarError(message, token.getLine(), token.getCharPositionInLine() + 1);
    }

    static GrammarError error(TerminalNode node, String message) {
        return error(node.getSymbol(), message);
    }
}

package dev.quiver.driver.internal.exec.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quiver.driver.internal.exec.ExecutionContext;
import dev.quiver.driver.internal.exec.ExecutionResult;
import dev.quiver.driver.internal.exec.StatementHandler;
import dev.quiver.grammar.StatementFormatter;
import dev.quiver.grammar.ast.ColumnDefinition;
import dev.quiver.grammar.ast.CreateCollection;
import dev.quiver.grammar.ast.CreateIndex;
import dev.quiver.grammar.ast.DataTypeSpec;
import dev.quiver.grammar.ast.Property;
import dev.quiver.grammar.ast.ShowCreateCollection;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.FieldRef;
import dev.quiver.grammar.expr.Literal;
import dev.quiver.proto.milvus.DescribeCollectionRequest;
import dev.quiver.proto.milvus.DescribeCollectionResponse;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.IndexDescription;
import dev.quiver.proto.milvus.KeyValuePair;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code SHOW CREATE COLLECTION c} → DescribeCollection + DescribeIndex: one row per statement (column
 * {@code statement}): the CREATE COLLECTION that rebuilds the schema, then one CREATE INDEX per index, each built as
 * an AST and printed with {@link StatementFormatter}.
 */
final class ShowCreateHandler implements StatementHandler<ShowCreateCollection>, Planner<ShowCreateCollection> {

    @Override
    public Class<ShowCreateCollection> statementType() {
        return ShowCreateCollection.class;
    }

    @Override
    public List<PlannedCall> plan(ShowCreateCollection s, ExecutionContext context) {
        return List.of(PlannedCall.of(MilvusServiceGrpc.getDescribeCollectionMethod(), DescribeCollectionRequest.newBuilder()
                        .setDbName(context.database()).setCollectionName(s.name()).build()),
                PlannedCall.of(MilvusServiceGrpc.getDescribeIndexMethod(), IndexHandlers.describeRequest(context, s.name(), "")));
    }

    @Override
    public ExecutionResult execute(ShowCreateCollection s, ExecutionContext context) throws SQLException {
        context.schemas().invalidate(context.database(), s.name());
        DescribeCollectionResponse d = context.describeCollection(s.name());
        List<String> statements = new ArrayList<>();
        statements.add(StatementFormatter.format(createStatement(d)));
        for (IndexDescription index : IndexHandlers.describe(context, d.getCollectionName().isEmpty() ? s.name()
                : d.getCollectionName(), "")) {
            statements.add(StatementFormatter.format(createIndex(s.name(), index)));
        }
        return Results.list("SHOW CREATE COLLECTION", "statement", statements);
    }

    static CreateCollection createStatement(DescribeCollectionResponse d) {
        List<ColumnDefinition> columns = new ArrayList<>();
        for (FieldSchema f : d.getSchema().getFieldsList()) {
            if (f.getIsDynamic()) {
                continue;
            }
            DataTypeSpec spec = SchemaTypes.spec(f);
            if (spec == null) {
                continue;
            }
            Object def = CollectionSchemas.defaultJava(f);
            java.util.Map<String, String> params = new java.util.HashMap<>();
            f.getTypeParamsList().forEach(p -> params.put(p.getKey(), p.getValue()));
            columns.add(new ColumnDefinition(f.getName(), spec, f.getIsPrimaryKey(), f.getAutoID(),
                    f.getNullable() ? Boolean.TRUE : null, def == null ? null : literal(def),
                    f.getDescription().isEmpty() ? null : f.getDescription(), f.getIsPartitionKey(),
                    "true".equalsIgnoreCase(params.get("enable_analyzer")), params.get("analyzer_params"),
                    "true".equalsIgnoreCase(params.get("enable_match")), f.getIsClusteringKey(), null));
        }
        List<Property> props = new ArrayList<>();
        if (!d.getSchema().getDescription().isEmpty()) {
            props.add(new Property("description", Literal.of(d.getSchema().getDescription())));
        }
        props.add(new Property("dynamic_field", Literal.of(d.getSchema().getEnableDynamicField())));
        if (d.getShardsNum() > 0) {
            props.add(new Property("shards", Literal.of((long) d.getShardsNum())));
        }
        props.add(new Property("consistency_level", Literal.of(d.getConsistencyLevel().name())));
        for (KeyValuePair kv : d.getPropertiesList()) {
            props.add(new Property(kv.getKey(), Literal.of(kv.getValue())));
        }
        String name = d.getCollectionName().isEmpty() ? d.getSchema().getName() : d.getCollectionName();
        return new CreateCollection(name, false, columns, props);
    }

    static CreateIndex createIndex(String collection, IndexDescription index) {
        String type = null;
        List<Property> props = new ArrayList<>();
        for (KeyValuePair kv : index.getParamsList()) {
            switch (kv.getKey()) {
                case "index_type" -> type = kv.getValue();
                case "params" -> {
                    try {
                        JsonNode node = FieldEncoder.JSON.readTree(kv.getValue());
                        for (Map.Entry<String, JsonNode> e : node.properties()) {
                            props.add(new Property(e.getKey(), jsonLiteral(e.getValue())));
                        }
                    } catch (java.io.IOException e) {
                        props.add(new Property("params", Literal.of(kv.getValue())));
                    }
                }
                default -> props.add(new Property(kv.getKey(), Literal.of(kv.getValue())));
            }
        }
        return new CreateIndex(index.getIndexName().isEmpty() ? null : index.getIndexName(), collection,
                index.getFieldName(), false, type, props, false);
    }

    private static Expression jsonLiteral(JsonNode node) {
        if (node.isIntegralNumber()) {
            return Literal.of(node.asLong());
        }
        if (node.isNumber()) {
            return Literal.of(node.asDouble());
        }
        if (node.isBoolean()) {
            return Literal.of(node.asBoolean());
        }
        return Literal.of(node.isTextual() ? node.asText() : node.toString());
    }

    private static Expression literal(Object v) {
        if (v instanceof Boolean b) {
            return Literal.of(b);
        }
        if (v instanceof Long l) {
            return Literal.of(l);
        }
        if (v instanceof Double d) {
            return Literal.of(d);
        }
        return v instanceof String s ? Literal.of(s) : FieldRef.of(String.valueOf(v));
    }
}

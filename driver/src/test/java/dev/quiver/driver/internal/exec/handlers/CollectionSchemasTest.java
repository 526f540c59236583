package dev.quiver.driver.internal.exec.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.grammar.StatementParser;
import dev.quiver.grammar.ast.ColumnDefinition;
import dev.quiver.grammar.ast.CreateCollection;
import dev.quiver.grammar.ast.DataType;
import dev.quiver.grammar.ast.DataTypeSpec;
import java.util.List;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.ConsistencyLevel;
import dev.quiver.proto.milvus.CreateCollectionRequest;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.KeyValuePair;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CollectionSchemasTest {

    private static CreateCollectionRequest request(String sql) throws Exception {
        return CollectionSchemas.request((CreateCollection) new StatementParser().parse(sql), "db1",
                dev.quiver.driver.internal.exec.ParameterBindings.none());
    }

    private static Map<String, String> params(FieldSchema f) {
        return f.getTypeParamsList().stream().collect(Collectors.toMap(KeyValuePair::getKey, KeyValuePair::getValue));
    }

    @Test
    void columnsBecomeFieldSchemasInsideSerializedSchemaBytes() throws Exception {
        CreateCollectionRequest r = request("""
                CREATE COLLECTION films (
                    id        INT64 PRIMARY KEY AUTO_ID,
                    title     VARCHAR(256) NOT NULL DEFAULT 'untitled' COMMENT 'the film''s title',
                    year      INT32 PARTITION KEY,
                    tags      ARRAY<VARCHAR(32)>(16),
                    meta      JSON NULL,
                    embedding FLOAT_VECTOR(768)
                ) WITH (description = 'films', dynamic_field = true, shards = 2, consistency_level = 'Strong',
                        collection.ttl.seconds = 3600)""");
        assertThat(r.getDbName()).isEqualTo("db1");
        assertThat(r.getCollectionName()).isEqualTo("films");
        assertThat(r.getShardsNum()).isEqualTo(2);
        assertThat(r.getConsistencyLevel()).isEqualTo(ConsistencyLevel.Strong);
        assertThat(r.getPropertiesList()).containsExactly(KeyValuePair.newBuilder().setKey("collection.ttl.seconds")
                .setValue("3600").build());
        CollectionSchema schema = CollectionSchema.parseFrom(r.getSchema());
        assertThat(schema.getDescription()).isEqualTo("films");
        assertThat(schema.getEnableDynamicField()).isTrue();
        assertThat(schema.getFieldsList()).extracting(FieldSchema::getName)
                .containsExactly("id", "title", "year", "tags", "meta", "embedding");
        FieldSchema id = schema.getFields(0);
        assertThat(id.getIsPrimaryKey()).isTrue();
        assertThat(id.getAutoID()).isTrue();
        assertThat(id.getDataType()).isEqualTo(dev.quiver.proto.milvus.DataType.Int64);
        FieldSchema title = schema.getFields(1);
        assertThat(params(title)).containsEntry("max_length", "256");
        assertThat(title.getDefaultValue().getStringData()).isEqualTo("untitled");
        assertThat(title.getDescription()).isEqualTo("the film's title");
        assertThat(title.getNullable()).isFalse();
        assertThat(schema.getFields(2).getIsPartitionKey()).isTrue();
        FieldSchema tags = schema.getFields(3);
        assertThat(tags.getElementType()).isEqualTo(dev.quiver.proto.milvus.DataType.VarChar);
        assertThat(params(tags)).containsEntry("max_capacity", "16").containsEntry("max_length", "32");
        assertThat(schema.getFields(4).getNullable()).isTrue();
        assertThat(params(schema.getFields(5))).containsEntry("dim", "768");
    }

    @Test
    void unknownWithKeysAreRejectedBeforeAnyRpc() {
        assertThatThrownBy(() -> request("CREATE COLLECTION props (id INT64 PRIMARY KEY, v FLOAT_VECTOR(2)) "
                + "WITH ('collection.ttl.seconds' = 3600, fields = [a, b])"))
                .hasMessageStartingWith("unknown property 'fields' in CREATE COLLECTION props");
    }

    @Test
    void schemaMistakesAreRejected() {
        CreateCollection noKey = new CreateCollection("c", false, List.of(
                ColumnDefinition.of("a", DataTypeSpec.of(DataType.INT64)),
                ColumnDefinition.of("v", DataTypeSpec.vector(DataType.FLOAT_VECTOR, 2))), List.of());
        assertThatThrownBy(() -> CollectionSchemas.request(noKey, "default", dev.quiver.driver.internal.exec.ParameterBindings.none()))
                .hasMessage("collection c must have exactly one PRIMARY KEY column, it has 0");
        assertThatThrownBy(() -> request("CREATE COLLECTION c (a DOUBLE PRIMARY KEY, v FLOAT_VECTOR(2))"))
                .hasMessage("column a: a primary key must be INT64 or VARCHAR, not DOUBLE");
        assertThatThrownBy(() -> request("CREATE COLLECTION c (a INT64 PRIMARY KEY, n INT32 DEFAULT 'x', v FLOAT_VECTOR(2))"))
                .hasMessage("column n: the DEFAULT value 'x' (text) does not fit the type INT32");
    }

    @Test
    void defaultsOfEveryScalarKind() throws Exception {
        CollectionSchema s = CollectionSchema.parseFrom(request("CREATE COLLECTION defaults (id INT64 PRIMARY KEY, "
                + "n INT32 DEFAULT -1, x DOUBLE DEFAULT 2.5e-3, flag BOOL DEFAULT false, v FLOAT_VECTOR(2))").getSchema());
        assertThat(s.getFields(1).getDefaultValue().getIntData()).isEqualTo(-1);
        assertThat(s.getFields(2).getDefaultValue().getDoubleData()).isEqualTo(2.5e-3);
        assertThat(s.getFields(3).getDefaultValue().hasBoolData()).isTrue();
    }
}

package dev.quiver.driver.internal.exec.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.CreateCollectionRequest;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.FlushRequest;
import org.junit.jupiter.api.Test;

class ProtoJsonTest {

    @Test
    void setFieldsOnlyWithProtoNames() {
        assertThat(ProtoJson.toJson(FlushRequest.newBuilder().setDbName("default").addCollectionNames("c").build()))
                .isEqualTo("{\"db_name\":\"default\",\"collection_names\":[\"c\"]}");
    }

    @Test
    void schemaBytesAreShownAsTheSchema() {
        CollectionSchema schema = CollectionSchema.newBuilder().setName("c")
                .addFields(FieldSchema.newBuilder().setName("id").setDataType(DataType.Int64).setIsPrimaryKey(true)).build();
        String json = ProtoJson.toJson(CreateCollectionRequest.newBuilder().setCollectionName("c")
                .setSchema(schema.toByteString()).build());
        assertThat(json).isEqualTo("{\"collection_name\":\"c\",\"schema\":{\"name\":\"c\",\"fields\":[{\"name\":\"id\","
                + "\"is_primary_key\":true,\"data_type\":\"Int64\"}]}}");
    }
}

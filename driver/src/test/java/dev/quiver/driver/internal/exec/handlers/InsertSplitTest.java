package dev.quiver.driver.internal.exec.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Message;
import dev.quiver.grammar.ast.Insert;
import dev.quiver.grammar.ast.InsertSource;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.InsertRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InsertSplitTest {
    private static final CollectionSchema WIDE = CollectionSchema.newBuilder().setName("wide")
            .addFields(FieldSchema.newBuilder().setName("id").setDataType(DataType.Int64).setIsPrimaryKey(true))
            .addFields(FieldEncoderTest.field("v", DataType.FloatVector, "dim", "32768"))
            .build();
    private static final Insert INSERT = new Insert("wide", null, new InsertSource.Values(List.of(), List.of()), false);

    private static List<Map<String, Object>> rows(int n) {
        float[] vector = new float[32768];
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(Map.of("id", (long) i, "v", vector));
        }
        return rows;
    }

    @Test
    void aBatchUnder64MiBIsOneRequest() throws Exception {
        List<Message> requests = InsertHandler.requests(INSERT, WIDE, rows(100), "default");
        assertThat(requests).hasSize(1);
        assertThat(((InsertRequest) requests.get(0)).getNumRows()).isEqualTo(100);
    }

    @Test
    void aBatchOver64MiBIsSplitIntoRequestsUnderTheLimitKeepingEveryRowInOrder() throws Exception {
        List<Message> requests = InsertHandler.requests(INSERT, WIDE, rows(600), "default");
        assertThat(requests).hasSizeGreaterThan(1);
        long expectedId = 0;
        for (Message m : requests) {
            InsertRequest r = (InsertRequest) m;
            assertThat((long) r.getSerializedSize()).isLessThan(InsertHandler.MAX_MESSAGE_BYTES);
            for (long id : r.getFieldsData(0).getScalars().getLongData().getDataList()) {
                assertThat(id).isEqualTo(expectedId++);
            }
        }
        assertThat(expectedId).isEqualTo(600);
    }
}

package dev.quiver.driver.internal.exec.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.driver.internal.exec.ParameterBindings;
import dev.quiver.driver.internal.exec.ParameterLayout;
import dev.quiver.grammar.StatementParser;
import dev.quiver.grammar.ast.Insert;
import dev.quiver.grammar.ast.InsertSource;
import dev.quiver.grammar.expr.IntegerArrayLiteral;
import dev.quiver.grammar.expr.Literal;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldData;
import dev.quiver.proto.milvus.FieldSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InsertRowsTest {
    private static final CollectionSchema FILMS = CollectionSchema.newBuilder().setName("films")
            .addFields(FieldSchema.newBuilder().setName("id").setDataType(DataType.Int64).setIsPrimaryKey(true).setAutoID(true))
            .addFields(FieldEncoderTest.field("title", DataType.VarChar, "max_length", "32").toBuilder().setNullable(true))
            .addFields(FieldEncoderTest.field("embedding", DataType.FloatVector, "dim", "2"))
            .build();
    private static final CollectionSchema DYNAMIC = CollectionSchema.newBuilder().setName("quick").setEnableDynamicField(true)
            .addFields(FieldSchema.newBuilder().setName("id").setDataType(DataType.Int64).setIsPrimaryKey(true))
            .addFields(FieldEncoderTest.field("vector", DataType.FloatVector, "dim", "2"))
            .build();

    private static List<FieldData> encode(CollectionSchema schema, String sql) throws Exception {
        Insert insert = (Insert) new StatementParser().parse(sql);
        List<Map<String, Object>> rows = new ArrayList<>();
        InsertRows.collect(insert.source(), schema, ParameterBindings.none(), rows);
        return InsertRows.encode(insert.collection(), schema, rows, insert.upsert());
    }

    private static ParameterBindings bind(Insert insert, Object... values) throws java.sql.SQLException {
        ParameterBindings.Builder b = ParameterBindings.builder(ParameterLayout.of(insert));
        for (int i = 0; i < values.length; i++) {
            b.set(i + 1, values[i]);
        }
        return b.snapshot();
    }

    @Test
    void valuesWithoutColumnListFollowSchemaOrderWithoutTheAutoIdKey() throws Exception {
        List<FieldData> data = encode(FILMS, "INSERT INTO films VALUES ('Alien', [0.1, 0.2]), (NULL, [0.3, 0.4])");
        assertThat(data).extracting(FieldData::getFieldName).containsExactly("title", "embedding");
        assertThat(data.get(0).getValidDataList()).containsExactly(true, false);
        assertThat(data.get(1).getVectors().getFloatVector().getDataCount()).isEqualTo(4);
    }

    @Test
    void aValueForTheAutoIdKeyIsRejected() {
        assertThatThrownBy(() -> encode(FILMS, "INSERT INTO films (id, embedding) VALUES (1, [1, 2])"))
                .hasMessage("row 1, column id: the primary key is AUTO_ID, its values are generated; leave the column out");
    }

    @Test
    void unknownColumnsWithoutDynamicFieldAreRejectedByName() {
        assertThatThrownBy(() -> encode(FILMS, "INSERT INTO films (title, embedding, year) VALUES ('a', [1, 2], 1999)"))
                .hasMessage("row 1: unknown column 'year' in collection films (it has no dynamic field; its columns are "
                        + "id, title, embedding)");
    }

    @Test
    void wrongValueCountNamesTheRow() {
        Insert insert = new Insert("films", null, new InsertSource.Values(List.of(), List.of(
                List.of(Literal.of("a"), new IntegerArrayLiteral(new long[] {1, 2})), List.of(Literal.of("b")))), false);
        assertThatThrownBy(() -> InsertRows.collect(insert.source(), FILMS, ParameterBindings.none(), new ArrayList<>()))
                .hasMessage("row 2 has 1 value but there are 2 columns (title, embedding)");
    }

    @Test
    void missingRequiredValueIsAnError() {
        assertThatThrownBy(() -> encode(DYNAMIC, "INSERT INTO quick ROWS {\"id\": 1}"))
                .hasMessage("row 1: no value for column vector (it is not nullable and has no default)");
    }

    @Test
    void undeclaredKeysGoToTheDynamicField() throws Exception {
        List<FieldData> data = encode(DYNAMIC,
                "INSERT INTO quick ROWS {\"id\": 1, \"vector\": [0.1, 0.2], \"extra\": \"dynamic\"}, {\"id\": 2, \"vector\": [0.3, 0.4]}");
        assertThat(data).extracting(FieldData::getFieldName).containsExactly("id", "vector", "$meta");
        assertThat(data.get(2).getScalars().getJsonData().getDataList()).extracting(b -> b.toStringUtf8())
                .containsExactly("{\"extra\":\"dynamic\"}", "{}");
    }

    @Test
    void rowsGivenAsJsonTextAreParsed() throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        Insert insert = (Insert) new StatementParser().parse("INSERT INTO quick ROWS ?");
        InsertRows.collect(insert.source(), DYNAMIC, bind(insert, "{\"id\": 7, \"vector\": [1.5, 2], \"k\": {\"a\": 1}}"), rows);
        List<FieldData> data = InsertRows.encode("quick", DYNAMIC, rows, false);
        assertThat(data.get(0).getScalars().getLongData().getDataList()).containsExactly(7L);
        assertThat(data.get(1).getVectors().getFloatVector().getDataList()).containsExactly(1.5f, 2f);
        assertThat(data.get(2).getScalars().getJsonData().getData(0).toStringUtf8()).isEqualTo("{\"k\":{\"a\":1}}");
    }

    @Test
    void boundFloatArraysAreEncodedAsBound() throws Exception {
        float[] vector = {0.25f, 0.75f};
        List<Map<String, Object>> rows = new ArrayList<>();
        Insert insert = (Insert) new StatementParser().parse("INSERT INTO quick (id, vector) VALUES (?, ?)");
        InsertRows.collect(insert.source(), DYNAMIC, bind(insert, 9L, vector), rows);
        assertThat(rows.get(0).get("vector")).isSameAs(vector);
    }
}

package dev.quiver.driver.internal.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.KeyValuePair;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RowSourceTest {

    @Test
    void pagedSourceFetchesTheFirstPageAtOnceThenLazilyAndClosesTheFetcher() throws Exception {
        AtomicInteger fetches = new AtomicInteger();
        AtomicInteger closes = new AtomicInteger();
        RowSource.PageFetcher fetcher = new RowSource.PageFetcher() {
            @Override
            public List<Object[]> nextPage() {
                int page = fetches.getAndIncrement();
                if (page >= 3) {
                    return List.of();
                }
                List<Object[]> rows = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    rows.add(new Object[] {(long) (page * 2 + i)});
                }
                return rows;
            }

            @Override
            public void close() {
                closes.incrementAndGet();
            }
        };
        RowSource source = RowSource.paged(List.of(Column.of("id", ColumnType.BIGINT)), fetcher);
        assertThat(fetches.get()).as("the first page is fetched when the statement runs").isEqualTo(1);
        assertThat(source.next()).containsExactly(0L);
        assertThat(fetches.get()).isEqualTo(1);
        assertThat(source.next()).containsExactly(1L);
        assertThat(source.next()).containsExactly(2L);
        assertThat(fetches.get()).isEqualTo(2);
        List<Long> rest = new ArrayList<>();
        Object[] row;
        while ((row = source.next()) != null) {
            rest.add((Long) row[0]);
        }
        assertThat(rest).containsExactly(3L, 4L, 5L);
        assertThat(source.next()).isNull();
        assertThat(fetches.get()).isEqualTo(4);
        source.close();
        source.close();
        assertThat(closes.get()).isEqualTo(1);
    }

    @Test
    void aFailingFirstPageFailsAtOnceAndClosesTheFetcher() {
        AtomicInteger closes = new AtomicInteger();
        RowSource.PageFetcher fetcher = new RowSource.PageFetcher() {
            @Override
            public List<Object[]> nextPage() throws java.sql.SQLException {
                throw new java.sql.SQLException("collection not loaded[collection=c]", "55M01", 101);
            }

            @Override
            public void close() {
                closes.incrementAndGet();
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> RowSource.paged(List.of(Column.of("id", ColumnType.BIGINT)), fetcher))
                .hasMessage("collection not loaded[collection=c]");
        assertThat(closes.get()).isEqualTo(1);
    }

    @Test
    void columnTypesFollowTheSchema() {
        FieldSchema vector = FieldSchema.newBuilder().setName("v").setDataType(DataType.FloatVector)
                .addTypeParams(KeyValuePair.newBuilder().setKey("dim").setValue("5")).build();
        ColumnType type = ColumnType.of(vector);
        assertThat(type.typeName()).isEqualTo("FLOAT_VECTOR(5)");
        assertThat(type.jdbcType()).isEqualTo(Types.OTHER);
        assertThat(type.javaClass()).isEqualTo(float[].class);
        assertThat(type.isVector()).isTrue();
        assertThat(type.size()).isEqualTo(5);

        FieldSchema text = FieldSchema.newBuilder().setName("t").setDataType(DataType.VarChar)
                .addTypeParams(KeyValuePair.newBuilder().setKey("max_length").setValue("256")).build();
        assertThat(ColumnType.of(text).typeName()).isEqualTo("VARCHAR(256)");
        assertThat(ColumnType.of(text).displaySize()).isEqualTo(256);

        FieldSchema array = FieldSchema.newBuilder().setName("a").setDataType(DataType.Array).setElementType(DataType.Int64)
                .addTypeParams(KeyValuePair.newBuilder().setKey("max_capacity").setValue("16")).build();
        assertThat(ColumnType.of(array).typeName()).isEqualTo("ARRAY<INT64>(16)");
        assertThat(ColumnType.of(array).jdbcType()).isEqualTo(Types.ARRAY);

        assertThat(ColumnType.of(DataType.Int32, 0, null).jdbcType()).isEqualTo(Types.INTEGER);
        assertThat(ColumnType.of(DataType.Int16, 0, null).jdbcType()).isEqualTo(Types.SMALLINT);
        assertThat(ColumnType.of(DataType.Int8, 0, null).jdbcType()).isEqualTo(Types.TINYINT);
        assertThat(ColumnType.of(DataType.Bool, 0, null).jdbcType()).isEqualTo(Types.BOOLEAN);
        assertThat(ColumnType.of(DataType.Float, 0, null).jdbcType()).isEqualTo(Types.REAL);
        assertThat(ColumnType.of(DataType.Double, 0, null).jdbcType()).isEqualTo(Types.DOUBLE);
        assertThat(ColumnType.of(DataType.SparseFloatVector, 0, null).typeName()).isEqualTo("SPARSE_FLOAT_VECTOR");
        assertThat(ColumnType.of(DataType.BinaryVector, 16, null).javaClass()).isEqualTo(byte[].class);
        assertThat(ColumnType.JSON.javaClass()).isEqualTo(String.class);
    }
}

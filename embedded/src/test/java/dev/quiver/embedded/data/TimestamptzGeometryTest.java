package dev.quiver.embedded.data;

import static dev.quiver.embedded.data.Rows.field;
import static dev.quiver.embedded.data.Rows.pk;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldData;
import dev.quiver.proto.milvus.FlushRequest;
import dev.quiver.proto.milvus.GeometryArray;
import dev.quiver.proto.milvus.GeometryWktArray;
import dev.quiver.proto.milvus.QueryResults;
import dev.quiver.proto.milvus.ScalarField;
import dev.quiver.proto.milvus.StringArray;
import dev.quiver.proto.milvus.TimestamptzArray;
import dev.quiver.proto.milvus.ValueField;
import dev.quiver.embedded.storage.DataDirectory;
import dev.quiver.embedded.time.HybridClock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TIMESTAMPTZ and GEOMETRY fields as Milvus 2.6 serves them: ISO text in and out (in the collection's or request's
 * time zone), WKT in and out, ISO/INTERVAL comparisons and ST_* predicates in filters, and segments that keep both
 * columns across a flush and a restart.
 */
class TimestamptzGeometryTest extends EngineFixture {
    private static final CollectionSchema SCHEMA = CollectionSchema.newBuilder()
            .addFields(pk("id", DataType.Int64, false))
            .addFields(Rows.nullable(field("tsz", DataType.Timestamptz)))
            .addFields(Rows.nullable(field("geo", DataType.Geometry)))
            .addFields(field("v", DataType.FloatVector, "dim", "2"))
            .build();

    @TempDir
    Path dir;

    private void create(Map<String, String> properties) {
        catalog.create("c", SCHEMA, Map.of("v", "L2"), properties);
        catalog.load("c");
    }

    private void insertRows() {
        insert("c", Rows.longs("id", 1, 2, 3, 4),
                Rows.withValid(isoTexts("tsz", "2025-01-01T00:00:00+08:00", "2025-01-02T00:00:00Z",
                        "2025-01-03 08:00:00.25"), true, true, false, true),
                Rows.withValid(wkts("geo", "POINT(13.399710 52.518010)", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))",
                        "LINESTRING (0 0, 5 5)"), true, true, true, false),
                Rows.floatVectors("v", new float[] {1, 0}, new float[] {2, 0}, new float[] {3, 0},
                        new float[] {4, 0}));
    }

    static FieldData isoTexts(String name, String... values) {
        return FieldData.newBuilder().setFieldName(name).setType(DataType.Timestamptz).setScalars(ScalarField
                .newBuilder().setStringData(StringArray.newBuilder().addAllData(List.of(values)))).build();
    }

    static FieldData wkts(String name, String... values) {
        return FieldData.newBuilder().setFieldName(name).setType(DataType.Geometry).setScalars(ScalarField
                .newBuilder().setGeometryWktData(GeometryWktArray.newBuilder().addAllData(List.of(values)))).build();
    }

    private List<Long> ids(String expr) {
        return column(query("c", expr, List.of("id")), "id").getScalars().getLongData().getDataList();
    }

    private List<String> times(String... params) {
        return column(query("c", "id > 0", List.of("tsz"), params), "tsz").getScalars().getStringData()
                .getDataList();
    }

    @Test
    void timestamptzTextGoesInAsAnInstantAndComesBackInTheZoneAsked() {
        start();
        create(Map.of());
        insertRows();
        QueryResults results = query("c", "id > 0", List.of("tsz"));
        FieldData tsz = column(results, "tsz");
        assertThat(tsz.getType()).isEqualTo(DataType.Timestamptz);
        assertThat(tsz.getScalars().hasStringData()).isTrue();
        assertThat(tsz.getValidDataList()).containsExactly(true, true, false, true);
        assertThat(times()).containsExactly("2024-12-31T16:00:00Z", "2025-01-02T00:00:00Z", "",
                "2025-01-03T08:00:00.25Z");
        assertThat(times("timezone", "Asia/Shanghai")).containsExactly("2025-01-01T00:00:00+08:00",
                "2025-01-02T08:00:00+08:00", "", "2025-01-03T16:00:00.25+08:00");
        assertError(() -> query("c", "id > 0", List.of("tsz"), "timezone", "Mars/Olympus"), 1100,
                "got invalid default timezone: Mars/Olympus");
    }

    @Test
    void theCollectionTimezoneReadsNaiveTextAndWritesResults() {
        start();
        create(Map.of("timezone", "Asia/Shanghai"));
        insertRows();
        assertThat(times()).containsExactly("2025-01-01T00:00:00+08:00", "2025-01-02T08:00:00+08:00", "",
                "2025-01-03T08:00:00.25+08:00");
        assertThat(ids("tsz == ISO '2025-01-03 08:00:00.25'")).containsExactly(4L);
    }

    @Test
    void isoComparisonsAndIntervalShiftsFilterAsMilvusParsesThem() {
        start();
        create(Map.of());
        insertRows();
        assertThat(ids("tsz > ISO '2025-01-01T12:00:00Z'")).containsExactly(2L, 4L);
        assertThat(ids("ISO '2025-01-02T00:00:00Z' == tsz")).containsExactly(2L);
        assertThat(ids("ISO '2025-01-02T00:00:00Z' < tsz")).containsExactly(4L);
        assertThat(ids("tsz != ISO '2025-01-02T00:00:00+00:00'")).containsExactly(1L, 4L);
        assertThat(ids("tsz + INTERVAL 'P1D' < ISO '2025-01-02T00:00:00Z'")).containsExactly(1L);
        assertThat(ids("tsz - INTERVAL 'PT8H' >= ISO '2025-01-03T00:00:00.25Z'")).containsExactly(4L);
        assertThat(ids("not (tsz > ISO '2025-01-01T12:00:00Z')")).containsExactly(1L);
        assertThat(ids("tsz is null")).containsExactly(3L);

        assertError(() -> ids("tsz > ISO 'yesterday'"), 1100,
                "invalid timestamp string: 'yesterday'. Does not match any known format");
        assertError(() -> ids("id > ISO '2025-01-01T00:00:00Z'"), 1100, "field 'id' is not a timestamptz datatype");
        assertError(() -> ids("tsz + INTERVAL 'one day' > ISO '2025-01-01T00:00:00Z'"), 1100,
                "invalid ISO 8601 duration: 'one day'");
        assertError(() -> ids("tsz > 5"), 1100, "comparisons between Timestamptz and");
        assertError(() -> ids("ST_ISVALID(geo) and geo == 'POINT (1 1)'"), 1100, "comparisons between Geometry and");
        assertError(() -> ids("id > INTERVAL 'P1D'"), 1100, "an ISO timestamp compares only with a timestamptz field");
    }

    @Test
    void badTimestamptzInputIsRefusedAsTheProxyRefusesIt() {
        start();
        create(Map.of());
        assertError(() -> insert("c", Rows.longs("id", 1), isoTexts("tsz", "2025-13-01T00:00:00Z"),
                wkts("geo", "POINT (1 2)"), Rows.floatVectors("v", new float[] {1, 0})), 1100,
                "got invalid timestamptz string '2025-13-01T00:00:00Z': invalid timezone name; must be a valid "
                        + "IANA Time Zone ID (e.g., 'Asia/Shanghai' or 'UTC')");
        FieldData micros = FieldData.newBuilder().setFieldName("tsz").setType(DataType.Timestamptz)
                .setScalars(ScalarField.newBuilder().setTimestamptzData(TimestamptzArray.newBuilder().addData(1)))
                .build();
        assertError(() -> insert("c", Rows.longs("id", 1), micros, wkts("geo", "POINT (1 2)"),
                Rows.floatVectors("v", new float[] {1, 0})), 1100, "timestamptz field data must be a string array");
        assertThat(count("c")).isZero();
    }

    @Test
    void geometryWktGoesInAsWkbAndComesBackAsWkt() {
        start();
        create(Map.of());
        insertRows();
        FieldData geo = column(query("c", "id > 0", List.of("geo")), "geo");
        assertThat(geo.getType()).isEqualTo(DataType.Geometry);
        assertThat(geo.getScalars().getGeometryWktData().getDataList()).containsExactly("POINT (13.39971 52.51801)",
                "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))", "LINESTRING (0 0, 5 5)", "");
        assertThat(geo.getValidDataList()).containsExactly(true, true, true, false);

        assertError(() -> insert("c", Rows.longs("id", 9), isoTexts("tsz", "2025-01-01T00:00:00Z"),
                wkts("geo", "POINT (1)"), Rows.floatVectors("v", new float[] {1, 0})), 1100,
                "invalid Geometry data, transform to wkb failed: ");
        FieldData wkb = FieldData.newBuilder().setFieldName("geo").setType(DataType.Geometry)
                .setScalars(ScalarField.newBuilder().setGeometryData(GeometryArray.newBuilder()
                        .addData(com.google.protobuf.ByteString.copyFrom(new byte[] {1, 1, 0, 0, 0})))).build();
        assertError(() -> insert("c", Rows.longs("id", 9), isoTexts("tsz", "2025-01-01T00:00:00Z"), wkb,
                Rows.floatVectors("v", new float[] {1, 0})), 1100,
                "geometry field 'geo' is illegal, array type mismatch");
        assertThat(count("c")).isEqualTo(4);
    }

    @Test
    void spatialPredicatesRelateTheFieldToTheLiteral() {
        start();
        create(Map.of());
        insertRows();
        assertThat(ids("ST_WITHIN(geo, 'POLYGON ((-1 -1, 11 -1, 11 11, -1 11, -1 -1))')")).containsExactly(2L, 3L);
        assertThat(ids("st_intersects(geo, 'POINT (5 5)')")).containsExactly(2L, 3L);
        assertThat(ids("ST_CONTAINS(geo, 'POINT (5 5)')")).containsExactly(2L);
        assertThat(ids("ST_TOUCHES(geo, 'POINT (0 0)')")).containsExactly(2L, 3L);
        assertThat(ids("ST_CROSSES(geo, 'LINESTRING (-1 2, 2 2)')")).containsExactly(2L);
        assertThat(ids("ST_CROSSES(geo, 'LINESTRING (0 1, 1 0)')")).containsExactly(3L);
        assertThat(ids("ST_OVERLAPS(geo, 'POLYGON ((5 5, 15 5, 15 15, 5 15, 5 5))')")).containsExactly(2L);
        assertThat(ids("ST_EQUALS(geo, 'POINT (13.39971 52.51801)')")).containsExactly(1L);
        assertThat(ids("ST_DWITHIN(geo, 'POINT (13.4 52.519)', 150)")).containsExactly(1L);
        assertThat(ids("ST_DWITHIN(geo, 'POINT (13.4 52.519)', 50)")).isEmpty();
        assertThat(ids("ST_ISVALID(geo)")).containsExactly(1L, 2L, 3L);
        assertThat(ids("not ST_ISVALID(geo)")).isEmpty();

        assertError(() -> ids("ST_WITHIN(tsz, 'POINT (1 1)')"), 1100,
                "spatial operation are only supported on geometry fields now, got: tsz");
        assertError(() -> ids("ST_DWITHIN(geo, 'POLYGON ((0 0, 1 0, 1 1, 0 0))', 5)"), 1100,
                "ST_DWITHIN needs a POINT");
        assertError(() -> ids("ST_DWITHIN(geo, 'POINT (1 1)', -5)"), 1100,
                "distance parameter must be non-negative, got: -5.000000");
        assertError(() -> ids("ST_WITHIN(geo, 'POINT (1')"), 1100, "invalid WKT: POINT (1");
    }

    @Test
    void searchFiltersAndReturnsBothTypesAndRefusesGroupingByGeometry() {
        start();
        create(Map.of());
        insertRows();
        dev.quiver.proto.milvus.SearchResultData hits = search("c", Rows.floatQueries(new float[] {4, 0}),
                "tsz >= ISO '2025-01-02T00:00:00Z' and ST_ISVALID(geo)", List.of("tsz", "geo"), "topk", "3",
                "timezone", "Asia/Shanghai").getResults();
        assertThat(hits.getIds().getIntId().getDataList()).containsExactly(2L);
        FieldData tsz = hits.getFieldsDataList().stream().filter(f -> f.getFieldName().equals("tsz")).findFirst()
                .orElseThrow();
        assertThat(tsz.getScalars().getStringData().getDataList()).containsExactly("2025-01-02T08:00:00+08:00");
        FieldData geo = hits.getFieldsDataList().stream().filter(f -> f.getFieldName().equals("geo")).findFirst()
                .orElseThrow();
        assertThat(geo.getScalars().getGeometryWktData().getDataList())
                .containsExactly("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
        assertError(() -> search("c", Rows.floatQueries(new float[] {4, 0}), "", List.of(), "topk", "3",
                "group_by_field", "geo"), 1100, "group by field geo of type Geometry is not supported");
    }

    @Test
    void defaultsApplyToMissingValues() {
        start();
        CollectionSchema schema = CollectionSchema.newBuilder()
                .addFields(pk("id", DataType.Int64, false))
                .addFields(Rows.withDefault(field("tsz", DataType.Timestamptz),
                        ValueField.newBuilder().setStringData("2025-06-01T00:00:00Z").build()))
                .addFields(Rows.withDefault(field("geo", DataType.Geometry),
                        ValueField.newBuilder().setStringData("POINT (1 2)").build()))
                .addFields(field("v", DataType.FloatVector, "dim", "2"))
                .build();
        catalog.create("d", schema, Map.of("v", "L2"));
        catalog.load("d");
        insert("d", Rows.longs("id", 1), Rows.floatVectors("v", new float[] {1, 0}));
        QueryResults results = query("d", "id > 0", List.of("tsz", "geo"));
        assertThat(column(results, "tsz").getScalars().getStringData().getDataList())
                .containsExactly("2025-06-01T00:00:00Z");
        assertThat(column(results, "geo").getScalars().getGeometryWktData().getDataList())
                .containsExactly("POINT (1 2)");
    }

    @Test
    void flushedAndReplayedSegmentsKeepBothColumns() throws IOException {
        DataDirectory directory = DataDirectory.open(dir);
        engine = DataEngine.persistent(directory, catalog, new HybridClock(), DataOptions.defaults());
        catalog.attach(engine);
        create(Map.of());
        insertRows();
        engine.flush(DB, FlushRequest.newBuilder().addCollectionNames("c").build());
        insert("c", Rows.longs("id", 5), isoTexts("tsz", "2030-01-01T00:00:00Z"), wkts("geo", "POINT (7 7)"),
                Rows.floatVectors("v", new float[] {5, 0}));
        engine.close();
        directory.close();

        directory = DataDirectory.open(dir);
        engine = DataEngine.persistent(directory, catalog, new HybridClock(), DataOptions.defaults());
        catalog.attach(engine);
        try {
            assertThat(times()).containsExactly("2024-12-31T16:00:00Z", "2025-01-02T00:00:00Z", "",
                    "2025-01-03T08:00:00.25Z", "2030-01-01T00:00:00Z");
            assertThat(ids("tsz > ISO '2025-01-02T00:00:00Z'")).containsExactly(4L, 5L);
            assertThat(ids("ST_INTERSECTS(geo, 'POLYGON ((4 4, 8 4, 8 8, 4 8, 4 4))')"))
                    .containsExactly(2L, 3L, 5L);
        } finally {
            engine.close();
            engine = null;
            directory.close();
        }
    }
}

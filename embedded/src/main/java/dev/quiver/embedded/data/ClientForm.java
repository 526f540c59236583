package dev.quiver.embedded.data;

import com.google.protobuf.ByteString;
import dev.quiver.embedded.geo.Geometries;
import dev.quiver.proto.milvus.FieldData;
import dev.quiver.proto.milvus.GeometryWktArray;
import dev.quiver.proto.milvus.ScalarField;
import dev.quiver.proto.milvus.StringArray;
import dev.quiver.wire.TimestamptzText;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Result columns as Milvus's proxy hands them to clients: TIMESTAMPTZ from int64 microseconds to ISO text in
 * {@code string_data} in the request's time zone ({@code timestamptzUTC2IsoStr}), GEOMETRY from WKB to WKT in
 * {@code geometry_wkt_data} ({@code ValidateGeometryFieldSearchResult}). Null rows keep an empty placeholder.
 */
final class ClientForm {
    private ClientForm() {
    }

    static List<FieldData> of(List<FieldData> columns, ZoneId zone) {
        List<FieldData> out = new ArrayList<>(columns.size());
        for (FieldData column : columns) {
            out.add(of(column, zone));
        }
        return out;
    }

    static FieldData of(FieldData column, ZoneId zone) {
        ScalarField s = column.getScalars();
        if (s.hasTimestamptzData()) {
            StringArray.Builder text = StringArray.newBuilder();
            for (int i = 0; i < s.getTimestamptzData().getDataCount(); i++) {
                text.addData(valid(column, i) ? TimestamptzText.format(s.getTimestamptzData().getData(i), zone) : "");
            }
            return column.toBuilder().setScalars(ScalarField.newBuilder().setStringData(text)).build();
        }
        if (s.hasGeometryData()) {
            GeometryWktArray.Builder text = GeometryWktArray.newBuilder();
            for (int i = 0; i < s.getGeometryData().getDataCount(); i++) {
                ByteString wkb = s.getGeometryData().getData(i);
                text.addData(valid(column, i) && !wkb.isEmpty() ? Geometries.wkbToWkt(wkb.toByteArray()) : "");
            }
            return column.toBuilder().setScalars(ScalarField.newBuilder().setGeometryWktData(text)).build();
        }
        return column;
    }

    private static boolean valid(FieldData column, int row) {
        return column.getValidDataCount() <= row || column.getValidData(row);
    }
}

package dev.quiver.embedded.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.FieldData;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.JSONArray;
import dev.quiver.proto.milvus.ScalarField;
import dev.quiver.proto.milvus.VectorField;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The columns a query or search returns, resolved from the request's {@code output_fields} as Milvus does:
 * {@code *} for every field, schema field names, {@code $meta} or dynamic keys (served out of {@code $meta}),
 * and {@code count(*)}.
 *
 * @param fields      the schema fields to return, in order
 * @param dynamicKeys the dynamic keys asked for by name; empty with {@code $meta} in fields means every key
 * @param names       what {@code output_fields} echoes
 * @param count       whether {@code count(*)} was asked for
 */
record OutputFields(List<FieldSchema> fields, Set<String> dynamicKeys, List<String> names, boolean count) {
    static final String COUNT = "count(*)";
    private static final ObjectMapper JSON = new ObjectMapper();

    static OutputFields resolve(CollectionSchema schema, List<String> requested, boolean includePrimaryKey) {
        Set<FieldSchema> fields = new LinkedHashSet<>();
        Set<String> keys = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        boolean count = false;
        boolean wholeMeta = false;
        Optional<FieldSchema> dynamic = Schemas.dynamicField(schema);
        for (String raw : requested) {
            String name = raw.trim();
            if (name.isEmpty()) {
                continue;
            }
            if (name.equalsIgnoreCase(COUNT)) {
                count = true;
                continue;
            }
            if (name.equals("*")) {
                for (FieldSchema f : schema.getFieldsList()) {
                    fields.add(f);
                    names.add(f.getName());
                }
                wholeMeta |= dynamic.isPresent();
                continue;
            }
            Optional<FieldSchema> field = Schemas.field(schema, name);
            if (field.isPresent()) {
                fields.add(field.get());
                names.add(name);
                wholeMeta |= field.get().getIsDynamic();
                continue;
            }
            if (dynamic.isEmpty()) {
                throw Errors.unexpected("field %s not exist", name);
            }
            fields.add(dynamic.get());
            keys.add(name);
            names.add(name);
        }
        if (count) {
            if (!fields.isEmpty()) {
                throw Errors.invalid("count entities with other output fields is not supported, output fields: %s",
                        requested);
            }
            return new OutputFields(List.of(), Set.of(), List.of(COUNT), true);
        }
        if (includePrimaryKey) {
            FieldSchema pk = Schemas.primary(schema);
            if (!fields.contains(pk)) {
                List<FieldSchema> withPk = new ArrayList<>();
                withPk.add(pk);
                withPk.addAll(fields);
                fields = new LinkedHashSet<>(withPk);
                List<String> namesWithPk = new ArrayList<>();
                namesWithPk.add(pk.getName());
                namesWithPk.addAll(names);
                names = new LinkedHashSet<>(namesWithPk);
            }
        }
        return new OutputFields(List.copyOf(fields), wholeMeta ? Set.of() : Set.copyOf(keys), List.copyOf(names),
                false);
    }

    /** A hit: one row of one segment. */
    record Hit(Segment segment, int row) {
    }

    /** The row-aligned result columns for the hits. */
    List<FieldData> columns(List<Hit> hits) {
        List<FieldData> out = new ArrayList<>();
        for (FieldSchema field : fields) {
            FieldData column = column(field, hits);
            if (field.getIsDynamic() && !dynamicKeys.isEmpty()) {
                column = retainKeys(column, dynamicKeys);
            }
            out.add(column);
        }
        return out;
    }

    static FieldData column(FieldSchema field, List<Hit> hits) {
        List<FieldData> parts = new ArrayList<>();
        int i = 0;
        while (i < hits.size()) {
            Segment segment = hits.get(i).segment();
            int j = i;
            while (j < hits.size() && hits.get(j).segment() == segment) {
                j++;
            }
            int[] rows = new int[j - i];
            for (int k = i; k < j; k++) {
                rows[k - i] = hits.get(k).row();
            }
            Column column = segment.column(field.getFieldID());
            if (column == null) {
                column = Column.create(field);
                column.append(InsertDecoder.placeholder(field, rows.length), 0, rows.length);
                rows = new int[rows.length];
                for (int k = 0; k < rows.length; k++) {
                    rows[k] = k;
                }
            }
            parts.add(column.write(rows, rows.length));
            i = j;
        }
        if (parts.isEmpty()) {
            return Column.create(field).write(new int[0], 0);
        }
        return concat(parts);
    }

    static FieldData concat(List<FieldData> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        FieldData.Builder b = parts.get(0).toBuilder();
        for (int i = 1; i < parts.size(); i++) {
            FieldData p = parts.get(i);
            if (p.hasVectors()) {
                VectorField v = p.getVectors();
                VectorField.Builder vb = b.getVectorsBuilder();
                switch (v.getDataCase()) {
                    case FLOAT_VECTOR -> vb.getFloatVectorBuilder().addAllData(v.getFloatVector().getDataList());
                    case BINARY_VECTOR -> vb.setBinaryVector(vb.getBinaryVector().concat(v.getBinaryVector()));
                    case FLOAT16_VECTOR -> vb.setFloat16Vector(vb.getFloat16Vector().concat(v.getFloat16Vector()));
                    case BFLOAT16_VECTOR -> vb.setBfloat16Vector(vb.getBfloat16Vector().concat(v.getBfloat16Vector()));
                    case INT8_VECTOR -> vb.setInt8Vector(vb.getInt8Vector().concat(v.getInt8Vector()));
                    case SPARSE_FLOAT_VECTOR -> {
                        long dim = Math.max(vb.getDim(), v.getDim());
                        vb.getSparseFloatVectorBuilder().addAllContents(v.getSparseFloatVector().getContentsList())
                                .setDim(dim);
                        vb.setDim(dim);
                    }
                    default -> throw new IllegalStateException("unexpected vector data " + v.getDataCase());
                }
                b.addAllValidData(p.getValidDataList());
            } else {
                b.mergeFrom(p);
            }
        }
        return b.build();
    }

    private static FieldData retainKeys(FieldData meta, Set<String> keys) {
        JSONArray.Builder filtered = JSONArray.newBuilder();
        for (ByteString row : meta.getScalars().getJsonData().getDataList()) {
            try {
                JsonNode node = JSON.readTree(row.toByteArray());
                ObjectNode kept = JSON.createObjectNode();
                if (node != null && node.isObject()) {
                    for (String key : keys) {
                        if (node.has(key)) {
                            kept.set(key, node.get(key));
                        }
                    }
                }
                filtered.addData(ByteString.copyFrom(JSON.writeValueAsBytes(kept)));
            } catch (IOException e) {
                filtered.addData(ByteString.copyFromUtf8("{}"));
            }
        }
        return meta.toBuilder().setScalars(ScalarField.newBuilder().setJsonData(filtered)).build();
    }
}

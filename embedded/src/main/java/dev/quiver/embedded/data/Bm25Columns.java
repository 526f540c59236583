package dev.quiver.embedded.data;

import dev.quiver.embedded.catalog.FunctionSchemas;
import dev.quiver.embedded.text.Bm25Terms;
import dev.quiver.embedded.text.TextAnalyzer;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldData;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.FunctionSchema;
import dev.quiver.proto.milvus.FunctionType;
import dev.quiver.proto.milvus.SparseFloatArray;
import dev.quiver.proto.milvus.VectorField;
import dev.quiver.wire.SparseRow;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs a collection's BM25 functions at insert: the output field of each is filled with the term-frequency vector
 * of its input text (Milvus's {@code BM25FunctionRunner}); a null text gives an empty vector.
 */
final class Bm25Columns {
    private Bm25Columns() {
    }

    /** Whether {@code field} is filled by a BM25 function of the schema (the client never sends it). */
    static boolean isOutput(CollectionSchema schema, FieldSchema field) {
        return field.getIsFunctionOutput() && FunctionSchemas.bm25Producing(schema, field).isPresent();
    }

    /** The term-frequency vector of one text with the input field's analyzer. */
    static SparseRow vector(TextAnalyzer analyzer, String text) {
        TreeMap<Integer, Float> tf = Bm25Terms.frequencies(analyzer.terms(text));
        int[] indices = new int[tf.size()];
        float[] values = new float[tf.size()];
        int i = 0;
        for (Map.Entry<Integer, Float> e : tf.entrySet()) {
            indices[i] = e.getKey();
            values[i++] = e.getValue();
        }
        return new SparseRow(indices, values);
    }

    /** The output column of {@code output}'s function, computed from the normalised columns of the batch. */
    static FieldData compute(CollectionSchema schema, FieldSchema output, List<FieldData> columns, int rows) {
        FunctionSchema function = FunctionSchemas.bm25Producing(schema, output).orElseThrow();
        if (function.getType() != FunctionType.BM25) {
            throw new IllegalStateException("not a BM25 function: " + function.getName());
        }
        long inputId = function.getInputFieldIds(0);
        FieldSchema input = schema.getFieldsList().stream().filter(f -> f.getFieldID() == inputId).findFirst()
                .orElseThrow();
        FieldData text = columns.stream().filter(c -> c.getFieldId() == inputId).findFirst().orElseThrow();
        TextAnalyzer analyzer = FunctionSchemas.analyzer(input);
        SparseFloatArray.Builder sparse = SparseFloatArray.newBuilder();
        long dim = 0;
        List<String> values = text.getScalars().getStringData().getDataList();
        for (int row = 0; row < rows; row++) {
            boolean valid = text.getValidDataCount() == 0 || text.getValidData(row);
            SparseRow vector = valid ? vector(analyzer, values.get(row)) : new SparseRow(new int[0], new float[0]);
            dim = Math.max(dim, vector.dimension());
            sparse.addContents(vector.encode());
        }
        sparse.setDim(dim);
        return FieldData.newBuilder().setType(DataType.SparseFloatVector).setFieldName(output.getName())
                .setFieldId(output.getFieldID())
                .setVectors(VectorField.newBuilder().setDim(dim).setSparseFloatVector(sparse)).build();
    }
}

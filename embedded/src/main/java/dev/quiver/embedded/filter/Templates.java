package dev.quiver.embedded.filter;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;
import dev.quiver.proto.milvus.TemplateArrayValue;
import dev.quiver.proto.milvus.TemplateValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Converts {@code expr_template_values} entries into the constants a compiled filter compares with. */
final class Templates {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Templates() {
    }

    /**
     * The value as {@code Long}, {@code Double}, {@code String}, {@code Boolean} or {@code List<Object>}.
     *
     * @return null when the template value carries nothing
     */
    static @Nullable Object value(TemplateValue value) {
        return switch (value.getValCase()) {
            case BOOL_VAL -> value.getBoolVal();
            case INT64_VAL -> value.getInt64Val();
            case FLOAT_VAL -> value.getFloatVal();
            case STRING_VAL -> value.getStringVal();
            case ARRAY_VAL -> array(value.getArrayVal());
            case VAL_NOT_SET -> null;
        };
    }

    private static List<Object> array(TemplateArrayValue array) {
        List<Object> values = new ArrayList<>();
        switch (array.getDataCase()) {
            case BOOL_DATA -> values.addAll(array.getBoolData().getDataList());
            case LONG_DATA -> values.addAll(array.getLongData().getDataList());
            case DOUBLE_DATA -> values.addAll(array.getDoubleData().getDataList());
            case STRING_DATA -> values.addAll(array.getStringData().getDataList());
            case ARRAY_DATA -> {
                for (TemplateArrayValue element : array.getArrayData().getDataList()) {
                    values.add(array(element));
                }
            }
            case JSON_DATA -> {
                for (ByteString json : array.getJsonData().getDataList()) {
                    values.add(json(json));
                }
            }
            case DATA_NOT_SET -> {
                // An empty list.
            }
        }
        return values;
    }

    private static Object json(ByteString bytes) {
        try {
            Object value = Dynamic.of(JSON.readTree(bytes.toByteArray()));
            if (value == null) {
                throw new IllegalArgumentException("null is not a template list element");
            }
            return value;
        } catch (IOException e) {
            throw new IllegalArgumentException("template list element is not JSON: " + bytes.toStringUtf8(), e);
        }
    }
}

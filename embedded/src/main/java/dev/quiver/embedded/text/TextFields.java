package dev.quiver.embedded.text;

import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.KeyValuePair;
import java.util.Locale;
import java.util.Optional;

/** The text-analysis type parameters of a VARCHAR field as Milvus's field schema helper reads them. Stateless. */
public final class TextFields {
    /** Type parameter: the field is analyzed (BM25 input, RunAnalyzer by field). */
    public static final String ENABLE_ANALYZER = "enable_analyzer";
    /** Type parameter: the field answers {@code text_match} and {@code phrase_match}. */
    public static final String ENABLE_MATCH = "enable_match";
    /** Type parameter: the analyzer as JSON. */
    public static final String ANALYZER_PARAMS = "analyzer_params";

    private TextFields() {
    }

    /** Whether {@code enable_analyzer} is true (Go's ParseBool spellings). */
    public static boolean analyzerEnabled(FieldSchema field) {
        return flag(field, ENABLE_ANALYZER);
    }

    /** Whether {@code enable_match} is true. */
    public static boolean matchEnabled(FieldSchema field) {
        return flag(field, ENABLE_MATCH);
    }

    /** The field's {@code analyzer_params}, if set. */
    public static Optional<String> analyzerParams(FieldSchema field) {
        return param(field, ANALYZER_PARAMS);
    }

    /** The field's analyzer (the standard analyzer when no parameters are set). */
    public static TextAnalyzer analyzer(FieldSchema field) {
        return TextAnalyzer.of(analyzerParams(field).orElse(null));
    }

    private static boolean flag(FieldSchema field, String key) {
        return param(field, key).map(v -> v.trim().toLowerCase(Locale.ROOT))
                .map(v -> v.equals("true") || v.equals("1") || v.equals("t")).orElse(false);
    }

    private static Optional<String> param(FieldSchema field, String key) {
        for (KeyValuePair pair : field.getTypeParamsList()) {
            if (pair.getKey().equals(key)) {
                return Optional.of(pair.getValue());
            }
        }
        return Optional.empty();
    }
}

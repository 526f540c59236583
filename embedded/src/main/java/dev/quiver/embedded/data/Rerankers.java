package dev.quiver.embedded.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quiver.embedded.error.EngineException;
import dev.quiver.proto.milvus.FunctionSchema;
import dev.quiver.proto.milvus.FunctionScore;
import dev.quiver.proto.milvus.FunctionType;
import dev.quiver.proto.milvus.KeyValuePair;
import dev.quiver.wire.MilvusError;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The reranker a hybrid search names, in either of the two forms clients send: the {@code function_score} message
 * (a {@code Rerank} function whose {@code reranker} param is {@code rrf} or {@code weighted}, flat string params),
 * which wins when present, or the legacy {@code rank_params} pairs {@code strategy} and {@code params} (a JSON
 * object); with neither, RRF with {@code k = 60}. Messages and codes are Milvus 2.6's.
 */
final class Rerankers {
    static final float DEFAULT_RRF_K = 60f;
    private static final float RRF_K_LIMIT = 16384f;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Rerankers() {
    }

    static Reranker parse(FunctionScore functionScore, Map<String, String> rankParams) {
        if (functionScore.getFunctionsCount() > 0) {
            return fromFunctionScore(functionScore);
        }
        return fromLegacy(rankParams);
    }

    private static Reranker fromFunctionScore(FunctionScore score) {
        Reranker chosen = null;
        for (FunctionSchema function : score.getFunctionsList()) {
            Reranker reranker = fromFunction(function);
            if (chosen != null) {
                throw Errors.unexpected("Currently only supports one rerank");
            }
            chosen = reranker;
        }
        return Objects.requireNonNull(chosen, "parse calls this only with functions");
    }

    private static Reranker fromFunction(FunctionSchema function) {
        if (function.getType() != FunctionType.Rerank) {
            throw Errors.unexpected("%s is not rerank function.", function.getType().name());
        }
        if (function.getOutputFieldNamesCount() != 0) {
            throw Errors.unexpected("Rerank function should not have output field, but now is %d",
                    function.getOutputFieldNamesCount());
        }
        Map<String, String> params = new HashMap<>();
        for (KeyValuePair kv : function.getParamsList()) {
            params.put(kv.getKey().toLowerCase(Locale.ROOT), kv.getValue());
        }
        String name = params.getOrDefault("reranker", "").toLowerCase(Locale.ROOT);
        switch (name) {
            case "rrf", "weighted" -> {
                if (function.getInputFieldNamesCount() != 0) {
                    throw Errors.unexpected("The %s function does not support input parameters, but got [%s]",
                            name, String.join(" ", function.getInputFieldNamesList()));
                }
                return name.equals("rrf") ? rrf(params.get("k")) : weighted(params.get("weights"),
                        params.get("norm_score"));
            }
            case "decay", "model", "boost" -> throw EngineException.because(MilvusError.SERVICE_UNIMPLEMENTED,
                    "the " + name + " rerank function is not supported by the Quiver embedded engine "
                    + "(supported: rrf, weighted)");
            default -> throw Errors.unexpected(
                    "Unsupported rerank function: [%s] , list of supported [decay,model,rrf,weighted]", name);
        }
    }

    private static Reranker fromLegacy(Map<String, String> rankParams) {
        String strategy = rankParams.get("strategy");
        if (strategy == null) {
            return new Reranker.Rrf(DEFAULT_RRF_K);
        }
        if (!strategy.equals("rrf") && !strategy.equals("weighted")) {
            throw Errors.unexpected("unsupported rank type %s", strategy);
        }
        String paramsJson = rankParams.get("params");
        if (paramsJson == null) {
            throw Errors.unexpected("params not found in rank_params");
        }
        JsonNode params;
        try {
            params = JSON.readTree(paramsJson);
        } catch (IOException e) {
            throw Errors.unexpected("Parse rerank params failed, err: %s", e.getMessage());
        }
        if (params == null || !params.isObject()) {
            throw Errors.unexpected("Parse rerank params failed, err: params must be a JSON object, got %s",
                    paramsJson);
        }
        if (strategy.equals("rrf")) {
            JsonNode k = params.get("k");
            if (k != null && !k.isNumber()) {
                throw Errors.unexpected("The type of rank param k should be float");
            }
            return rrf(k == null ? null : k.asText());
        }
        JsonNode weights = params.get("weights");
        JsonNode norm = params.get("norm_score");
        if (norm != null && !norm.isBoolean()) {
            throw Errors.unexpected("Weighted rerank err, norm_score should been bool type, but [norm_score:%s]'s "
                    + "type is %s", norm.toString(), norm.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return weighted(weights == null ? null : weights.toString(), norm == null ? null : norm.asText());
    }

    private static Reranker rrf(@Nullable String value) {
        double k = DEFAULT_RRF_K;
        if (value != null) {
            try {
                k = Double.parseDouble(value.trim());
            } catch (NumberFormatException e) {
                throw Errors.unexpected("Param k:%s is not a number", value);
            }
        }
        if (!(k > 0 && k < RRF_K_LIMIT)) {
            throw Errors.unexpected("The rank params k should be in range (0, %d)", (int) RRF_K_LIMIT);
        }
        return new Reranker.Rrf((float) k);
    }

    private static Reranker weighted(@Nullable String weightsJson, @Nullable String normScore) {
        float[] weights = new float[0];
        if (weightsJson != null) {
            weights = parseWeights(weightsJson);
            for (float weight : weights) {
                if (weight < 0 || weight > 1) {
                    throw Errors.unexpected("rank param weight should be in range [0, 1]");
                }
            }
        }
        boolean norm = false;
        if (normScore != null) {
            norm = switch (normScore) {
                case "1", "t", "T", "TRUE", "true", "True" -> true;
                case "0", "f", "F", "FALSE", "false", "False" -> false;
                default -> throw Errors.unexpected("norm_score params must be true/false, bug got %s", normScore);
            };
        }
        if (weights.length == 0) {
            throw Errors.unexpected("weights not found");
        }
        return new Reranker.Weighted(weights, norm);
    }

    private static float[] parseWeights(String json) {
        RuntimeException invalid = Errors.unexpected(
                "Parse weights param failed, weight should be []float, bug got: %s", json);
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (IOException e) {
            throw invalid;
        }
        if (node == null || !node.isArray()) {
            throw invalid;
        }
        float[] weights = new float[node.size()];
        for (int i = 0; i < weights.length; i++) {
            JsonNode w = node.get(i);
            if (!w.isNumber()) {
                throw invalid;
            }
            weights[i] = Float.parseFloat(w.asText());
        }
        return weights;
    }

    /** Key/value pairs as a map; the first value of a repeated key wins, as in Milvus's lookup. */
    static Map<String, String> pairs(List<KeyValuePair> pairs) {
        Map<String, String> map = new HashMap<>();
        for (KeyValuePair kv : pairs) {
            map.putIfAbsent(kv.getKey(), kv.getValue());
        }
        return map;
    }
}

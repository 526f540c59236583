package dev.quiver.embedded.server;

import com.google.protobuf.ByteString;
import dev.quiver.embedded.catalog.Catalog;
import dev.quiver.embedded.catalog.CollectionInfo;
import dev.quiver.embedded.error.EngineException;
import dev.quiver.embedded.text.Bm25Terms;
import dev.quiver.embedded.text.TextAnalyzer;
import dev.quiver.embedded.text.TextFields;
import dev.quiver.proto.milvus.AnalyzerResult;
import dev.quiver.proto.milvus.AnalyzerToken;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.RunAnalyzerRequest;
import dev.quiver.proto.milvus.RunAnalyzerResponse;
import dev.quiver.wire.MilvusError;

/**
 * RunAnalyzer as Milvus's query node answers it ({@code runAnalyzer}): the analyzer of a collection's field when the
 * request names one, else the one {@code analyzer_params} describe; one result per placeholder text, each token with
 * its text, and with {@code with_detail} its UTF-8 byte offsets, position and a position length of 1, and with
 * {@code with_hash} the BM25 dimension id of the token ({@code typeutil.HashString2LessUint32}).
 */
final class AnalyzerRpcs {
    private final Catalog catalog;

    AnalyzerRpcs(Catalog catalog) {
        this.catalog = catalog;
    }

    RunAnalyzerResponse run(RunAnalyzerRequest request) {
        if (request.getAnalyzerNamesCount() > 0) {
            throw EngineException.because(MilvusError.UNSUPPORTED_OPERATION,
                    "multi-language analyzers (analyzer_names) are not supported by the embedded engine");
        }
        TextAnalyzer analyzer = request.getCollectionName().isEmpty() ? TextAnalyzer.of(request.getAnalyzerParams())
                : fieldAnalyzer(request);
        RunAnalyzerResponse.Builder response = RunAnalyzerResponse.newBuilder().setStatus(Rpc.ok());
        for (ByteString text : request.getPlaceholderList()) {
            AnalyzerResult.Builder result = AnalyzerResult.newBuilder();
            for (TextAnalyzer.Token token : analyzer.tokens(text.toStringUtf8())) {
                AnalyzerToken.Builder out = AnalyzerToken.newBuilder().setToken(token.text());
                if (request.getWithDetail()) {
                    out.setStartOffset(token.startOffset()).setEndOffset(token.endOffset())
                            .setPosition(token.position()).setPositionLength(1);
                }
                if (request.getWithHash()) {
                    out.setHash(Bm25Terms.termId(token.text()));
                }
                result.addTokens(out);
            }
            response.addResults(result);
        }
        return response.build();
    }

    private TextAnalyzer fieldAnalyzer(RunAnalyzerRequest request) {
        String database = RequestContext.database(request.getDbName());
        CollectionInfo collection = catalog.resolveCollection(database, request.getCollectionName());
        FieldSchema field = collection.schema().getFieldsList().stream()
                .filter(f -> f.getName().equals(request.getFieldName())).findFirst()
                .orElseThrow(() -> EngineException.with(MilvusError.FIELD_NOT_FOUND, "field", request.getFieldName()));
        if (!TextFields.analyzerEnabled(field)) {
            throw EngineException.because(MilvusError.PARAMETER_INVALID, "field " + field.getName()
                    + " does not enable analyzer");
        }
        return TextFields.analyzer(field);
    }
}

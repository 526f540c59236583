package dev.quiver.embedded.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quiver.embedded.error.EngineException;
import dev.quiver.wire.MilvusError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.jspecify.annotations.Nullable;

/**
 * One analyzer as a VARCHAR field's {@code analyzer_params} describe it: a tokenizer and a chain of token filters.
 * Built by {@link #of(String)}; thread-safe (Lucene keeps one token pipeline per thread).
 */
public final class TextAnalyzer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TextAnalyzer STANDARD = AnalyzerCatalog.build(JSON.createObjectNode());
    private static final int CACHED = 256;
    private static final java.util.concurrent.ConcurrentHashMap<String, TextAnalyzer> BY_PARAMS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** One token: its text, its position (stop words leave gaps), and its UTF-8 byte offsets in the input. */
    public record Token(String text, int position, int startOffset, int endOffset) {
    }

    private final Analyzer analyzer;

    TextAnalyzer(java.util.function.Supplier<Tokenizer> tokenizer, List<UnaryOperator<TokenStream>> filters) {
        this.analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = tokenizer.get();
                TokenStream stream = source;
                for (UnaryOperator<TokenStream> filter : filters) {
                    stream = filter.apply(stream);
                }
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /**
     * The analyzer {@code params} (Milvus's JSON {@code analyzer_params}) describe; null, empty or {@code {}} is the
     * {@code standard} analyzer, Milvus's default.
     *
     * @throws EngineException 1100 when the parameters are malformed or name no Milvus analyzer, tokenizer or filter;
     *                         3000 when they name one the embedded engine does not provide
     */
    public static TextAnalyzer of(@Nullable String params) {
        if (params == null || params.isBlank()) {
            return STANDARD;
        }
        TextAnalyzer cached = BY_PARAMS.get(params);
        if (cached != null) {
            return cached;
        }
        TextAnalyzer built = parse(params);
        if (BY_PARAMS.size() >= CACHED) {
            BY_PARAMS.clear();
        }
        BY_PARAMS.put(params, built);
        return built;
    }

    private static TextAnalyzer parse(String params) {
        JsonNode node;
        try {
            node = JSON.readTree(params);
        } catch (IOException e) {
            throw invalid("analyzer params are not valid JSON: " + params);
        }
        if (node == null || !node.isObject()) {
            throw invalid("analyzer params must be a JSON object, got: " + params);
        }
        return node.isEmpty() ? STANDARD : AnalyzerCatalog.build(node);
    }

    /** The tokens of {@code text} in order. */
    public List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Utf8Offsets offsets = new Utf8Offsets(text);
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), position, offsets.bytes(offset.startOffset()),
                        offsets.bytes(offset.endOffset())));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** The token texts of {@code text} in order (no offsets computed: the insert path of BM25 functions). */
    public List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    static EngineException invalid(String message) {
        return EngineException.because(MilvusError.PARAMETER_INVALID, message);
    }

    static EngineException unsupported(String message) {
        return EngineException.because(MilvusError.UNSUPPORTED_OPERATION, message);
    }

    /** Maps UTF-16 offsets to UTF-8 byte offsets (Milvus reports byte offsets). */
    private static final class Utf8Offsets {
        private final String text;
        private int lastChar;
        private int lastByte;

        Utf8Offsets(String text) {
            this.text = text;
        }

        int bytes(int charOffset) {
            if (charOffset < lastChar) {
                lastChar = 0;
                lastByte = 0;
            }
            lastByte += text.substring(lastChar, charOffset).getBytes(StandardCharsets.UTF_8).length;
            lastChar = charOffset;
            return lastByte;
        }
    }
}

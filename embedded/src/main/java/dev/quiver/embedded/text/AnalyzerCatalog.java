package dev.quiver.embedded.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * Milvus's analyzer catalogue (tantivy-binding {@code analyzer}: built-in analyzers, tokenizers, filters) mapped to
 * Lucene components. Names Milvus knows but the engine does not provide are refused with code 3000; names Milvus
 * does not know with 1100.
 */
final class AnalyzerCatalog {
    /** Milvus's tokens are at most this long here; tantivy has no limit, Lucene's CharTokenizer caps at 1 MiB. */
    private static final int MAX_TOKEN_CHARS = 1024 * 1024;
    private static final Set<String> MILVUS_ONLY_TOKENIZERS = Set.of("jieba", "lindera", "icu", "language_identifier",
            "char_group", "grpc");
    private static final Set<String> MILVUS_ONLY_FILTERS = Set.of("cnalphanumonly", "cncharonly", "decompounder",
            "regex", "removepunct", "synonym");
    /** rust-stemmers' languages as Milvus names them ("arabig" is Milvus's spelling) → Lucene's Snowball names. */
    private static final Map<String, String> STEMMERS = Map.ofEntries(Map.entry("arabic", "Arabic"),
            Map.entry("arabig", "Arabic"), Map.entry("danish", "Danish"), Map.entry("dutch", "Dutch"),
            Map.entry("english", "English"), Map.entry("finnish", "Finnish"), Map.entry("french", "French"),
            Map.entry("german", "German"), Map.entry("greek", "Greek"), Map.entry("hungarian", "Hungarian"),
            Map.entry("italian", "Italian"), Map.entry("norwegian", "Norwegian"),
            Map.entry("portuguese", "Portuguese"), Map.entry("romanian", "Romanian"),
            Map.entry("russian", "Russian"), Map.entry("spanish", "Spanish"), Map.entry("swedish", "Swedish"),
            Map.entry("tamil", "Tamil"), Map.entry("turkish", "Turkish"));

    private AnalyzerCatalog() {
    }

    static TextAnalyzer build(JsonNode params) {
        JsonNode type = params.get("type");
        if (type != null) {
            return builtIn(text(type, "analyzer type"), params);
        }
        JsonNode tokenizer = params.get("tokenizer");
        if (tokenizer == null) {
            if (params.isEmpty()) {
                return builtIn("standard", params);
            }
            throw TextAnalyzer.invalid("analyzer params must set either type or tokenizer: " + params);
        }
        List<UnaryOperator<TokenStream>> filters = new ArrayList<>();
        JsonNode filter = params.get("filter");
        if (filter != null) {
            if (!filter.isArray()) {
                throw TextAnalyzer.invalid("analyzer filter should be array: " + filter);
            }
            for (JsonNode f : filter) {
                filters.add(filter(f));
            }
        }
        return new TextAnalyzer(tokenizer(tokenizer), filters);
    }

    private static TextAnalyzer builtIn(String type, JsonNode params) {
        List<String> extraStops = stopWords(params.get("stop_words"), "stop_words");
        List<UnaryOperator<TokenStream>> filters = new ArrayList<>();
        switch (type) {
            case "standard" -> filters.add(LowerCaseFilter::new);
            case "english" -> {
                // Milvus's english analyzer stems before it removes stop words
                filters.add(LowerCaseFilter::new);
                filters.add(s -> new SnowballFilter(s, "English"));
                filters.add(s -> new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
            }
            case "chinese" -> throw TextAnalyzer.unsupported("the chinese analyzer (jieba tokenizer) is not supported "
                    + "by the embedded engine (supported analyzer types: standard, english)");
            default -> throw TextAnalyzer.invalid("unknown builtin analyzer type: " + type);
        }
        if (!extraStops.isEmpty()) {
            CharArraySet set = new CharArraySet(extraStops, false);
            filters.add(s -> new StopFilter(s, set));
        }
        return new TextAnalyzer(simpleTokenizer(), filters);
    }

    private static Supplier<Tokenizer> tokenizer(JsonNode node) {
        String name;
        if (node.isTextual()) {
            name = node.asText();
        } else if (node.isObject() && node.get("type") != null) {
            name = text(node.get("type"), "tokenizer type");
            Iterator<String> keys = node.fieldNames();
            while (keys.hasNext()) {
                String key = keys.next();
                if (!key.equals("type") && (name.equals("standard") || name.equals("whitespace"))) {
                    throw TextAnalyzer.invalid("tokenizer " + name + " takes no parameters, got " + key);
                }
            }
        } else {
            throw TextAnalyzer.invalid("tokenizer must be a name or an object with a type: " + node);
        }
        return switch (name) {
            case "standard" -> simpleTokenizer();
            case "whitespace" -> () -> CharTokenizer.fromSeparatorCharPredicate(AnalyzerCatalog::isUnicodeWhitespace);
            default -> {
                if (MILVUS_ONLY_TOKENIZERS.contains(name)) {
                    throw TextAnalyzer.unsupported("the " + name + " tokenizer is not supported by the embedded engine "
                            + "(supported tokenizers: standard, whitespace)");
                }
                throw TextAnalyzer.invalid("unsupported tokenizer: " + name);
            }
        };
    }

    /**
     * Milvus's {@code standard} tokenizer is tantivy's SimpleTokenizer: a token is a run of characters for which
     * Rust's {@code char::is_alphanumeric} holds (Unicode Alphabetic, or a numeric general category).
     */
    private static Supplier<Tokenizer> simpleTokenizer() {
        return () -> new CharTokenizer(org.apache.lucene.util.AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY,
                MAX_TOKEN_CHARS) {
            @Override
            protected boolean isTokenChar(int c) {
                return isAlphanumeric(c);
            }
        };
    }

    static boolean isAlphanumeric(int c) {
        if (Character.isAlphabetic(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Rust's {@code char::is_whitespace}: the Unicode White_Space property. */
    static boolean isUnicodeWhitespace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    private static UnaryOperator<TokenStream> filter(JsonNode node) {
        if (node.isTextual()) {
            String name = node.asText();
            return switch (name) {
                case "lowercase" -> LowerCaseFilter::new;
                case "asciifolding" -> ASCIIFoldingFilter::new;
                case "alphanumonly" -> AsciiAlphanumericOnly::new;
                default -> {
                    if (MILVUS_ONLY_FILTERS.contains(name)) {
                        throw unsupportedFilter(name);
                    }
                    throw TextAnalyzer.invalid("unsupport filter type: " + name);
                }
            };
        }
        if (!node.isObject()) {
            throw TextAnalyzer.invalid("filter must be a name or an object with a type: " + node);
        }
        JsonNode type = node.get("type");
        if (type == null) {
            throw TextAnalyzer.invalid("no type field in filter params");
        }
        String name = text(type, "filter type");
        return switch (name) {
            case "lowercase" -> LowerCaseFilter::new;
            case "asciifolding" -> ASCIIFoldingFilter::new;
            case "alphanumonly" -> AsciiAlphanumericOnly::new;
            case "length" -> {
                JsonNode max = node.get("max");
                if (max == null || !max.canConvertToLong() || !max.isIntegralNumber() || max.asLong() < 0) {
                    throw TextAnalyzer.invalid("lenth max param was none or not uint");
                }
                int limit = (int) Math.min(Integer.MAX_VALUE, max.asLong());
                yield s -> new ShorterThan(s, limit);
            }
            case "stop" -> {
                JsonNode words = node.get("stop_words");
                if (words == null || !words.isArray()) {
                    throw TextAnalyzer.invalid("stop_words should be array");
                }
                CharArraySet set = new CharArraySet(stopWords(words, "stop words"), false);
                yield s -> new StopFilter(s, set);
            }
            case "stemmer" -> {
                JsonNode language = node.get("language");
                if (language == null || !language.isTextual()) {
                    throw TextAnalyzer.invalid("stemmer language field should be string");
                }
                String snowball = STEMMERS.get(language.asText().toLowerCase(Locale.ROOT));
                if (snowball == null) {
                    throw TextAnalyzer.invalid("create stemmer failed : unsupport language: " + language.asText());
                }
                yield s -> new SnowballFilter(s, snowball);
            }
            default -> {
                if (MILVUS_ONLY_FILTERS.contains(name)) {
                    throw unsupportedFilter(name);
                }
                throw TextAnalyzer.invalid("unsupport filter type: " + name);
            }
        };
    }

    private static RuntimeException unsupportedFilter(String name) {
        return TextAnalyzer.unsupported("the " + name + " filter is not supported by the embedded engine (supported "
                + "filters: lowercase, asciifolding, alphanumonly, length, stop, stemmer)");
    }

    /** A stop word list; {@code _english_} stands for Milvus's English list. */
    private static List<String> stopWords(JsonNode words, String what) {
        List<String> out = new ArrayList<>();
        if (words == null) {
            return out;
        }
        if (!words.isArray()) {
            throw TextAnalyzer.invalid(what + " should be array");
        }
        for (JsonNode word : words) {
            if (!word.isTextual()) {
                throw TextAnalyzer.invalid("stop words item should be string");
            }
            if (word.asText().equals("_english_")) {
                for (Object w : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
                    out.add(new String((char[]) w));
                }
            } else {
                out.add(word.asText());
            }
        }
        return out;
    }

    private static String text(JsonNode node, String what) {
        if (!node.isTextual()) {
            throw TextAnalyzer.invalid(what + " should be string");
        }
        return node.asText();
    }

    /** tantivy's AlphaNumOnlyFilter: keeps tokens made only of ASCII letters and digits. */
    private static final class AsciiAlphanumericOnly extends FilteringTokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        AsciiAlphanumericOnly(TokenStream in) {
            super(in);
        }

        @Override
        protected boolean accept() {
            for (int i = 0; i < term.length(); i++) {
                char c = term.charAt(i);
                if (!(c < 128 && Character.isLetterOrDigit(c))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** tantivy's RemoveLongFilter: keeps tokens whose UTF-8 length is below the limit. */
    private static final class ShorterThan extends FilteringTokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final int limit;

        ShorterThan(TokenStream in, int limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        protected boolean accept() {
            return term.toString().getBytes(StandardCharsets.UTF_8).length < limit;
        }
    }
}

package dev.quiver.grammar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordsTest {

    @Test
    void onlyTheOperatorWordsOfFiltersAreReserved() {
        // the statement renderer of MilvusExpressions quotes exactly these words in field names
        List<String> reserved = List.of("AND", "BETWEEN", "FALSE", "IN", "IS", "LIKE", "NOT", "NULL", "OR", "TRUE");
        for (String word : reserved) {
            assertThat(Keywords.isReserved(word.toLowerCase(java.util.Locale.ROOT))).as(word).isTrue();
        }
        for (String word : List.of("SELECT", "FROM", "WHERE", "LIMIT", "FLUSH", "PARTITION", "ALL", "TIMEOUT", "TABLE")) {
            assertThat(Keywords.isReserved(word)).as(word).isFalse();
            assertThat(Keywords.isKeyword(word)).as(word).isTrue();
        }
        assertThat(Keywords.isKeyword("films")).isFalse();
    }
}

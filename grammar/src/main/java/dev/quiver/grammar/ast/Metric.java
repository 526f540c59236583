package dev.quiver.grammar.ast;

import java.util.Optional;

/** The distance metric of a vector search, chosen by the pgvector-style operator of its ORDER BY. */
public enum Metric {
    L2("<->"), IP("<#>"), COSINE("<=>"), HAMMING("<~>"), JACCARD("<%>"),
    /** Full-text search of a BM25 function's output field by a text ({@code sparse @@ 'query'}). */
    BM25("@@");

    private final String operator;

    Metric(String operator) {
        this.operator = operator;
    }

    /** The operator that selects this metric in {@code ORDER BY field op vector}, e.g. {@code <->} for L2. */
    public String getOperator() {
        return operator;
    }

    /** The metric selected by {@code operator}, or empty when it is not a distance operator. */
    public static Optional<Metric> fromOperator(String operator) {
        for (Metric metric : values()) {
            if (metric.operator.equals(operator)) {
                return Optional.of(metric);
            }
        }
        return Optional.empty();
    }
}

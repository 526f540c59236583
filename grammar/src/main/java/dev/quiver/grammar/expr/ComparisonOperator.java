package dev.quiver.grammar.expr;

/** Comparison operators with their Milvus spelling. */
public enum ComparisonOperator {
    EQUAL("=="), NOT_EQUAL("!="), LESS("<"), LESS_OR_EQUAL("<="), GREATER(">"), GREATER_OR_EQUAL(">=");

    private final String milvus;

    ComparisonOperator(String milvus) {
        this.milvus = milvus;
    }

    /** The operator as Milvus expression text writes it. */
    public String milvusText() {
        return milvus;
    }

    /** The operator that gives the same result with operands swapped ({@code a < b} is {@code b > a}). */
    public ComparisonOperator flip() {
        return switch (this) {
            case LESS -> GREATER;
            case LESS_OR_EQUAL -> GREATER_OR_EQUAL;
            case GREATER -> LESS;
            case GREATER_OR_EQUAL -> LESS_OR_EQUAL;
            default -> this;
        };
    }
}

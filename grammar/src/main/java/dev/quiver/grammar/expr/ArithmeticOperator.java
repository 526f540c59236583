package dev.quiver.grammar.expr;

/** Arithmetic operators with their Milvus spelling. */
public enum ArithmeticOperator {
    ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/"), MODULO("%"), POWER("**");

    private final String milvus;

    ArithmeticOperator(String milvus) {
        this.milvus = milvus;
    }

    /** The operator as Milvus expression text writes it. */
    public String milvusText() {
        return milvus;
    }
}

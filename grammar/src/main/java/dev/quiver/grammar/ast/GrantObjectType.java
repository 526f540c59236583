package dev.quiver.grammar.ast;

/** The object type of a privilege grant, as Milvus names it ({@code Collection}, {@code Global}, {@code User}). */
public enum GrantObjectType {
    COLLECTION("Collection"), GLOBAL("Global"), USER("User");

    private final String milvusName;

    GrantObjectType(String milvusName) {
        this.milvusName = milvusName;
    }

    /** The name Milvus uses for this object type in RBAC requests. */
    public String getMilvusName() {
        return milvusName;
    }
}
